import type { OutcomeCounts, StatsView } from '../../messaging/protocol';
import { formatShare } from '../shared/format';

const PERIODS = [
  { key: 'today', label: 'Today' },
  { key: 'last7Days', label: '7 days' },
  { key: 'allTime', label: 'All time' },
] as const;

const ROWS: { label: string; hint?: string; value: (c: OutcomeCounts) => number }[] = [
  { label: 'Warnings while typing', value: (c) => c.warned },
  { label: 'Pauses before sending', value: (c) => c.paused },
  {
    label: 'Reconsidered',
    hint: 'kept editing or saved as a note',
    value: (c) => c.keptEditing + c.savedNote,
  },
  { label: 'Sent anyway', value: (c) => c.sentAnyway },
];

/** The counts for today, the last 7 days and all time, side by side. */
export function StatsTable({ stats }: { stats: StatsView }) {
  return (
    <table class="stats">
      <caption class="section-title">What happened</caption>
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
          <tr key={row.label}>
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
          <th scope="row">
            Pauses reconsidered
            <span class="stats__hint">share of pauses</span>
          </th>
          {PERIODS.map((p) => (
            <td key={p.key}>{formatShare(stats.reconsideredShare[p.key])}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
