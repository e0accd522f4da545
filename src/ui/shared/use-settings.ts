import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings-schema';
import { getSettings, updateSettings, watchSettings } from '../data/settings';

export type SettingsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; settings: Settings };

/**
 * The current settings, kept live: a change made in another page (or tab) shows here at once.
 * `update` resolves true when the change was stored, false when it was refused.
 */
export function useSettings(): {
  state: SettingsState;
  update: (fn: (s: Settings) => Settings) => Promise<boolean>;
  reload: () => void;
} {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // `attempt` is a dependency only so that a retry runs the load again.
  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((settings) => live && setState({ status: 'ready', settings }));
    getSettings().then(
      (settings) => live && setState({ status: 'ready', settings }),
      (error: unknown) => live && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [attempt]);

  const update = useCallback(async (fn: (s: Settings) => Settings) => {
    try {
      await updateSettings(fn);
      // Read back what was stored rather than trusting what we asked for.
      setState({ status: 'ready', settings: await getSettings() });
      return true;
    } catch {
      return false;
    }
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, update, reload };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
