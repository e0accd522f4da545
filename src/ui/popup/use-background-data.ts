import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HealthView, StatsView } from '../../messaging/protocol';
import { fetchHealth, fetchStats } from '../data/background';
import { messageOf } from '../shared/use-settings';

export type BackgroundData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: StatsView; health: HealthView };

/** Stats and site health from the background, with a retry for when it does not answer. */
export function useBackgroundData(): { data: BackgroundData; retry: () => void } {
  const [data, setData] = useState<BackgroundData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // `attempt` is a dependency only so that a retry runs the load again.
  useEffect(() => {
    let live = true;
    Promise.all([fetchStats(), fetchHealth()]).then(
      ([stats, health]) => live && setData({ status: 'ready', stats, health }),
      (error: unknown) => live && setData({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setData({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { data, retry };
}
