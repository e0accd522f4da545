import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingReason, findingSuggestion, ruleName, ruleShort } from '../../../src/i18n/rule-text';
import { RULES } from '../../../src/rules/registry';
import { BUSY_DAY, BUSY_HOUR, findingOf } from '../../findings';
import { useLocale } from '../../i18n-messages';

afterEach(() => useLocale(fakeBrowser, 'en'));

describe('rule words in the interface language', () => {
  it('shows the rule module’s own English in English', () => {
    const finding = findingOf('begging', 'please come back to me');
    expect(findingReason(finding)).toBe(finding.reason);
    expect(findingSuggestion(finding)).toBe(finding.suggestion);
    expect(ruleName('begging')).toBe(RULES.begging.rule.label.name);
  });

  it('quotes the person’s own words inside the translated reason', async () => {
    const finding = findingOf('begging', 'oh please come back to me');
    const quoted = /^'(.+?)'/.exec(finding.reason)?.[1];
    expect(quoted).toBeTruthy();
    await useLocale(fakeBrowser, 'es');
    expect(findingReason(finding)).toMatch(new RegExp(`^«${quoted}» suena a súplica`));
    await useLocale(fakeBrowser, 'pt_BR');
    expect(findingReason(finding)).toMatch(new RegExp(`^“${quoted}” soa como súplica`));
  });

  it('words love in a listed chat as its own reason and name', async () => {
    await useLocale(fakeBrowser, 'es');
    const finding = { ...findingOf('longing', 'i still love you'), reach: 'listed' as const };
    expect(findingReason(finding)).toContain('un chat que pediste proteger');
    expect(ruleShort('longing', 'listed')).toBe('palabras de amor');
    expect(ruleShort('longing', 'anywhere')).toBe('amor que sigue ahí');
  });

  // The timing rules' figures are read back from the engine's English: these pin that wording.
  it('reads the unanswered count from the engine’s double-text reason', async () => {
    await useLocale(fakeBrowser, 'es');
    expect(findingReason(findingOf('double-text', 'hey', { unanswered: 3 }))).toMatch(
      /^3 de tus mensajes aquí siguen esperando/,
    );
    await useLocale(fakeBrowser, 'pt_BR');
    const one = { unanswered: 1, settings: { doubleText: { unanswered: 1 } } };
    expect(findingReason(findingOf('double-text', 'hey', one))).toMatch(/^Uma das suas mensagens/);
  });

  it('reads the count and the window from the engine’s frequency reason', async () => {
    await useLocale(fakeBrowser, 'es');
    expect(findingReason(findingOf('frequency', 'hey', { recentSends: BUSY_HOUR }))).toMatch(
      /mensaje número 9 a este chat en una hora/,
    );
    expect(findingReason(findingOf('frequency', 'hey', { recentSends: BUSY_DAY }))).toMatch(
      /mensaje número 26 a este chat en un día/,
    );
  });

  it('reads the clock from the engine’s late-night reason', async () => {
    await useLocale(fakeBrowser, 'pt_BR');
    expect(findingReason(findingOf('late-night', 'hey'))).toMatch(/^São 23:40, dentro do seu/);
  });
});
