import { useSettings } from '../shared/use-settings';
import { BackupSection } from './BackupSection';
import { ChatsSection } from './ChatsSection';
import { CorrectionsSection } from './CorrectionsSection';
import { LimitsSection } from './LimitsSection';
import { NotesSection } from './NotesSection';
import { PhrasesSection } from './PhrasesSection';
import { PrivacySection } from './PrivacySection';
import { QuietHoursSection } from './QuietHoursSection';
import { RecoveryNotice } from './RecoveryNotice';
import { RulesSection } from './RulesSection';
import { SaveIndicator } from './SaveIndicator';
import { SitesSection } from './SitesSection';
import { useSaver } from './use-saver';

const CONTENTS = [
  ['sites', 'Sites'],
  ['chats', 'Chats'],
  ['quiet-hours', 'Quiet hours'],
  ['limits', 'When to pause'],
  ['patterns', 'Patterns'],
  ['phrases', 'Phrases'],
  ['corrections', 'Not risky'],
  ['notes', 'Notes'],
  ['backup', 'Backup'],
  ['privacy', 'Privacy'],
] as const;

/** The options page: every choice saves as it is made and reaches open tabs at once. */
export function OptionsApp() {
  const { state, update, reload } = useSettings();
  const { save, state: saveState } = useSaver(update);

  return (
    <div class="options">
      <header class="options__header">
        <h1 class="options__title">Second Thought settings</h1>
        <SaveIndicator state={saveState} />
      </header>
      <nav aria-label="Sections" class="options__nav">
        {CONTENTS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      <main class="options__main">
        <RecoveryNotice />
        {state.status === 'loading' && (
          <p class="hint" role="status">
            Loading your settings…
          </p>
        )}
        {state.status === 'error' && (
          <div class="notice" role="alert">
            <p class="notice__title">Your settings could not be read</p>
            <p>{state.message}</p>
            <button type="button" class="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <SitesSection settings={state.settings} save={save} />
            <ChatsSection settings={state.settings} save={save} />
            <QuietHoursSection settings={state.settings} save={save} />
            <LimitsSection settings={state.settings} save={save} />
            <RulesSection settings={state.settings} save={save} />
            <PhrasesSection settings={state.settings} save={save} />
            <CorrectionsSection settings={state.settings} save={save} />
          </>
        )}
        <NotesSection />
        {state.status === 'ready' && <BackupSection settings={state.settings} save={save} />}
        <PrivacySection />
      </main>
    </div>
  );
}
