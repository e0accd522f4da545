import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';

/**
 * Days since a risky message was last sent anyway. Worded to encourage, never to scold: a send
 * today is a fact, not a failure.
 */
export function Streak({ days }: { days: number | null }) {
  let headline: string;
  let detail: string;
  if (days === null) {
    headline = i18n.t('popup.streak.none');
    detail = i18n.t('popup.streak.noneDetail');
  } else if (days === 0) {
    headline = i18n.t('popup.streak.today');
    detail = i18n.t('popup.streak.todayDetail');
  } else {
    headline = i18n.t('popup.streak.days', days, { count: formatCount(days) });
    detail = i18n.t('popup.streak.daysDetail');
  }
  return (
    <section class="streak" aria-label={i18n.t('popup.streak.label')}>
      <p>
        <span class="streak__headline">{headline}</span>{' '}
        <span class="streak__detail">{detail}</span>
      </p>
    </section>
  );
}
