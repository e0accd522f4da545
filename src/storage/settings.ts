import { describeIssues } from './issue-messages';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations/settings';
import {
  DEFAULT_SETTINGS,
  type Settings,
  settingsFromStored,
  settingsSchema,
  settingsToStored,
  storedSettingsSchema,
} from './settings-schema';
import { defineStoredValue, type StoredValue } from './stored-value';

export type { Settings } from './settings-schema';

/**
 * Defines the settings item. Exported so tests can define it again over seeded storage. Stored
 * as `StoredSettings` (the switches as overrides); read and written as full `Settings`.
 */
export function defineSettingsValue(): StoredValue<Settings> {
  const stored = defineStoredValue({
    key: 'local:settings',
    schema: storedSettingsSchema,
    fallback: settingsToStored(DEFAULT_SETTINGS),
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  return {
    key: stored.key,
    get: async () => settingsFromStored(await stored.get()),
    async set(settings) {
      // Checked in the shape the pages know, so a refusal names the field they changed.
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        const problems = describeIssues(parsed.error, settingsSchema, settings);
        throw new Error(`Not saved, ${stored.key} is invalid: ${problems}`);
      }
      await stored.set(settingsToStored(parsed.data));
    },
    watch: (cb) => stored.watch((value) => cb(settingsFromStored(value))),
    clear: () => stored.clear(),
  };
}

// Defined on first use, not at import: WXT imports entrypoints in Node while building, where
// touching storage (which defining an item does, to migrate) would fail.
let definedValue: StoredValue<Settings> | undefined;
function settingsValue(): StoredValue<Settings> {
  definedValue ??= defineSettingsValue();
  return definedValue;
}

/** The person's settings, validated; damaged parts are reset to defaults and logged. */
export function getSettings(): Promise<Settings> {
  return settingsValue().get();
}

/** Saves settings; rejects (saving nothing) if they are invalid. */
export function saveSettings(settings: Settings): Promise<void> {
  return settingsValue().set(settings);
}

let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and saves the settings. Updates from this page run one after another, so two
 * quick toggles cannot undo each other.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const run = pendingUpdate.then(async () => {
    const next = change(await getSettings());
    await saveSettings(next);
    return getSettings();
  });
  pendingUpdate = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with the new settings whenever any page saves them. Returns an unsubscribe. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsValue().watch(cb);
}
