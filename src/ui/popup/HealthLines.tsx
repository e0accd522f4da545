import { i18n } from '#i18n';
import { isFailureInUse, isLoadFailure } from '../../messaging/health-details';
import type { HealthView } from '../../messaging/protocol';
import { SITE_IDS, SITE_LABELS, type SiteId } from '../../sites/types';
import type { Settings } from '../../storage/settings-schema';

type Tone = 'ok' | 'warn' | 'muted';

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
  if (sites && !sites[site])
    return { tone: 'muted', text: i18n.t('popup.health.off', { site: name }) };
  const report = health?.[site] ?? null;
  if (report === null) {
    return { tone: 'muted', text: i18n.t('popup.health.notOpened', { site: name }) };
  }
  if (report.status === 'broken') {
    // A failure in use (the engine threw on one draft, which then went out unchecked; the site
    // did not take a "Send anyway") leaves the guard running; a page that changed turns it off.
    if (isFailureInUse(report.detail)) {
      return {
        tone: 'warn',
        text: i18n.t('popup.health.failedInUse', { site: name }),
      };
    }
    // The guard's own code did not load (an update mid-page, say): the site did not change.
    if (isLoadFailure(report.detail)) {
      return { tone: 'warn', text: i18n.t('popup.health.loadFailed', { site: name }) };
    }
    return { tone: 'warn', text: i18n.t('popup.health.changed', { site: name }) };
  }
  if (snoozed) return { tone: 'muted', text: i18n.t('popup.health.snoozed', { site: name }) };
  return { tone: 'ok', text: i18n.t('popup.health.active', { site: name }) };
}

/**
 * The popup's status lines: one per site, except that the sites never opened share one line
 * ("Not opened yet: …"). A first run would otherwise spend a line on each site, and with five
 * sites the popup's first screen no longer fits Chrome's 600 px.
 */
export function healthLines(
  health: HealthView | null,
  sites: Settings['sites'] | null,
  snoozed = false,
): Array<{ key: string; tone: Tone; text: string }> {
  const lines: Array<{ key: string; tone: Tone; text: string }> = [];
  const notOpened: SiteId[] = [];
  for (const site of SITE_IDS) {
    const siteOn = !sites || sites[site];
    if (siteOn && (health?.[site] ?? null) === null) notOpened.push(site);
    else lines.push({ key: site, ...healthLine(site, health, sites, snoozed) });
  }
  if (notOpened.length === 1) {
    lines.push({ key: NOT_OPENED, ...healthLine(notOpened[0]!, health, sites, snoozed) });
  } else if (notOpened.length > 1) {
    // A plain list, the shortest: this line should stay one line in the popup's width.
    const names = notOpened.map((site) => SITE_LABELS[site]).join(', ');
    lines.push({
      key: NOT_OPENED,
      tone: 'muted',
      text: i18n.t('popup.health.notOpenedMany', { sites: names }),
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
    <ul class="health" aria-label={i18n.t('popup.health.label')}>
      {healthLines(health, sites, snoozed).map(({ key, tone, text }) => (
        <li
          key={key}
          class={`health__line health__line--${tone}${key === NOT_OPENED ? ' health__line--many' : ''}`}
          title={key === NOT_OPENED ? text : undefined}
        >
          <span class="dot" aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
