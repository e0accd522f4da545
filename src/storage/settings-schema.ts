import { DEFAULT_ENGINE_SETTINGS } from '../rules/defaults';
import { type EngineSettings, RULE_IDS, type RuleId } from '../rules/types';
import { z } from './zod';

/** Bounds keep imported or corrupt values from making the engine or the pages slow. */
export const LIMITS = {
  phraseLength: 200,
  phraseCount: 200,
  chatTitleLength: 200,
  guardedChats: 500,
  pauseSecondsMax: 60,
} as const;

const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 - 1);
const phrase = z.string().trim().min(1).max(LIMITS.phraseLength);

export const ruleIdSchema = z.enum(RULE_IDS);
export const siteIdSchema = z.enum(['whatsapp', 'messenger']);

export const engineSettingsSchema = z.object({
  enabledRules: z
    .object(
      Object.fromEntries(RULE_IDS.map((id) => [id, z.boolean()])) as Record<RuleId, z.ZodBoolean>,
    )
    .strict(),
  quietHours: z.object({
    start: minuteOfDay,
    end: minuteOfDay,
    days: z.array(z.number().int().min(0).max(6)).max(7),
  }),
  frequency: z.object({
    perHour: z.number().int().min(2).max(100),
    perDay: z.number().int().min(2).max(500),
  }),
  doubleText: z.object({ unanswered: z.number().int().min(1).max(50) }),
  sensitivity: z.enum(['gentle', 'balanced', 'strict']),
  watchPhrases: z.array(z.object({ phrase, rule: ruleIdSchema })).max(LIMITS.phraseCount),
  neverFlag: z.array(phrase).max(LIMITS.phraseCount),
}) satisfies z.ZodType<EngineSettings>;

export const guardedChatSchema = z.object({
  site: siteIdSchema,
  title: z.string().trim().min(1).max(LIMITS.chatTitleLength),
});

/** Everything the person chooses. Stored as one versioned item (`local:settings`). */
export const settingsSchema = z.object({
  sites: z.object({ whatsapp: z.boolean(), messenger: z.boolean() }),
  /** `all`: every chat is guarded. `listed`: only `guardedChats`. */
  guardMode: z.enum(['all', 'listed']),
  guardedChats: z.array(guardedChatSchema).max(LIMITS.guardedChats),
  /** Seconds before "Send anyway" is enabled in the pause dialog. */
  pauseSeconds: z.number().int().min(0).max(LIMITS.pauseSecondsMax),
  /** Wall-clock epoch ms until which the guard is snoozed everywhere, or null. */
  snoozeUntil: z.number().int().nullable(),
  engine: engineSettingsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type GuardedChat = z.infer<typeof guardedChatSchema>;

export const DEFAULT_SETTINGS: Settings = {
  sites: { whatsapp: true, messenger: true },
  guardMode: 'all',
  guardedChats: [],
  pauseSeconds: 5,
  snoozeUntil: null,
  engine: DEFAULT_ENGINE_SETTINGS,
};
