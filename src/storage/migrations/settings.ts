import type { Migration } from '../stored-value';
import { migrateSettingsV1ToV2 } from './settings-v1';
import { migrateSettingsV2ToV3 } from './settings-v2';
import { migrateSettingsV3ToV4 } from './settings-v3';

/** The settings version this build writes. Raise it with a new migration, never edit old ones. */
export const SETTINGS_VERSION = 4;

/** Keyed by the version each step produces, as WXT's `migrations` option expects. */
export const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  2: migrateSettingsV1ToV2,
  3: migrateSettingsV2ToV3,
  4: migrateSettingsV3ToV4,
};

/** Runs every step from `fromVersion` up to the current version (for imported files). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}
