// The options form, the import and the store read their bounds from one schema. These tests fail
// if any of them disagree: whatever the form accepts the schema keeps (as the same entry), and
// whatever the form refuses the schema or the import refuses too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSettingsJson, parseSettingsImport } from '../../../src/storage/import-export';
import {
  chatListSchema,
  DEFAULT_SETTINGS,
  LIMITS,
  neverFlagSchema,
  type Settings,
  watchPhrasesSchema,
} from '../../../src/storage/settings-schema';
import {
  BOUNDS,
  CHAT_LIST,
  checkListEntry,
  checkWholeNumber,
  PHRASE_LIST,
} from '../../../src/ui/options/validation';

/** Each number field of the form, and where it lives in the settings. */
const NUMBER_FIELDS: [keyof typeof BOUNDS, (s: Settings, n: number) => void][] = [
  ['perHour', (s, n) => (s.engine.frequency.perHour = n)],
  ['perDay', (s, n) => (s.engine.frequency.perDay = n)],
  ['unanswered', (s, n) => (s.engine.doubleText.unanswered = n)],
  ['pauseSeconds', (s, n) => (s.pauseSeconds = n)],
];

function importWith(change: (s: Settings) => void): boolean {
  const settings = structuredClone(DEFAULT_SETTINGS);
  change(settings);
  return parseSettingsImport(exportSettingsJson(settings)).ok;
}

describe('number fields', () => {
  it('the bounds table, the form and the import agree on every whole number near the bounds', () => {
    for (const [name, set] of NUMBER_FIELDS) {
      const limits = LIMITS[name];
      expect(BOUNDS[name], name).toEqual({ min: limits.min, max: limits.max });
      for (let n = limits.min - 3; n <= limits.max + 3; n++) {
        const form = checkWholeNumber(String(n), BOUNDS[name]).ok;
        expect(
          importWith((s) => set(s, n)),
          `${name} = ${n}`,
        ).toBe(form);
      }
    }
  });

  it('a value the form refuses as text is never a number the import takes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMBER_FIELDS),
        fc.string({ maxLength: 6 }),
        ([name, set], text) => {
          const form = checkWholeNumber(text, BOUNDS[name]);
          if (form.ok) expect(importWith((s) => set(s, form.value))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Text a person might type: letters, spaces of every kind, case, length near the bound. */
const typed = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[ \t\u00a0]{0,3}[aAbB]{1,3}( {1,3}[aAbBß]{1,3}){0,2}[ \u3000]{0,2}$/),
  fc.integer({ min: 190, max: 215 }).map((n) => `${' '.repeat(n % 3)}${'x'.repeat(n)}`),
);

describe('list entries', () => {
  it('a phrase the form accepts is kept by the schema as a new entry, one it refuses is not', () => {
    fc.assert(
      fc.property(fc.array(typed, { maxLength: 4 }), typed, (before, text) => {
        const existing = neverFlagSchema.parse(
          before.filter((t) => neverFlagSchema.safeParse([t]).success),
        );
        const form = checkListEntry(text, existing, PHRASE_LIST);
        const stored = neverFlagSchema.safeParse([...existing, text]);
        const keptAsNew = stored.success && stored.data.length === existing.length + 1;
        expect(form.ok).toBe(keptAsNew);
        if (form.ok && stored.success) expect(stored.data.at(-1)).toBe(form.value);
        // Phrases to watch are the same kind of entry.
        const watched = watchPhrasesSchema.safeParse(
          [...existing, text].map((phrase) => ({ phrase, rule: 'past' })),
        );
        expect(watched.success && watched.data.length === existing.length + 1).toBe(form.ok);
      }),
      { numRuns: 500 },
    );
  });

  it('a chat name the form accepts is kept by the schema as a new chat, one it refuses is not', () => {
    fc.assert(
      fc.property(fc.array(typed, { maxLength: 4 }), typed, (before, text) => {
        const chats = chatListSchema.parse(
          before
            .map((title) => ({ site: 'whatsapp' as const, title }))
            .filter((c) => chatListSchema.safeParse([c]).success),
        );
        const titles = chats.map((c) => c.title);
        const form = checkListEntry(text, titles, CHAT_LIST);
        const stored = chatListSchema.safeParse([...chats, { site: 'whatsapp', title: text }]);
        expect(form.ok).toBe(stored.success && stored.data.length === chats.length + 1);
        if (form.ok && stored.success) expect(stored.data.at(-1)?.title).toBe(form.value);
      }),
      { numRuns: 500 },
    );
  });

  it('a full list is full for the form and the schema alike', () => {
    const phrases = Array.from({ length: LIMITS.phraseCount }, (_, i) => `p${i}`);
    expect(checkListEntry('one more', phrases, PHRASE_LIST).ok).toBe(false);
    expect(neverFlagSchema.safeParse([...phrases, 'one more']).success).toBe(false);
    expect(checkListEntry('one more', phrases.slice(1), PHRASE_LIST).ok).toBe(true);
    expect(neverFlagSchema.safeParse([...phrases.slice(1), 'one more']).success).toBe(true);

    // A chat list holds both sites: the form counts them all, as the schema does.
    const chats = Array.from({ length: LIMITS.chatCount }, (_, i) => ({
      site: i % 2 ? ('messenger' as const) : ('whatsapp' as const),
      title: `c${i}`,
    }));
    const whatsapp = chats.filter((c) => c.site === 'whatsapp').map((c) => c.title);
    expect(checkListEntry('Alex', whatsapp, CHAT_LIST, chats.length).ok).toBe(false);
    expect(chatListSchema.safeParse([...chats, { site: 'whatsapp', title: 'Alex' }]).success).toBe(
      false,
    );
  });
});
