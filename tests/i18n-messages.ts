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
