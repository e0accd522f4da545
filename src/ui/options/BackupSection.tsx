import { useState } from 'preact/hooks';
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
    setMessage({ tone: 'ok', text: 'Settings exported. Notes and stats are not included.' });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again should import it again
    if (!file) return;
    const parsed = parseSettingsImport(await file.text());
    if (!parsed.ok) {
      setMessage({
        tone: 'error',
        text: `${file.name} was not imported, and nothing changed. ${parsed.error}`,
      });
      return;
    }
    const ok = await save(() => parsed.settings);
    setMessage(
      ok
        ? { tone: 'ok', text: `Settings imported from ${file.name}.` }
        : { tone: 'error', text: `${file.name} could not be saved; nothing changed.` },
    );
  };

  const reset = async () => {
    setConfirming(false);
    try {
      await resetStats();
      setMessage({ tone: 'ok', text: 'Stats reset. Counting starts again from now.' });
    } catch {
      setMessage({ tone: 'error', text: 'Stats could not be reset. Please try again.' });
    }
  };

  return (
    <Section id="backup" title="Backup and reset">
      <div class="row row--actions">
        <button type="button" class="button" onClick={exportFile}>
          Export settings
        </button>
        <label class="button file-button">
          Import settings…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
          Reset stats…
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
        title="Reset all stats?"
        confirmLabel="Reset stats"
        onCancel={() => setConfirming(false)}
        onConfirm={reset}
      >
        <p>
          The counts, the streak and the 14-day chart start again from zero. Your settings and
          unsent notes stay as they are.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
