import { browser } from '@wxt-dev/browser';

/**
 * The interface language: the browser's own (what picks the _locales folder too), so numbers,
 * dates and lists read the way the words around them do. "en" when the API is missing (a page
 * or test without the extension APIs) or answers nothing.
 */
export function uiLocale(): string {
  try {
    return browser?.i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
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
