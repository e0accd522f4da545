import { useCallback, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings-schema';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export type Save = (fn: (s: Settings) => Settings) => Promise<boolean>;

/**
 * Wraps the settings update so every change says what happened to it: "Saving…", then "Saved"
 * or a plain failure. Changes apply at once; there is no save button to forget.
 */
export function useSaver(update: Save): { save: Save; state: SaveState } {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(0);

  const save = useCallback<Save>(
    async (fn) => {
      pending.current += 1;
      setState('saving');
      const ok = await update(fn);
      pending.current -= 1;
      if (!ok) setState('failed');
      else if (pending.current === 0) setState('saved');
      return ok;
    },
    [update],
  );

  return { save, state };
}
