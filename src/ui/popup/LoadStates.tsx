/** Placeholders while the background answers, and a way out when it does not. */

export function StatsSkeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">Loading your numbers</span>
      <span class="skeleton__block skeleton__block--short" />
      <span class="skeleton__block" />
      <span class="skeleton__block" />
      <span class="skeleton__block skeleton__block--tall" />
    </div>
  );
}

export function StatsError({ onRetry }: { onRetry: () => void }) {
  return (
    <section class="notice" role="alert">
      <p class="notice__title">Your numbers could not be loaded</p>
      <p>
        The part of Second Thought that keeps count did not answer. It may still be starting; trying
        again usually helps.
      </p>
      <button type="button" class="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
