import type { OutcomeCounts, StatsView } from '../../messaging/protocol';
import { formatShare } from '../shared/format';

const PERIODS = [
  { key: 'today', label: 'Today' },
  { key: 'last7Days', label: '7 days' },
  { key: 'allTime', label: 'All time' },
] as const;

/**
 * Each draft counts once per row, so the rows reconcile: a pause ends as reconsidered or sent
 * anyway (its last ending), and both are shares of the pauses, which are some of the risky drafts.
 */
const ROWS: { label: string; hint?: string; sub?: boolean; value: (c: OutcomeCounts) => number }[] =
  [
    {
      label: 'Risky drafts',
      hint: 'warned, paused, or both',
      value: (c) => c.noticed,
    },
    { label: 'Paused before sending', value: (c) => c.paused },
    {
      label: 'Reconsidered',
      hint: 'kept editing or saved',
      sub: true,
      value: (c) => c.keptEditing + c.savedNote,
    },
    { label: 'Sent anyway', sub: true, value: (c) => c.sentAnyway },
  ];

/** The counts for today, the last 7 days and all time, side by side. */
export function StatsTable({ stats }: { stats: StatsView }) {
  return (
    <table class="stats">
      <caption class="section-title">
        What happened <span class="stats__caption-hint">each draft counts once</span>
      </caption>
      <thead>
        <tr>
          <td />
          {PERIODS.map((p) => (
            <th key={p.key} scope="col">
              {p.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label} class={row.sub ? 'stats__sub' : undefined}>
            <th scope="row">
              {row.label}
              {row.hint && <span class="stats__hint">{row.hint}</span>}
            </th>
            {PERIODS.map((p) => (
              <td key={p.key}>{row.value(stats[p.key])}</td>
            ))}
          </tr>
        ))}
        <tr class="stats__share">
          <th scope="row">Pauses reconsidered</th>
          {PERIODS.map((p) => (
            <td key={p.key}>{formatShare(stats.reconsideredShare[p.key])}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
