import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SITE_IDS, SITE_LABELS, type SiteId } from '../../sites/types';
import type { Settings } from '../../storage/settings-schema';
import type { ActiveTab } from '../data/active-tab';
import {
  isChatLeftAlone,
  isChatListed,
  isSnoozed,
  leaveChatAlone,
  listChat,
  resume,
  setSiteOn,
  snooze,
  stopLeavingChatAlone,
  unlistChat,
} from '../settings-ops';
import { formatClock } from '../shared/format';
import { Switch } from '../shared/Switch';

type Update = (fn: (s: Settings) => Settings) => Promise<boolean>;

interface Props {
  settings: Settings;
  tab: ActiveTab | null;
  update: Update;
}

/** The things worth changing without opening the options page. */
export function QuickControls({ settings, tab, update }: Props) {
  const [failed, setFailed] = useState(false);
  const run = async (fn: (s: Settings) => Settings) => setFailed(!(await update(fn)));

  return (
    <section class="card controls" aria-label={i18n.t('popup.controls.label')}>
      <SiteSwitches settings={settings} site={tab?.site ?? null} run={run} />
      {tab?.chat && <GuardChat settings={settings} chat={tab.chat} run={run} />}
      <Snooze settings={settings} run={run} />
      {failed && (
        <p class="controls__error" role="alert">
          {i18n.t('popup.controls.saveFailed')}
        </p>
      )}
    </section>
  );
}

type Run = (fn: (s: Settings) => Settings) => Promise<void>;

/** On the site in the active tab: that site's switch. Elsewhere: both, with a hint. */
function SiteSwitches({
  settings,
  site,
  run,
}: {
  settings: Settings;
  site: SiteId | null;
  run: Run;
}) {
  const switchFor = (id: SiteId, short: boolean) => (
    <Switch
      key={id}
      id={`site-${id}`}
      label={
        short ? SITE_LABELS[id] : i18n.t('popup.controls.guardSite', { site: SITE_LABELS[id] })
      }
      name={short ? i18n.t('popup.controls.guardSite', { site: SITE_LABELS[id] }) : undefined}
      checked={settings.sites[id]}
      onChange={(on) => run((s) => setSiteOn(s, id, on))}
    />
  );
  if (site) return <div class="controls__sites">{switchFor(site, false)}</div>;
  // Away from a chat site, every site's switch: two to a row under one "Guard on", so the
  // popup's first screen fits Chrome's 600 px whatever the number of sites.
  return (
    <div class="controls__sites">
      <fieldset class="controls__group">
        <legend class="controls__heading">{i18n.t('popup.controls.guardOn')}</legend>
        <div class="controls__grid">{SITE_IDS.map((id) => switchFor(id, true))}</div>
      </fieldset>
      <p class="hint">{i18n.t('popup.controls.openOneSite')}</p>
    </div>
  );
}

/**
 * The open chat's standing, as two switches that exclude each other: listed (every finding
 * counts here, the ex's chat) or left alone (the guard stays out). Neither: the guard mode says.
 */
function GuardChat({
  settings,
  chat,
  run,
}: {
  settings: Settings;
  chat: NonNullable<ActiveTab['chat']>;
  run: Run;
}) {
  const listed = isChatListed(settings, chat);
  const leftAlone = isChatLeftAlone(settings, chat);
  const offByMode = !listed && !leftAlone && settings.guardMode === 'listed';
  return (
    <div class="controls__stack controls__chat">
      <p class="controls__status">
        <span>
          {i18n.t('popup.controls.thisChat')} <b>{chat.title}</b>
        </span>
      </p>
      <Switch
        id="chat-listed"
        label={i18n.t('popup.controls.guardChat')}
        checked={listed}
        describedBy="chat-listed-hint"
        onChange={(on) => run((s) => (on ? listChat(s, chat) : unlistChat(s, chat)))}
      />
      <p id="chat-listed-hint" class="hint">
        {i18n.t('popup.controls.guardChatHint')}
      </p>
      <Switch
        id="chat-left-alone"
        label={i18n.t('popup.controls.leaveChat')}
        checked={leftAlone}
        describedBy="chat-left-alone-hint"
        onChange={(on) =>
          run((s) => (on ? leaveChatAlone(s, chat) : stopLeavingChatAlone(s, chat)))
        }
      />
      <p id="chat-left-alone-hint" class="hint">
        {i18n.t('popup.controls.leaveChatHint')}
      </p>
      {offByMode && <p class="hint">{i18n.t('popup.controls.offByMode')}</p>}
    </div>
  );
}

/** "Snooze for 1 hour", or the time it ends with a way to resume now. */
function Snooze({ settings, run }: { settings: Settings; run: Run }) {
  const now = useNowUntil(settings.snoozeUntil);
  if (isSnoozed(settings, now) && settings.snoozeUntil !== null) {
    return (
      <div class="controls__row">
        <p class="controls__status">
          <span class="dot dot--muted" aria-hidden="true" />
          <span>
            {i18n.t('popup.controls.snoozedUntil', { time: formatClock(settings.snoozeUntil) })}
          </span>
        </p>
        <button type="button" class="button button--quiet" onClick={() => run(resume)}>
          {i18n.t('popup.controls.resume')}
        </button>
      </div>
    );
  }
  return (
    <button
      type="button"
      class="button button--small"
      onClick={() => run((s) => snooze(s, Date.now()))}
    >
      {i18n.t('popup.controls.snooze')}
    </button>
  );
}

/** The current time, refreshed once when `until` passes so a snooze ends on screen too. */
function useNowUntil(until: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until === null || until <= Date.now()) return;
    const timer = setTimeout(() => setNow(Date.now()), until - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}
