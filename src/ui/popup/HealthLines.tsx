import { isFailureInUse, isLoadFailure } from '../../messaging/health-details';
import type { HealthView } from '../../messaging/protocol';
import { SITE_IDS, SITE_LABELS, type SiteId } from '../../sites/types';
import type { Settings } from '../../storage/settings-schema';

type Tone = 'ok' | 'warn' | 'muted';

const notOpenedYet = (name: string) => `${name}: not opened yet`;
/** The key of the one line that names every site not opened yet. */
const NOT_OPENED = 'not-opened';

/**
 * One line per site: is the guard running there, and if not, why. Only a report from the site
 * can say it changed: a site never opened has none, and reads as "not opened yet", in grey.
 */
export function healthLine(
  site: SiteId,
  health: HealthView | null,
  sites: Settings['sites'] | null,
  snoozed = false,
): { tone: Tone; text: string } {
  const name = SITE_LABELS[site];
  if (sites && !sites[site]) return { tone: 'muted', text: `Off on ${name}` };
  const report = health?.[site] ?? null;
  if (report === null) return { tone: 'muted', text: notOpenedYet(name) };
  if (report.status === 'broken') {
    // A failure in use (the engine threw on one draft, which then went out unchecked; the site
    // did not take a "Send anyway") leaves the guard running; a page that changed turns it off.
    if (isFailureInUse(report.detail)) {
      return {
        tone: 'warn',
        text: `${name}: something went wrong in the guard; reload the page if it happens again`,
      };
    }
    // The guard's own code did not load (an update mid-page, say): the site did not change.
    if (isLoadFailure(report.detail)) {
      return { tone: 'warn', text: `${name}: the guard could not start; reload the page` };
    }
    return { tone: 'warn', text: `${name} changed: the guard is off until an update` };
  }
  if (snoozed) return { tone: 'muted', text: `Guard snoozed on ${name}` };
  return { tone: 'ok', text: `Guard active on ${name}` };
}

/**
 * The popup's status lines: one per site, except that the sites never opened share one line
 * ("Not opened yet: …"). A first run would otherwise spend a line on each site, and with four
 * sites the popup's first screen no longer fits Chrome's 600 px.
 */
export function healthLines(
  health: HealthView | null,
  sites: Settings['sites'] | null,
  snoozed = false,
): Array<{ key: string; tone: Tone; text: string }> {
  const lines: Array<{ key: string; tone: Tone; text: string }> = [];
  const notOpened: string[] = [];
  for (const site of SITE_IDS) {
    const line = healthLine(site, health, sites, snoozed);
    if (line.text === notOpenedYet(SITE_LABELS[site])) notOpened.push(SITE_LABELS[site]);
    else lines.push({ key: site, ...line });
  }
  if (notOpened.length === 1) {
    lines.push({ key: NOT_OPENED, tone: 'muted', text: notOpenedYet(notOpened[0]!) });
  } else if (notOpened.length > 1) {
    // A plain list, the shortest: this line should stay one line in the popup's width.
    lines.push({
      key: NOT_OPENED,
      tone: 'muted',
      text: `Not opened yet: ${notOpened.join(', ')}`,
    });
  }
  return lines;
}

export function HealthLines({
  health,
  sites,
  snoozed,
}: {
  health: HealthView | null;
  sites: Settings['sites'] | null;
  snoozed: boolean;
}) {
  return (
    <ul class="health" aria-label="Status on each site">
      {healthLines(health, sites, snoozed).map(({ key, tone, text }) => (
        <li
          key={key}
          class={`health__line health__line--${tone}${key === NOT_OPENED ? ' health__line--many' : ''}`}
        >
          <span class="dot" aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
