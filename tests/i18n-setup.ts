import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadMessages } from './i18n-messages';

/**
 * Unit tests run in English, as the e2e browser does: browser.i18n answers from locales/en.yml.
 * A test that renders another language calls `useTestLocale` (tests/unit/i18n/use-locale.ts).
 */
const english = await loadMessages('en');
fakeBrowser.i18n.getMessage = getMessageFrom(
  english,
  english,
) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
