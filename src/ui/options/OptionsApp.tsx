import { i18n } from '#i18n';
import { SettingsStatus } from '../shared/SettingsStatus';
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
  ['sites', () => i18n.t('options.nav.sites')],
  ['chats', () => i18n.t('options.nav.chats')],
  ['quiet-hours', () => i18n.t('options.nav.quietHours')],
  ['limits', () => i18n.t('options.nav.limits')],
  ['patterns', () => i18n.t('options.nav.patterns')],
  ['phrases', () => i18n.t('options.nav.phrases')],
  ['corrections', () => i18n.t('options.nav.corrections')],
  ['notes', () => i18n.t('options.nav.notes')],
  ['backup', () => i18n.t('options.nav.backup')],
  ['privacy', () => i18n.t('options.nav.privacy')],
] as const;

/** The options page: every choice saves as it is made and reaches open tabs at once. */
export function OptionsApp() {
  const { state, update, reload } = useSettings();
  const { save, state: saveState } = useSaver(update);

  return (
    <div class="options">
      <header class="options__header">
        <h1 class="options__title">{i18n.t('options.title')}</h1>
        <SaveIndicator state={saveState} />
      </header>
      <nav aria-label={i18n.t('options.nav.label')} class="options__nav">
        {CONTENTS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label()}
          </a>
        ))}
      </nav>
      <main class="options__main">
        <RecoveryNotice />
        <SettingsStatus state={state} reload={reload} />
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
