import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings } from '../../storage/settings-schema';
import { resetStats } from '../data/background';
import { exportSettingsJson, parseSettingsImport } from '../data/settings';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { downloadText } from '../shared/download';
import { Section } from './Section';
import type { Save } from './use-saver';

type Message = { tone: 'ok' | 'error'; text: string } | null;

/** Settings to and from a file, and starting the numbers again. */
export function BackupSection({ settings, save }: { settings: Settings; save: Save }) {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);

  const exportFile = () => {
    const day = new Date().toLocaleDateString('sv'); // YYYY-MM-DD in local time
    downloadText(`second-thought-settings-${day}.json`, exportSettingsJson(settings));
    setMessage({ tone: 'ok', text: i18n.t('options.backup.exported') });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again should import it again
    if (!file) return;
    const parsed = parseSettingsImport(await file.text());
    if (!parsed.ok) {
      setMessage({
        tone: 'error',
        text: i18n.t('options.backup.notImported', { file: file.name, why: parsed.error }),
      });
      return;
    }
    const ok = await save(() => parsed.settings);
    setMessage(
      ok
        ? { tone: 'ok', text: i18n.t('options.backup.imported', { file: file.name }) }
        : { tone: 'error', text: i18n.t('options.backup.importNotSaved', { file: file.name }) },
    );
  };

  const reset = async () => {
    setConfirming(false);
    try {
      await resetStats();
      setMessage({ tone: 'ok', text: i18n.t('options.backup.reset') });
    } catch {
      setMessage({ tone: 'error', text: i18n.t('options.backup.resetFailed') });
    }
  };

  return (
    <Section id="backup" title={i18n.t('options.backup.title')}>
      <div class="row row--actions">
        <button type="button" class="button" onClick={exportFile}>
          {i18n.t('options.backup.export')}
        </button>
        <label class="button file-button">
          {i18n.t('options.backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
          {i18n.t('options.backup.resetButton')}
        </button>
      </div>
      <p
        class={`status-line ${message?.tone === 'error' ? 'field__error' : ''}`}
        role={message?.tone === 'error' ? 'alert' : 'status'}
      >
        {message?.text}
      </p>
      <ConfirmDialog
        open={confirming}
        title={i18n.t('options.backup.resetTitle')}
        confirmLabel={i18n.t('options.backup.resetConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={reset}
      >
        <p>{i18n.t('options.backup.resetText')}</p>
      </ConfirmDialog>
    </Section>
  );
}
