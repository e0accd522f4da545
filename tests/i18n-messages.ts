import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

/**
 * The locale files as the browser reads them: each YAML in locales/ through the same build step
 * that writes _locales/<locale>/messages.json, so tests see exactly what ships.
 */
export type Messages = Record<string, { message: string }>;

const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export const LOCALES = readdirSync(LOCALES_DIR)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.replace(/\.yml$/, ''));

export async function loadMessages(locale: string): Promise<Messages> {
  const parsed = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
  return generateChromeMessages(parsed) as Messages;
}

/** browser.i18n.getMessage over one locale with English beneath it, as the browser falls back. */
export function getMessageFrom(messages: Messages, english: Messages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name] ?? english[name];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$(\$|\d)/g, (_whole, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}

/** Every locale but English: the translations. */
export const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');

/** The BCP 47 tag the browser reports for a locale folder: "pt_BR" → "pt-BR". */
export function languageTag(locale: string): string {
  return locale.replace('_', '-');
}

/**
 * Makes `browser` answer as a browser running in `locale` (getMessage falls back to English, as
 * the real one falls back to default_locale). Pass the test file's fake browser.
 */
export async function useLocale(
  fake: { i18n: { getMessage: unknown; getUILanguage: unknown } },
  locale: string,
): Promise<void> {
  const english = await loadMessages('en');
  const messages = locale === 'en' ? english : await loadMessages(locale);
  fake.i18n.getMessage = getMessageFrom(messages, english);
  fake.i18n.getUILanguage = () => languageTag(locale);
}
