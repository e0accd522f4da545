/**
 * "Not risky": the person's corrections, as pure changes to settings (settings in, settings and
 * what changed out), so a change can be undone exactly and tested alone. Two kinds:
 * - `phrase`: never flag these phrases again (they join the never-flag list, anywhere);
 * - `chat`: switch these rules off in this chat only (they stay on everywhere else).
 * Undo takes back only what the correction added: a phrase already on the list stays.
 */
import type { RuleId } from '../rules/types';
import type { SiteId } from '../sites/types';
import { sameChat } from './chat-identity';
import { LIMITS, phraseKey, type Settings, tidyListText } from './settings-schema';
import { z } from './zod';

export type NotRiskyChoice = 'phrase' | 'chat';

export interface NotRiskyRequest {
  choice: NotRiskyChoice;
  site: SiteId;
  /** The chat's title as the site shows it; needed for `chat`, ignored for `phrase`. */
  title: string | null;
  /** The rules the person marked not risky (counted once each). */
  rules: RuleId[];
  /** The quoted phrases, for `phrase`. */
  phrases: string[];
}

/** What a correction changed, and so what its undo takes back. */
export interface NotRiskyChange {
  choice: NotRiskyChoice;
  site: SiteId;
  title: string | null;
  rules: RuleId[];
  phrasesAdded: string[];
  rulesAdded: string[];
}

/** How often each rule was marked "not risky" (`local:corrections`, version 1). No text. */
export const correctionsSchema = z.object({
  byRule: z.record(z.string().min(1).max(LIMITS.switchIdLength), z.number().int().min(0)),
});
export type Corrections = z.infer<typeof correctionsSchema>;
export const EMPTY_CORRECTIONS: Corrections = { byRule: {} };

/** A phrase can be marked only if it can be stored (the never-flag list's bounds). */
export function markablePhrase(text: string): string | null {
  const phrase = tidyListText(text);
  return phrase.length > 0 && phrase.length <= LIMITS.phraseLength ? phrase : null;
}

export function applyNotRisky(
  settings: Settings,
  request: NotRiskyRequest,
): { settings: Settings; change: NotRiskyChange } {
  const none = { ...request, phrasesAdded: [], rulesAdded: [] };
  if (request.choice === 'phrase') {
    const known = new Set(settings.engine.neverFlag.map(phraseKey));
    const added: string[] = [];
    for (const text of request.phrases) {
      const phrase = markablePhrase(text);
      if (!phrase || known.has(phraseKey(phrase))) continue;
      known.add(phraseKey(phrase));
      added.push(phrase);
    }
    const room = LIMITS.phraseCount - settings.engine.neverFlag.length;
    const phrasesAdded = added.slice(0, Math.max(0, room));
    if (phrasesAdded.length === 0) return { settings, change: none };
    return {
      settings: {
        ...settings,
        engine: { ...settings.engine, neverFlag: [...settings.engine.neverFlag, ...phrasesAdded] },
      },
      change: { ...none, phrasesAdded },
    };
  }
  if (request.title === null || tidyListText(request.title) === '') {
    return { settings, change: none };
  }
  const chat = { site: request.site, title: tidyListText(request.title) };
  const entry = settings.rulesOffInChats.find((c) => sameChat(c, chat));
  const already = new Set(entry?.rules ?? []);
  const rulesAdded = [...new Set(request.rules)].filter((rule) => !already.has(rule));
  if (rulesAdded.length === 0) return { settings, change: none };
  if (!entry && settings.rulesOffInChats.length >= LIMITS.chatCount) {
    return { settings, change: none };
  }
  const rulesOffInChats = entry
    ? settings.rulesOffInChats.map((c) =>
        c === entry ? { ...c, rules: [...c.rules, ...rulesAdded] } : c,
      )
    : [...settings.rulesOffInChats, { ...chat, rules: rulesAdded }];
  return { settings: { ...settings, rulesOffInChats }, change: { ...none, rulesAdded } };
}

/** Takes back exactly what `change` added (anything the person changed since stays). */
export function undoNotRisky(settings: Settings, change: NotRiskyChange): Settings {
  if (change.choice === 'phrase') {
    const added = new Set(change.phrasesAdded.map(phraseKey));
    if (added.size === 0) return settings;
    const neverFlag = settings.engine.neverFlag.filter((p) => !added.has(phraseKey(p)));
    return { ...settings, engine: { ...settings.engine, neverFlag } };
  }
  if (change.title === null || change.rulesAdded.length === 0) return settings;
  return withoutRulesInChat(
    settings,
    { site: change.site, title: change.title },
    change.rulesAdded,
  );
}

/** Turns `rules` back on in one chat (the options page's "Remove", and undo). */
export function withoutRulesInChat(
  settings: Settings,
  chat: { site: SiteId; title: string },
  rules: readonly string[],
): Settings {
  const drop = new Set(rules);
  const rulesOffInChats = settings.rulesOffInChats
    .map((c) => (sameChat(c, chat) ? { ...c, rules: c.rules.filter((r) => !drop.has(r)) } : c))
    .filter((c) => c.rules.length > 0);
  return { ...settings, rulesOffInChats };
}

/** The rules switched off in this chat (empty when none, or when the chat is not known). */
export function rulesOffInChat(
  settings: Settings,
  site: SiteId,
  title: string | null,
): readonly string[] {
  if (title === null || settings.rulesOffInChats.length === 0) return [];
  return settings.rulesOffInChats.find((c) => sameChat(c, { site, title }))?.rules ?? [];
}

/** Counts each rule of a correction once (`by` 1), or takes it back (`by` -1, never below 0). */
export function countCorrection(
  corrections: Corrections,
  rules: readonly RuleId[],
  by: 1 | -1,
): Corrections {
  const byRule = { ...corrections.byRule };
  for (const rule of new Set(rules)) {
    const next = (byRule[rule] ?? 0) + by;
    if (next > 0) byRule[rule] = next;
    else delete byRule[rule];
  }
  return { byRule };
}
