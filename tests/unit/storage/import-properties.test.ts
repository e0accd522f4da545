// Property tests on the settings import parser: whatever a file holds, it never throws, and it
// never accepts something invalid. "Invalid" is checked here by hand (bounds written out, not
// the schema asking itself), and an accepted file must hold exactly what is imported: the parser
// may drop keys it does not know and ignore switches for rules or sites it does not know, tidy
// the spacing of free texts and drop repeated list entries, but never coerces, fills in or fixes
// a value otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/rules/types';
import { chatIdentity } from '../../../src/storage/chat-identity';
import { exportSettingsJson, parseSettingsImport } from '../../../src/storage/import-export';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  type Settings,
  type StoredSettings,
  settingsFromStored,
  settingsToStored,
} from '../../../src/storage/settings-schema';

const VALID: Settings = {
  ...DEFAULT_SETTINGS,
  guardMode: 'listed',
  guardedChats: [
    { site: 'whatsapp', title: 'Alex Morgan' },
    { site: 'messenger', title: 'Jordan 🌊' },
  ],
  unguardedChats: [{ site: 'whatsapp', title: 'Mum' }],
  sites: { ...DEFAULT_SETTINGS.sites, messenger: false },
  snoozeUntil: 1_900_000_000_000,
  engine: {
    ...DEFAULT_SETTINGS.engine,
    quietHours: { start: 22 * 60, end: 6 * 60, days: [0, 5, 6] },
    watchPhrases: [{ phrase: 'one more chance', rule: 'begging' }],
    neverFlag: ['come back to the office'],
    enabledRules: { ...DEFAULT_SETTINGS.engine.enabledRules, 'pet-name': false },
  },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: Array<string | number> = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => pathsOf((value as Record<string, Json>)[k]!, [...prefix, k])),
  ];
}

function withValueAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy as Json;
}

const exported = JSON.parse(exportSettingsJson(VALID)) as Json;
const ALL_PATHS = pathsOf(exported);

const isInt = (n: unknown, min: number, max: number) =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const isTidy = (t: string) => t.trim() === t && !/\s\s/.test(t);
const isPhrase = (p: unknown) =>
  typeof p === 'string' && isTidy(p) && p.length >= 1 && p.length <= LIMITS.phraseLength;
const isChatList = (chats: Settings['guardedChats']) =>
  chats.length <= LIMITS.chatCount &&
  chats.every(
    (c) =>
      (c.site === 'whatsapp' || c.site === 'messenger') &&
      isTidy(c.title) &&
      c.title.length >= 1 &&
      c.title.length <= LIMITS.chatTitleLength,
  );
const onlyKeys = (o: object, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

/** Settings as the product may hold them, written out independently of the zod schema. */
function isValidSettings(s: Settings): boolean {
  const e = s.engine;
  return (
    onlyKeys(s, Object.keys(DEFAULT_SETTINGS)) &&
    typeof s.sites.whatsapp === 'boolean' &&
    typeof s.sites.messenger === 'boolean' &&
    (s.guardMode === 'all' || s.guardMode === 'listed') &&
    isChatList(s.guardedChats) &&
    isChatList(s.unguardedChats) &&
    isInt(s.pauseSeconds, 0, LIMITS.pauseSeconds.max) &&
    (s.snoozeUntil === null || Number.isInteger(s.snoozeUntil)) &&
    Object.keys(e.enabledRules).sort().join() === [...RULE_IDS].sort().join() &&
    Object.values(e.enabledRules).every((v) => typeof v === 'boolean') &&
    isInt(e.quietHours.start, 0, 1439) &&
    isInt(e.quietHours.end, 0, 1439) &&
    e.quietHours.days.length <= 7 &&
    e.quietHours.days.every((d) => isInt(d, 0, 6)) &&
    isInt(e.frequency.perHour, 2, 100) &&
    isInt(e.frequency.perDay, 2, 500) &&
    isInt(e.doubleText.unanswered, 1, 50) &&
    ['gentle', 'balanced', 'strict'].includes(e.sensitivity) &&
    e.watchPhrases.length <= LIMITS.phraseCount &&
    e.watchPhrases.every((w) => isPhrase(w.phrase) && RULE_IDS.includes(w.rule)) &&
    e.neverFlag.length <= LIMITS.phraseCount &&
    e.neverFlag.every(isPhrase)
  );
}

/** `value` with keys missing from `shape` dropped, recursively (what zod's strip mode does). */
function knownPart(value: unknown, shape: unknown): unknown {
  if (Array.isArray(value)) {
    const item = Array.isArray(shape) ? shape[0] : undefined;
    return value.map((v) => (item === undefined ? v : knownPart(v, item)));
  }
  if (value === null || typeof value !== 'object' || shape === null || typeof shape !== 'object') {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k in shape)
      .map(([k, v]) => [k, knownPart(v, (shape as Record<string, unknown>)[k])]),
  );
}

/** Later entries with the key of an earlier one dropped. */
function firstOfEach<T>(items: T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/**
 * What an accepted stored-shape file reads as: free texts trimmed with inner spaces as one,
 * repeated entries (same chat, same phrase ignoring case, same day) dropped, switches expanded.
 */
function expectedFrom(value: unknown): Settings {
  const copy = structuredClone(value) as StoredSettings;
  const tidy = (t: string) => t.trim().replace(/\s+/g, ' ');
  for (const list of ['guardedChats', 'unguardedChats'] as const) {
    copy[list] = firstOfEach(
      copy[list].map((c) => ({ ...c, title: tidy(c.title) })),
      (c) => `${c.site}/${chatIdentity(c.title)}`,
    );
  }
  const e = copy.engine;
  e.watchPhrases = firstOfEach(
    e.watchPhrases.map((w) => ({ ...w, phrase: tidy(w.phrase) })),
    (w) => w.phrase.toLocaleLowerCase(),
  );
  e.neverFlag = firstOfEach(e.neverFlag.map(tidy), (p) => p.toLocaleLowerCase());
  e.quietHours.days = firstOfEach(e.quietHours.days, (d) => d);
  return settingsFromStored(copy);
}

describe('parseSettingsImport, whatever the file holds', () => {
  it('never throws, and accepts only valid settings, exactly as given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PATHS),
        fc.oneof(
          fc.jsonValue(),
          fc.integer(),
          fc.double(),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.constantFrom(-1, 0, 7, 61, 1439, 1440, 2 ** 53, -0, '', ' ', 'x'.repeat(201)),
        ),
        (path, value) => {
          const text = JSON.stringify(withValueAt(exported, path, value as Json));
          const result = parseSettingsImport(text);
          if (!result.ok) {
            expect(result.error.length).toBeGreaterThan(0);
            return;
          }
          expect(isValidSettings(result.settings)).toBe(true);
          const given = (JSON.parse(text) as { settings: unknown }).settings;
          expect(result.settings).toEqual(expectedFrom(knownPart(given, settingsToStored(VALID))));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('refuses each kind of out-of-bounds value', () => {
    const broken: Array<[Path, Json]> = [
      [['settings', 'pauseSeconds'], 61],
      [['settings', 'pauseSeconds'], -1],
      [['settings', 'pauseSeconds'], 1.5],
      [['settings', 'pauseSeconds'], '5'],
      [['settings', 'sitesOff'], 'messenger'],
      [['settings', 'sitesOff'], ['x'.repeat(LIMITS.switchIdLength + 1)]],
      [['settings', 'unguardedChats', 0, 'site'], 'fax'],
      [['settings', 'guardMode'], 'some'],
      [['settings', 'guardedChats', 0, 'title'], ' '],
      [['settings', 'guardedChats', 0, 'title'], 'x'.repeat(LIMITS.chatTitleLength + 1)],
      [
        ['settings', 'guardedChats'],
        Array(LIMITS.chatCount + 1).fill({ site: 'whatsapp', title: 'A' }),
      ],
      [['settings', 'snoozeUntil'], 'tomorrow'],
      [['settings', 'engine', 'rulesOff'], [5]],
      [['settings', 'engine', 'rulesOff'], Array(LIMITS.switchCount + 1).fill('past')],
      [['settings', 'engine', 'quietHours', 'start'], 1440],
      [['settings', 'engine', 'quietHours', 'days'], [7]],
      [['settings', 'engine', 'frequency', 'perHour'], 1],
      [['settings', 'engine', 'watchPhrases', 0, 'rule'], 'nope'],
      [['settings', 'engine', 'neverFlag'], ['y'.repeat(LIMITS.phraseLength + 1)]],
      [['settings', 'engine', 'neverFlag'], Array(LIMITS.phraseCount + 1).fill('z')],
      [['version'], 99],
      [['format'], 'other'],
    ];
    for (const [path, value] of broken) {
      const result = parseSettingsImport(JSON.stringify(withValueAt(exported, path, value)));
      expect(result.ok, `${path.join('.')} = ${JSON.stringify(value).slice(0, 40)}`).toBe(false);
    }
  });

  it('reads the file as it was exported', () => {
    expect(parseSettingsImport(JSON.stringify(exported))).toEqual({ ok: true, settings: VALID });
  });
});
