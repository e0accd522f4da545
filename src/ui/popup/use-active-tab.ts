import { useEffect, useState } from 'preact/hooks';
import { type ActiveTab, getActiveTab } from '../data/active-tab';

/** The active tab's site and chat; null while asking. Never fails: unknown is a valid answer. */
export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    let live = true;
    getActiveTab().then(
      (answer) => live && setTab(answer),
      () => live && setTab({ site: null, chat: null }),
    );
    return () => {
      live = false;
    };
  }, []);
  return tab;
}
