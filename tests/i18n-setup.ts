import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from './i18n-messages';

/**
 * Unit tests run in English, as the e2e browser does: browser.i18n answers from locales/en.yml.
 * A test that renders another language calls `useLocale(fakeBrowser, 'es')`.
 */
await useLocale(fakeBrowser, 'en');
