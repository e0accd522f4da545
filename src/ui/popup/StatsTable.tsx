import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { OutcomeCounts, StatsView } from '../../messaging/protocol';
import { formatShare } from '../shared/format';

const PERIODS = [
  { key: 'today', label: () => i18n.t('popup.stats.today') },
  { key: 'last7Days', label: () => i18n.t('popup.stats.last7Days') },
  { key: 'allTime', label: () => i18n.t('popup.stats.allTime') },
] as const;

/**
 * Each draft counts once per row, so the rows reconcile: a pause ends as reconsidered or sent
 * anyway (its last ending), and both are shares of the pauses, which are some of the risky drafts.
 */
const ROWS: {
  key: string;
  label: () => string;
  hint?: () => string;
  sub?: boolean;
  value: (c: OutcomeCounts) => number;
}[] = [
  {
    key: 'noticed',
    label: () => i18n.t('popup.stats.noticed'),
    hint: () => i18n.t('popup.stats.noticedHint'),
    value: (c) => c.noticed,
  },
  { key: 'paused', label: () => i18n.t('popup.stats.paused'), value: (c) => c.paused },
  {
    key: 'reconsidered',
    label: () => i18n.t('popup.stats.reconsidered'),
    hint: () => i18n.t('popup.stats.reconsideredHint'),
    sub: true,
    value: (c) => c.keptEditing + c.savedNote,
  },
  {
    key: 'sent',
    label: () => i18n.t('popup.stats.sentAnyway'),
    sub: true,
    value: (c) => c.sentAnyway,
  },
];

/** The counts for today, the last 7 days and all time, side by side. */
export function StatsTable({ stats }: { stats: StatsView }) {
  return (
    <table class="stats">
      <caption class="section-title">
        {i18n.t('popup.stats.title')}{' '}
        <span class="stats__caption-hint">{i18n.t('popup.stats.titleHint')}</span>
      </caption>
      <thead>
        <tr>
          <td />
          {PERIODS.map((p) => (
            <th key={p.key} scope="col">
              {p.label()}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key} class={row.sub ? 'stats__sub' : undefined}>
            <th scope="row">
              {row.label()}
              {row.hint && <span class="stats__hint">{row.hint()}</span>}
            </th>
            {PERIODS.map((p) => (
              <td key={p.key}>{formatCount(row.value(stats[p.key]))}</td>
            ))}
          </tr>
        ))}
        <tr class="stats__share">
          <th scope="row">{i18n.t('popup.stats.share')}</th>
          {PERIODS.map((p) => (
            <td key={p.key}>{formatShare(stats.reconsideredShare[p.key])}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
