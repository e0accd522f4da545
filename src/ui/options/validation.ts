/**
 * Inline checks for what people type, with messages that say what to do. Every bound and every
 * rule for a list entry comes from the settings schema itself (src/storage/settings-schema.ts),
 * which also checks imports and what is stored, so the page, the import and the store can never
 * disagree (tests/unit/ui/validation-agrees.test.ts holds them to it).
 */

import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import { chatIdentity } from '../../storage/chat-identity';
import { arrayMaxLength } from '../../storage/recover';
import {
  chatListSchema,
  engineSettingsSchema,
  guardedChatSchema,
  neverFlagSchema,
  phraseKey,
  phraseSchema,
  settingsSchema,
  tidyListText,
} from '../../storage/settings-schema';
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
  const range = { min: formatCount(min), max: formatCount(max) };
  if (trimmed === '') return { ok: false, error: i18n.t('options.check.empty', range) };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: i18n.t('options.check.whole', range) };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, error: i18n.t('options.check.range', range) };
  }
  return { ok: true, value };
}

/** What a list accepts, read from its schemas: entry length, entry count, and "the same entry". */
export interface ListRules {
  what: 'phrase' | 'chat';
  maxLength: number;
  maxCount: number;
  /** Two entries with the same key are the same entry (the schema keeps only the first). */
  key: (text: string) => string;
}

function listRules(
  what: ListRules['what'],
  item: z.ZodString,
  list: z.ZodArray,
  key: (text: string) => string,
): ListRules {
  return {
    what,
    maxLength: item.maxLength ?? Number.MAX_SAFE_INTEGER,
    maxCount: arrayMaxLength(list) ?? Number.MAX_SAFE_INTEGER,
    key,
  };
}

export const PHRASE_LIST = listRules('phrase', phraseSchema, neverFlagSchema, phraseKey);
export const CHAT_LIST = listRules(
  'chat',
  guardedChatSchema.shape.title,
  chatListSchema,
  chatIdentity,
);

/**
 * Phrase or chat name for a list: not blank, not too long, not already there, room left.
 * `existing` are the entries it must differ from; `count` is how many the list holds in all
 * (a chat list holds both sites, while a name need only differ from the same site's names).
 */
export function checkListEntry(
  text: string,
  existing: readonly string[],
  { what, maxLength, maxCount, key }: ListRules,
  count = existing.length,
): Checked<string> {
  const value = tidyListText(text);
  if (value === '') {
    const error =
      what === 'phrase' ? i18n.t('options.check.noPhrase') : i18n.t('options.check.noChat');
    return { ok: false, error };
  }
  if (value.length > maxLength) {
    const lengths = { max: formatCount(maxLength), length: formatCount(value.length) };
    return { ok: false, error: i18n.t('options.check.tooLong', lengths) };
  }
  const wanted = key(value);
  if (existing.some((e) => key(e) === wanted)) {
    const error =
      what === 'phrase' ? i18n.t('options.check.phraseTwice') : i18n.t('options.check.chatTwice');
    return { ok: false, error };
  }
  if (count >= maxCount) {
    return { ok: false, error: i18n.t('options.check.full', { max: formatCount(maxCount) }) };
  }
  return { ok: true, value };
}
