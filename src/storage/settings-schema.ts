import { DEFAULT_ENGINE_SETTINGS } from '../rules/defaults';
import { type EngineSettings, RULE_IDS, type RuleId } from '../rules/types';
import { SITE_IDS, type SiteId } from '../sites/types';
import { chatIdentity } from './chat-identity';
import { z } from './zod';

/**
 * Every bound on what the person chooses, in one table. The schemas below are built from it, and
 * the options page and the import read their bounds from these schemas (see
 * src/ui/options/validation.ts), so a value the page accepts is one the store accepts. Bounds
 * also keep imported or corrupt values from making the engine or the pages slow.
 */
export const LIMITS = {
  phraseLength: 200,
  phraseCount: 200,
  chatTitleLength: 200,
  /** Per list: the chats to guard closely, and the chats to leave alone. */
  chatCount: 500,
  pauseSeconds: { min: 0, max: 60 },
  perHour: { min: 2, max: 100 },
  perDay: { min: 2, max: 500 },
  unanswered: { min: 1, max: 50 },
  /** Ids in the stored "switched off" lists; room for ids from other releases. */
  switchIdLength: 64,
  switchCount: 100,
} as const;

const whole = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);

const minuteOfDay = whole({ min: 0, max: 24 * 60 - 1 });

/** Inner runs of spaces as one: how a list entry is kept (after trimming). */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A list entry as it will be stored: trimmed, inner runs of spaces as one. */
export function tidyListText(text: string): string {
  return tidy(text.trim());
}

/** A phrase or chat name as it is stored: trimmed, spaces collapsed, not empty, bounded. */
export function listText(maxLength: number) {
  return z.string().trim().overwrite(tidy).min(1).max(maxLength);
}

/** Two phrases are the same entry when they differ only in letter case (they match alike). */
export function phraseKey(phrase: string): string {
  return tidyListText(phrase).toLocaleLowerCase();
}

/** Drops later entries whose key repeats an earlier one: a duplicate is harmless, not damage. */
function uniqueBy<T>(key: (item: T) => string) {
  return (items: T[]): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const k = key(item);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
}

export const phraseSchema = listText(LIMITS.phraseLength);
const phrase = phraseSchema;

export const ruleIdSchema = z.enum(RULE_IDS);
export const siteIdSchema = z.enum(SITE_IDS);

export const watchPhraseSchema = z.object({ phrase, rule: ruleIdSchema });
export const watchPhrasesSchema = z
  .array(watchPhraseSchema)
  .max(LIMITS.phraseCount)
  .overwrite(uniqueBy((w) => phraseKey(w.phrase)));
export const neverFlagSchema = z
  .array(phrase)
  .max(LIMITS.phraseCount)
  .overwrite(uniqueBy(phraseKey));

/** The engine's settings apart from which rules are on (stored and in memory alike). */
const engineTuningShape = {
  quietHours: z.object({
    start: minuteOfDay,
    end: minuteOfDay,
    days: z
      .array(z.number().int().min(0).max(6))
      .max(7)
      .overwrite((days) => [...new Set(days)]),
  }),
  frequency: z.object({ perHour: whole(LIMITS.perHour), perDay: whole(LIMITS.perDay) }),
  doubleText: z.object({ unanswered: whole(LIMITS.unanswered) }),
  sensitivity: z.enum(['gentle', 'balanced', 'strict']),
  watchPhrases: watchPhrasesSchema,
  neverFlag: neverFlagSchema,
};

/** In memory: every rule has its switch, as `analyze` takes them. */
export const engineSettingsSchema = z.object({
  enabledRules: z
    .object(
      Object.fromEntries(RULE_IDS.map((id) => [id, z.boolean()])) as Record<RuleId, z.ZodBoolean>,
    )
    .strict(),
  ...engineTuningShape,
}) satisfies z.ZodType<EngineSettings>;

export const guardedChatSchema = z.object({
  site: siteIdSchema,
  title: listText(LIMITS.chatTitleLength),
});

/** A list of chats: each chat once, "the same chat" as `chatIdentity` says. */
export const chatListSchema = z
  .array(guardedChatSchema)
  .max(LIMITS.chatCount)
  .overwrite(uniqueBy((c) => `${c.site}\u0000${chatIdentity(c.title)}`));

const switchedOff = z.array(z.string().min(1).max(LIMITS.switchIdLength)).max(LIMITS.switchCount);

/**
 * Rules the person marked "not risky" for one chat ("Not in this chat"): they stay on everywhere
 * else. Rule ids as stored switches are (an id this release does not know is ignored).
 */
export const chatRulesOffSchema = z.object({
  site: siteIdSchema,
  title: listText(LIMITS.chatTitleLength),
  rules: switchedOff.min(1),
});

export const rulesOffInChatsSchema = z
  .array(chatRulesOffSchema)
  .max(LIMITS.chatCount)
  .overwrite(uniqueBy((c) => `${c.site}\u0000${chatIdentity(c.title)}`));

/** Everything but the rule and site switches: the same in memory and in storage. */
const commonShape = {
  /** `all`: every chat is guarded (the default). `listed`: only `guardedChats`. */
  guardMode: z.enum(['all', 'listed']),
  /** Chats guarded closely: every finding counts there (the ex's chat). */
  guardedChats: chatListSchema,
  /** Chats the person asked the guard to leave alone entirely. */
  unguardedChats: chatListSchema,
  /** Rules switched off in one chat only, by "Not risky" → "Not in this chat". */
  rulesOffInChats: rulesOffInChatsSchema,
  /** Seconds before "Send anyway" is enabled in the pause dialog. */
  pauseSeconds: whole(LIMITS.pauseSeconds),
  /** Wall-clock epoch ms until which the guard is snoozed everywhere, or null. */
  snoozeUntil: z.number().int().nullable(),
};

/** Everything the person chooses, as the pages read it: a switch for every site and rule. */
export const settingsSchema = z.object({
  sites: z
    .object(
      Object.fromEntries(SITE_IDS.map((id) => [id, z.boolean()])) as Record<SiteId, z.ZodBoolean>,
    )
    .strict(),
  ...commonShape,
  engine: engineSettingsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type GuardedChat = z.infer<typeof guardedChatSchema>;
export type ChatRulesOff = z.infer<typeof chatRulesOffSchema>;

/**
 * Settings as stored (`local:settings`, version 4) and exported: only what differs from the
 * defaults for the switches. A site or rule not named in `sitesOff` / `engine.rulesOff` is on,
 * so a release that adds one needs no migration and shows no notice; an id this release does not
 * know (from a newer or older release) is ignored.
 */
export const storedSettingsSchema = z.object({
  sitesOff: switchedOff,
  ...commonShape,
  engine: z.object({ rulesOff: switchedOff, ...engineTuningShape }),
});

export type StoredSettings = z.infer<typeof storedSettingsSchema>;

/** The full switches from the stored overrides. `ruleIds` is a parameter for tests only. */
export function settingsFromStored(
  stored: StoredSettings,
  ruleIds: readonly string[] = RULE_IDS,
): Settings {
  const { sitesOff, engine, ...common } = stored;
  const { rulesOff, ...tuning } = engine;
  const sites = Object.fromEntries(SITE_IDS.map((id) => [id, !sitesOff.includes(id)]));
  const enabledRules = Object.fromEntries(ruleIds.map((id) => [id, !rulesOff.includes(id)]));
  return {
    ...common,
    sites: sites as Settings['sites'],
    engine: { ...tuning, enabledRules: enabledRules as Settings['engine']['enabledRules'] },
  };
}

/** What is stored for `settings`: the sites and rules switched off, everything else as it is. */
export function settingsToStored(settings: Settings): StoredSettings {
  const { sites, engine, ...common } = settings;
  const { enabledRules, ...tuning } = engine;
  const off = (switches: Record<string, boolean>) =>
    Object.entries(switches)
      .filter(([, on]) => !on)
      .map(([id]) => id);
  return { ...common, sitesOff: off(sites), engine: { ...tuning, rulesOff: off(enabledRules) } };
}

export const DEFAULT_SETTINGS: Settings = {
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Settings['sites'],
  guardMode: 'all',
  guardedChats: [],
  unguardedChats: [],
  rulesOffInChats: [],
  pauseSeconds: 5,
  snoozeUntil: null,
  engine: DEFAULT_ENGINE_SETTINGS,
};
