/**
 * Inline checks for what people type, with messages that say what to do. Number bounds come from
 * the settings schema itself, so the page and the store can never disagree.
 */

import { engineSettingsSchema, LIMITS, settingsSchema } from '../../storage/settings-schema';
import type { z } from '../../storage/zod';

export interface Bounds {
  min: number;
  max: number;
}

function boundsOf(schema: z.ZodNumber): Bounds {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const engine = engineSettingsSchema.shape;

export const BOUNDS = {
  perHour: boundsOf(engine.frequency.shape.perHour),
  perDay: boundsOf(engine.frequency.shape.perDay),
  unanswered: boundsOf(engine.doubleText.shape.unanswered),
  pauseSeconds: boundsOf(settingsSchema.shape.pauseSeconds),
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkWholeNumber(text: string, { min, max }: Bounds): Checked<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `Enter a number from ${min} to ${max}.` };
  if (!/^\d+$/.test(trimmed))
    return { ok: false, error: `Use a whole number from ${min} to ${max}.` };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, error: `Choose a number from ${min} to ${max}.` };
  }
  return { ok: true, value };
}

/** Phrase or chat name for a list: not blank, not too long, not already there, room left. */
export function checkListEntry(
  text: string,
  existing: readonly string[],
  { what, maxLength, maxCount }: { what: string; maxLength: number; maxCount: number },
): Checked<string> {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return { ok: false, error: `Type a ${what} first.` };
  if (value.length > maxLength) {
    return { ok: false, error: `Keep it to ${maxLength} characters (this is ${value.length}).` };
  }
  const key = value.toLocaleLowerCase();
  if (existing.some((e) => e.trim().toLocaleLowerCase() === key)) {
    return { ok: false, error: `That ${what} is already on the list.` };
  }
  if (existing.length >= maxCount) {
    return { ok: false, error: `The list is full (${maxCount}). Remove one to add another.` };
  }
  return { ok: true, value };
}

export const PHRASE_LIMITS = { maxLength: LIMITS.phraseLength, maxCount: LIMITS.phraseCount };
export const CHAT_LIMITS = { maxLength: LIMITS.chatTitleLength, maxCount: LIMITS.guardedChats };
