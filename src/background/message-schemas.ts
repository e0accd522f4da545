import { RULE_IDS } from '../rules/types';
import { EVENT_ID_MAX_LENGTH, outcomeKindSchema } from '../storage/counters-schema';
import { HEALTH_DETAIL_MAX_LENGTH, healthReportSchema } from '../storage/health';
import { NOTE_ID_MAX_LENGTH, NOTE_MAX_CHARS, NOTES_KEPT } from '../storage/notes';
import { CHAT_KEY_MAX_LENGTH } from '../storage/send-times';
import { LIMITS, phraseSchema, ruleIdSchema, siteIdSchema } from '../storage/settings-schema';
import { z } from '../storage/zod';

/**
 * Messages are checked on arrival: a content script running an older build, or a bug, must not
 * be able to write a malformed value into storage.
 */
const chatKey = z.string().min(1).max(CHAT_KEY_MAX_LENGTH);
const rules = z.array(ruleIdSchema).max(RULE_IDS.length * 2);
// zod 4 numbers already refuse NaN and Infinity.
const epochMs = z.number();

export const outcomeEventSchema = z.object({
  id: z.string().min(1).max(EVENT_ID_MAX_LENGTH),
  draft: z.string().min(1).max(EVENT_ID_MAX_LENGTH).optional(),
  kind: outcomeKindSchema,
  site: siteIdSchema,
  rules,
  at: epochMs,
  chatKey: chatKey.nullable(),
});

export const recentSendsRequestSchema = z.object({ chatKey });

/** Text longer than the note limit is accepted here and cut when stored. */
export const noteInputSchema = z.object({
  site: siteIdSchema,
  text: z.string().refine((text) => text.trim() !== '', 'must not be empty'),
  rules,
  at: epochMs,
  /** Cut when stored, like the text: a long chat title must not cost the person their note. */
  chatTitle: z.string().optional(),
});

/** A long technical detail is cut rather than refused: losing the report would hide a break. */
export const incomingHealthSchema = healthReportSchema.extend({
  detail: z.string().transform((detail) => detail.slice(0, HEALTH_DETAIL_MAX_LENGTH)),
});

const notRiskyBase = {
  choice: z.enum(['phrase', 'chat']),
  site: siteIdSchema,
  title: z.string().max(LIMITS.chatTitleLength).nullable(),
  rules: z.array(ruleIdSchema).min(1).max(RULE_IDS.length),
};

/** Phrases too long to store are dropped when applied (see markablePhrase), not refused. */
export const notRiskyRequestSchema = z.object({
  ...notRiskyBase,
  phrases: z.array(z.string().max(NOTE_MAX_CHARS)).max(LIMITS.phraseCount),
});

export const notRiskyChangeSchema = z.object({
  ...notRiskyBase,
  phrasesAdded: z.array(phraseSchema).max(LIMITS.phraseCount),
  rulesAdded: z.array(z.string().min(1).max(LIMITS.switchIdLength)).max(LIMITS.switchCount),
});

export const forgetCorrectionsSchema = z.object({
  rule: z.string().min(1).max(LIMITS.switchIdLength),
});

export const noteIdSchema = z.object({ id: z.string().min(1) });

export const noteIdsSchema = z.object({
  ids: z.array(z.string().min(1).max(NOTE_ID_MAX_LENGTH)).max(NOTES_KEPT),
});

/** Parses `data` or throws an error naming the message and what is wrong with it. */
export function parseMessage<T>(schema: z.ZodType<T>, data: unknown, message: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'data'}: ${issue.message}`)
    .join('; ');
  throw new Error(`${message}: invalid data (${problems})`);
}
