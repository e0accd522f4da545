import { uiLocale } from '../../i18n/locale';

/**
 * The page's language and tab title follow the interface language (the HTML says "en" for the
 * build; screen readers and hyphenation read `lang`).
 */
export function localizePage(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title;
}
