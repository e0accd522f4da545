/**
 * PLACEHOLDER until the storage branch lands: minimal settings export/import so the options page
 * runs. Replace wholesale with the storage branch's file.
 */
import { type Settings, settingsSchema } from './settings-schema';

export function exportSettingsJson(settings: Settings): string {
  return JSON.stringify(settings, null, 2);
}

export function parseSettingsImport(
  text: string,
): { ok: true; settings: Settings } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' };
  }
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
  return { ok: false, error: `${where}: ${issue?.message ?? 'not a settings file'}` };
}
