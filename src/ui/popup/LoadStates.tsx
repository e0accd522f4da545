import { i18n } from '#i18n';
/** Placeholders while the background answers, and a way out when it does not. */

export function StatsSkeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">{i18n.t('popup.loading.numbers')}</span>
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
      <p class="notice__title">{i18n.t('popup.loading.failedTitle')}</p>
      <p>{i18n.t('popup.loading.failedText')}</p>
      <button type="button" class="button" onClick={onRetry}>
        {i18n.t('common.tryAgain')}
      </button>
    </section>
  );
}
