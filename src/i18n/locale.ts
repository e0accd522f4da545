import { browser } from '@wxt-dev/browser';

/**
 * The language numbers, dates and lists are written in: the one the interface's words are in (its
 * locale file's `languageTag`), in the browser's own regional variant when that is the same
 * language (en-GB writes "25 Nov"). A browser in a language without a locale file gets English
 * words, so it gets English numbers and lists too, never "A, B ou C" inside an English sentence.
 */
export function uiLocale(): string {
  try {
    const words = browser.i18n.getMessage('languageTag') || 'en';
    const own = browser.i18n.getUILanguage() || words;
    return own.split('-')[0] === words.split('-')[0] ? own : words;
  } catch {
    return 'en'; // No extension APIs (a test in Node, a context invalidated): English.
  }
}

/** "1,234" / "1.234" / "1.234": a count as the interface language writes it. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLocale()).format(count);
}

/** "A, B and C" / "A, B y C" / "A, B e C" (or "… or …"): a list as a sentence in the UI language. */
export function listInWords(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  // The product's English writes lists without the serial comma ("A, B or C"), as en-GB does.
  const locale = uiLocale().startsWith('en') ? 'en-GB' : uiLocale();
  return new Intl.ListFormat(locale, {
    style: 'long',
    type: type === 'and' ? 'conjunction' : 'disjunction',
  }).format(items);
}
