import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The language the screenshot scripts run the browser in: SCREENSHOT_LANG=es or pt-BR (unset:
 * English). Pictures in another language get its suffix ("whatsapp-dialog-es.png"), and the
 * buttons the scripts press are found by the words that language gives them.
 */
export const SCREENSHOT_LANG = process.env.SCREENSHOT_LANG || undefined;

/** "-es" / "-pt" for a language, "" for English. */
export const LANG_SUFFIX = SCREENSHOT_LANG ? `-${SCREENSHOT_LANG.split('-')[0]}` : '';

/** "popup-light.png" → "popup-light-es.png" in Spanish; unchanged in English. */
export function inLanguage(file: string): string {
  return file.replace(/\.png$/, `${LANG_SUFFIX}.png`);
}

let messages: Record<string, { message: string }> | null = null;

/** A message of the built extension in the screenshots' language, by its i18n key. */
export function words(key: string): string {
  if (!messages) {
    const folder = SCREENSHOT_LANG?.replace('-', '_') ?? 'en';
    const path = resolve('.output/chrome-mv3/_locales', folder, 'messages.json');
    messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  }
  const message = messages[key.replaceAll('.', '_')]?.message;
  if (!message) throw new Error(`no message ${key}`);
  return message;
}
