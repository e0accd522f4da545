/**
 * PLACEHOLDER until the storage branch lands: the smallest working version of its settings API,
 * so the popup and options pages run. Replace wholesale with the storage branch's file.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './settings-schema';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Stored value if it is valid, else the defaults (a corrupt item must not break the pages). */
function validOrDefault(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  return validOrDefault(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

export async function updateSettings(fn: (current: Settings) => Settings): Promise<Settings> {
  const next = settingsSchema.parse(fn(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(validOrDefault(value)));
}
