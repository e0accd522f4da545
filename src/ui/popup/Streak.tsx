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
    detail = 'so far';
  } else if (days === 0) {
    headline = 'A fresh start tomorrow';
    detail = 'each pause is still a chance to choose';
  } else {
    headline = plural(days, 'day', 'days');
    detail = 'since a risky message went out';
  }
  return (
    <section class="streak" aria-label="Streak">
      <p>
        <span class="streak__headline">{headline}</span>{' '}
        <span class="streak__detail">{detail}</span>
      </p>
    </section>
  );
}
