import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { StatsView } from '../../messaging/protocol';
import { RULE_LABELS } from '../rule-text';

const SHOWN = 3;

/**
 * The patterns noticed most often, named in plain words with the reason they matter. Counted in
 * drafts (once each, however often a draft warned or paused), so no figure exceeds the risky
 * drafts in the table; how many of those drafts were paused is said beside it.
 */
export function TopPatterns({ rules }: { rules: StatsView['topRules'] }) {
  if (rules.length === 0) return null;
  return (
    <section class="patterns" aria-labelledby="patterns-title">
      <h2 class="section-title" id="patterns-title">
        {i18n.t('popup.patterns.title')}{' '}
        <span class="stats__caption-hint">{i18n.t('popup.patterns.titleHint')}</span>
      </h2>
      <ol class="patterns__list">
        {rules.slice(0, SHOWN).map(({ rule, count, paused }) => (
          <li key={rule} class="patterns__item">
            <span class="patterns__name">{RULE_LABELS[rule].name}</span>
            <span class="patterns__count">
              {i18n.t('popup.patterns.count', count, {
                count: formatCount(count),
                paused: formatCount(paused),
              })}
            </span>
            <span class="patterns__reason">{RULE_LABELS[rule].reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
