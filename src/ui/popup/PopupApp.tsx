import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { openOptionsPage } from '../data/navigation';
import { isSnoozed } from '../settings-ops';
import { useSettings } from '../shared/use-settings';
import { FirstRun } from './FirstRun';
import { HealthLines } from './HealthLines';
import { StatsError, StatsSkeleton } from './LoadStates';
import { NightReview, WaitingLine } from './NotesWaiting';
import { notesWaiting } from './notes-waiting';
import { QuickControls } from './QuickControls';
import { StatsTable } from './StatsTable';
import { Streak } from './Streak';
import { TopPatterns } from './TopPatterns';
import { TrendChart } from './TrendChart';
import { useActiveTab } from './use-active-tab';
import { useBackgroundData } from './use-background-data';
import { useNotes } from './use-notes';

/**
 * The toolbar popup. Settings are local and arrive at once; stats come from the background and
 * may be slow or missing, so each part renders on its own and nothing waits for everything.
 */
export function PopupApp() {
  const { state: settingsState, update } = useSettings();
  const { data, retry } = useBackgroundData();
  const tab = useActiveTab();
  const notes = useNotes();
  // One moment for the whole popup: what it brings up does not shift while it is open.
  const [openedAt] = useState(() => Date.now());
  const settings = settingsState.status === 'ready' ? settingsState.settings : null;
  const waiting =
    settings && notes.state.status === 'ready'
      ? notesWaiting(notes.state.notes, settings.engine.quietHours, openedAt)
      : null;

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">{i18n.t('extName')}</h1>
        <button type="button" class="button button--quiet" onClick={() => openOptionsPage()}>
          {i18n.t('popup.settings')}
        </button>
      </header>

      {waiting?.night && (
        <NightReview
          notes={waiting.night.notes}
          headline={waiting.night.headline}
          now={openedAt}
          actions={notes}
        />
      )}

      {data.status === 'ready' && (
        <HealthLines
          health={data.health}
          sites={settings?.sites ?? null}
          snoozed={settings !== null && isSnoozed(settings, Date.now())}
        />
      )}

      {settings ? (
        <QuickControls settings={settings} tab={tab} update={update} />
      ) : settingsState.status === 'error' ? (
        <p class="notice" role="alert">
          {i18n.t('popup.settingsFailed')}
        </p>
      ) : (
        <div class="card skeleton skeleton--controls" role="status" aria-busy="true">
          <span class="visually-hidden">{i18n.t('popup.loading.controls')}</span>
        </div>
      )}

      {waiting && waiting.others.length > 0 && (
        <WaitingLine notes={waiting.others} now={openedAt} actions={notes} />
      )}

      {data.status === 'loading' && <StatsSkeleton />}
      {data.status === 'error' && <StatsError onRetry={retry} />}
      {data.status === 'ready' &&
        (data.stats.firstRun ? (
          <FirstRun />
        ) : (
          <>
            <Streak days={data.stats.streakDays} />
            <StatsTable stats={data.stats} />
            <TrendChart days={data.stats.last14Days} />
            <TopPatterns rules={data.stats.topRules} />
          </>
        ))}
    </main>
  );
}
