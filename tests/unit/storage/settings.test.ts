import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getRecoveries } from '../../../src/storage/recoveries';
import {
  getSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../../../src/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [{ site: 'whatsapp', title: 'Sam' }],
  pauseSeconds: 12,
};

describe('settings API', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults before anything is saved, without logging a recovery', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getRecoveries()).toEqual([]);
  });

  it('returns a copy, so changing it does not change the defaults', async () => {
    const settings = await getSettings();
    settings.sites.whatsapp = false;
    expect(DEFAULT_SETTINGS.sites.whatsapp).toBe(true);
  });

  it('saves and reads back', async () => {
    await saveSettings(custom);
    expect(await getSettings()).toEqual(custom);
  });

  it('refuses invalid settings with a message naming the field, keeping what was saved', async () => {
    await saveSettings(custom);
    const bad = { ...custom, pauseSeconds: 999 };
    await expect(saveSettings(bad)).rejects.toThrow(
      'pauseSeconds: must be a whole number from 0 to 60',
    );
    expect(await getSettings()).toEqual(custom);
  });

  it('trims guarded chat titles on save', async () => {
    await saveSettings({ ...custom, guardedChats: [{ site: 'messenger', title: '  Alex ' }] });
    expect((await getSettings()).guardedChats).toEqual([{ site: 'messenger', title: 'Alex' }]);
  });

  it('updateSettings applies changes one after another', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, pauseSeconds: s.pauseSeconds + 1 })),
      updateSettings((s) => ({ ...s, pauseSeconds: s.pauseSeconds + 1 })),
      updateSettings((s) => ({ ...s, pauseSeconds: s.pauseSeconds + 1 })),
    ]);
    expect((await getSettings()).pauseSeconds).toBe(DEFAULT_SETTINGS.pauseSeconds + 3);
  });

  it('updateSettings rejects an invalid change and a later update still runs', async () => {
    await expect(updateSettings((s) => ({ ...s, pauseSeconds: -1 }))).rejects.toThrow();
    const next = await updateSettings((s) => ({ ...s, guardMode: 'listed' }));
    expect(next.guardMode).toBe('listed');
    expect(next.pauseSeconds).toBe(DEFAULT_SETTINGS.pauseSeconds);
  });

  it('watchSettings reports saves and stops after unsubscribe', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings(custom);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(custom));
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('watchSettings gives a repaired value when garbage is written', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.set({ settings: { ...custom, pauseSeconds: 'lots' } });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith({ ...custom, pauseSeconds: DEFAULT_SETTINGS.pauseSeconds }),
    );
    unwatch();
  });
});
