import { isPlainObject } from '../recover';

/**
 * Settings version 2 held an exhaustive record of switches: `sites: { whatsapp: true, … }` and
 * `engine.enabledRules: { begging: true, … }`, one key per site and rule of that release. A
 * release that added a rule or a site then read the stored record as damaged (a key missing) and
 * showed a notice. Version 3 stores only what differs from the defaults (`sitesOff`,
 * `engine.rulesOff`) and adds `unguardedChats`, the chats the person asked the guard to leave
 * alone (none before). The ids named here are that release's, as history: the table of sites
 * (src/sites/table.ts) is for what this release knows.
 */

/**
 * v2 → v3. Pure and defensive (never throws): every switch that was off stays off, every key the
 * record named is kept whether or not this release knows it (unknown ids are ignored on read).
 * A switches record that is not an object is passed through, so reading resets just that part
 * and says so. A value that is already v3 (interrupted migration) is left as it is.
 */
export function migrateSettingsV2ToV3(previous: unknown): unknown {
  if (!isPlainObject(previous)) return previous;
  const { sites, engine, ...rest } = previous;
  const out: Record<string, unknown> = { ...rest };
  out.sitesOff = 'sitesOff' in previous ? previous.sitesOff : switchedOff(sites);
  out.unguardedChats = previous.unguardedChats ?? [];
  if (isPlainObject(engine)) {
    const { enabledRules, ...tuning } = engine;
    out.engine = {
      ...tuning,
      rulesOff: 'rulesOff' in engine ? engine.rulesOff : switchedOff(enabledRules),
    };
  } else {
    out.engine = engine;
  }
  return out;
}

/**
 * The keys switched off (`false`) in a v2 switches record; absent means none were. A record
 * that is not all true and false is damaged, and passed through to be reported as such.
 */
function switchedOff(record: unknown): unknown {
  if (record === undefined) return [];
  if (!isPlainObject(record)) return record;
  if (!Object.values(record).every((on) => typeof on === 'boolean')) return record;
  return Object.entries(record)
    .filter(([, on]) => on === false)
    .map(([id]) => id);
}
