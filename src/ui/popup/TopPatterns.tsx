import type { StatsView } from '../../messaging/protocol';
import { RULE_LABELS } from '../rule-text';
import { plural } from '../shared/format';

const SHOWN = 3;

/** The patterns noticed most often, named in plain words with the reason they matter. */
export function TopPatterns({ rules }: { rules: StatsView['topRules'] }) {
  if (rules.length === 0) return null;
  return (
    <section class="patterns" aria-labelledby="patterns-title">
      <h2 class="section-title" id="patterns-title">
        Seen most often
      </h2>
      <ol class="patterns__list">
        {rules.slice(0, SHOWN).map(({ rule, count }) => (
          <li key={rule} class="patterns__item">
            <span class="patterns__name">{RULE_LABELS[rule].name}</span>
            <span class="patterns__count">{plural(count, 'time', 'times')}</span>
            <span class="patterns__reason">{RULE_LABELS[rule].reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
