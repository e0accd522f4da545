import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { StatsView } from '../../messaging/protocol';
import { formatDay } from '../shared/format';

type Day = StatsView['last14Days'][number];

// Drawing units (the SVG scales to the popup's width through its viewBox).
const WIDTH = 328;
const HEIGHT = 132;
const LEFT = 26; // room for the y-axis numbers
const RIGHT = 2;
const TOP = 8;
const BOTTOM = 20; // room for the dates
/** Which days get a date under them: the first, the middle and the last (today). */
const DATED = (count: number) => [0, Math.floor(count / 2), count - 1];
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const BAR_W = 6;
const PAIR_GAP = 1;

/** The axis top: the largest count rounded up to a number that divides into clean halves. */
export function axisTop(max: number): number {
  if (max <= 2) return 2;
  if (max <= 10) return max % 2 === 0 ? max : max + 1;
  const step = 10 ** Math.floor(Math.log10(max));
  const nice = [1, 2, 5, 10].map((k) => k * step).find((v) => v >= max) ?? 10 * step;
  return nice;
}

/** One sentence a screen reader can read instead of looking at the bars. */
export function chartSummary(days: Day[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return i18n.t('popup.chart.noDays');
  const paused = days.reduce((n, d) => n + d.paused, 0);
  const sent = days.reduce((n, d) => n + d.sentAnyway, 0);
  const range = { from: formatDay(first.day), to: formatDay(last.day) };
  if (paused === 0 && sent === 0) return i18n.t('popup.chart.summaryNone', range);
  const busiest = days.reduce((best, d) => (d.paused > best.paused ? d : best), first);
  const peak =
    busiest.paused > 0
      ? ` ${i18n.t('popup.chart.peak', { day: formatDay(busiest.day), count: formatCount(busiest.paused) })}`
      : '';
  const pauses = i18n.t('popup.chart.pauses', paused, { count: formatCount(paused) });
  const sentAnyway = i18n.t('popup.chart.sent', sent, { count: formatCount(sent) });
  const summary = i18n.t('popup.chart.summary', { ...range, pauses, sent: sentAnyway });
  return `${summary}${peak}`;
}

/** Where a date sits: under its day, kept inside the chart at either end. */
function dateX(index: number, count: number, slot: number): number {
  if (index === 0) return LEFT;
  if (index === count - 1) return WIDTH - RIGHT;
  return LEFT + index * slot + slot / 2;
}

/**
 * Pauses vs. sent anyway over the last 14 days, as grouped bars drawn by hand. Three dates with
 * their month (a bare "3" could be any month) label the days; every bar names its day on hover.
 */
export function TrendChart({ days }: { days: Day[] }) {
  const top = axisTop(Math.max(0, ...days.flatMap((d) => [d.paused, d.sentAnyway])));
  const slot = PLOT_W / Math.max(days.length, 1);
  const y = (value: number) => TOP + PLOT_H - (value / top) * PLOT_H;
  const baseline = TOP + PLOT_H;

  return (
    <figure class="chart">
      <figcaption class="section-title">{i18n.t('popup.chart.title')}</figcaption>
      <svg
        class="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="chart-svg-title chart-svg-desc"
      >
        <title id="chart-svg-title">{i18n.t('popup.chart.svgTitle')}</title>
        <desc id="chart-svg-desc">{chartSummary(days)}</desc>
        {[0, top / 2, top].map((tick) => (
          <g key={tick} class="chart__tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} class="chart__grid" />
            <text x={LEFT - 4} y={y(tick) + 3} text-anchor="end" class="chart__label">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * slot + (slot - 2 * BAR_W - PAIR_GAP) / 2;
          return (
            <g key={d.day}>
              <rect
                class="chart__bar chart__bar--paused"
                data-series="paused"
                x={x}
                y={y(d.paused)}
                width={BAR_W}
                height={baseline - y(d.paused)}
                rx={1.5}
              >
                <title>
                  {i18n.t('popup.chart.barPaused', d.paused, {
                    day: formatDay(d.day),
                    count: formatCount(d.paused),
                  })}
                </title>
              </rect>
              <rect
                class="chart__bar chart__bar--sent"
                data-series="sent-anyway"
                x={x + BAR_W + PAIR_GAP}
                y={y(d.sentAnyway)}
                width={BAR_W}
                height={baseline - y(d.sentAnyway)}
                rx={1.5}
              >
                <title>
                  {i18n.t('popup.chart.barSent', d.sentAnyway, {
                    day: formatDay(d.day),
                    count: formatCount(d.sentAnyway),
                  })}
                </title>
              </rect>
              {DATED(days.length).includes(i) && (
                <text
                  x={dateX(i, days.length, slot)}
                  y={HEIGHT - 4}
                  text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'}
                  class="chart__label"
                >
                  {formatDay(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="chart__legend">
        <li>
          <span class="swatch swatch--paused" aria-hidden="true" />
          {i18n.t('popup.chart.legendPaused')}
        </li>
        <li>
          <span class="swatch swatch--sent" aria-hidden="true" />
          {i18n.t('popup.chart.legendSent')}
        </li>
      </ul>
    </figure>
  );
}
