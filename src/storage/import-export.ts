import { i18n } from '#i18n';
import { describeIssues } from './issue-messages';
import { migrateSettings, SETTINGS_VERSION } from './migrations/settings';
import { isPlainObject } from './recover';
import {
  type Settings,
  settingsFromStored,
  settingsToStored,
  storedSettingsSchema,
} from './settings-schema';

/** Marks a JSON file as ours, so a random JSON file is told apart from a damaged export. */
export const SETTINGS_FILE_FORMAT = 'second-thought-settings';

/** Larger files are refused before parsing: real exports are a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; error: string };

/** Pretty JSON with a format marker and the settings version, ready to save as a file. */
export function exportSettingsJson(settings: Settings): string {
  return JSON.stringify(
    {
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      settings: settingsToStored(settings),
    },
    null,
    2,
  );
}

/**
 * Reads an exported settings file. Older versions are migrated; anything wrong is reported in a
 * sentence naming the field. Never throws.
 */
export function parseSettingsImport(text: string): SettingsImport {
  try {
    return parse(text);
  } catch {
    return fail(i18n.t('import.unreadable'));
  }
}

function parse(text: string): SettingsImport {
  if (typeof text !== 'string') return fail(i18n.t('import.nothing'));
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return fail(i18n.t('import.tooLarge'));
  }
  if (text.trim() === '') return fail(i18n.t('import.empty'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(i18n.t('import.notJson'));
  }
  if (!isPlainObject(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return fail(i18n.t('import.notOurs', { format: SETTINGS_FILE_FORMAT }));
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version: must be a whole number of at least 1.');
  }
  if (version > SETTINGS_VERSION) {
    return fail(i18n.t('import.newer', { version }));
  }
  if (!('settings' in data)) return fail('settings: is missing.');
  const migrated = migrateSettings(data.settings, version);
  // The same schema, and so the same bounds, as the stored value and the options page.
  const parsed = storedSettingsSchema.safeParse(migrated);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error, storedSettingsSchema, migrated);
    // The problems name fields and bounds as the file spells them (English field names).
    return fail(i18n.t('import.invalid', { problems }));
  }
  return { ok: true, settings: settingsFromStored(parsed.data) };
}

function fail(error: string): SettingsImport {
  return { ok: false, error };
}
