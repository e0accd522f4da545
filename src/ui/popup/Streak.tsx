import { plural } from '../shared/format';

/**
 * Days since a risky message was last sent anyway. Worded to encourage, never to scold: a send
 * today is a fact, not a failure.
 */
export function Streak({ days }: { days: number | null }) {
  let headline: string;
  let detail: string;
  if (days === null) {
    headline = 'Nothing risky sent';
    detail = 'Every paused message so far was reconsidered.';
  } else if (days === 0) {
    headline = 'A fresh start tomorrow';
    detail = 'A risky message was sent today. Each pause is still a chance to choose.';
  } else {
    headline = plural(days, 'day', 'days');
    detail = 'since a risky message was last sent to a guarded chat.';
  }
  return (
    <section class="streak" aria-label="Streak">
      <p class="streak__headline">{headline}</p>
      <p class="streak__detail">{detail}</p>
    </section>
  );
}
