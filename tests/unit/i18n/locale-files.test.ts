import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_EXTRA_FIELDS, RULE_FIELDS, ruleMessageName } from '../../../src/i18n/rule-keys';
import { hasListedReason } from '../../../src/i18n/rule-text';
import { RULES } from '../../../src/rules/registry';
import { RULE_IDS } from '../../../src/rules/types';
import { SITES } from '../../../src/sites/table';
import { LOCALES, loadMessages, type Messages, TRANSLATED } from '../../i18n-messages';

const english = await loadMessages('en');
const byLocale: Record<string, Messages> = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)),
);

/** The named placeholders of a message, sorted: "{count} of {total}" → ["count", "total"]. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

const isRuleKey = (name: string) => name.startsWith('rule_');

describe('locale files', () => {
  it('has English, Spanish and Brazilian Portuguese', () => {
    expect(LOCALES.sort()).toEqual(['en', 'es', 'pt_BR']);
  });

  it('keeps the rules’ English in the rule modules only (no rule keys in en)', () => {
    expect(Object.keys(english).filter(isRuleKey)).toEqual([]);
  });

  for (const locale of TRANSLATED) {
    describe(locale, () => {
      const messages = byLocale[locale] as Messages;

      it('has every interface key of en and no key en lacks (besides the rules)', () => {
        const own = Object.keys(messages).filter((name) => !isRuleKey(name));
        expect(own.sort()).toEqual(Object.keys(english).sort());
      });

      it('keeps each message’s placeholders and plural forms', () => {
        for (const [name, { message }] of Object.entries(english)) {
          const translated = messages[name]?.message ?? '';
          expect(placeholders(translated), name).toEqual(placeholders(message));
          expect(translated.split(' | ').length, name).toBe(message.split(' | ').length);
          expect(translated.trim(), name).not.toBe('');
        }
      });

      it('translates every message (only the name and shared words stay as in English)', () => {
        const SAME = new Set([
          'extName',
          // Only punctuation around a placeholder: Portuguese quotes as English does.
          'chip_quoted',
          'notRisky_phrase',
          // A crisis line's area and its country's name are punctuation around placeholders.
          'care_line_area',
          'care_country',
          'options_nav_chats',
          'options_nav_sites',
          'options_sites_title',
          'options_chats_site',
          'options_nav_backup',
          'recovery_part_sites',
        ]);
        const same = Object.keys(english).filter(
          (name) => !SAME.has(name) && messages[name]?.message === english[name]?.message,
        );
        expect(same).toEqual([]);
      });

      it('has every word of every rule in the registry, looked up by rule id', () => {
        for (const rule of RULE_IDS) {
          const fields = [
            ...RULE_FIELDS,
            ...(RULES[rule].rule.label.closeShort !== undefined ? (['closeShort'] as const) : []),
            ...(hasListedReason(rule) ? (['reasonListed'] as const) : []),
            ...(RULE_EXTRA_FIELDS[rule] ?? []),
          ];
          for (const field of fields) {
            const name = ruleMessageName(rule, field);
            expect(messages[name]?.message.trim() ?? '', `${locale}: ${name}`).not.toBe('');
          }
        }
      });

      it('has no rule keys for a rule the registry lacks', () => {
        const ids = new Set(RULE_IDS.map((id) => id.replaceAll('-', '_')));
        for (const name of Object.keys(messages).filter(isRuleKey)) {
          const known = [...ids].some((id) => name.startsWith(`rule_${id}_`));
          expect(known, name).toBe(true);
        }
      });

      it('quotes the person’s words in every reason of a text rule', () => {
        for (const rule of RULE_IDS) {
          const entry = RULES[rule];
          if (entry.kind !== 'text' || !entry.rule.reason('x', 'anywhere').includes('x')) continue;
          const reason = messages[ruleMessageName(rule, 'reason')]?.message ?? '';
          expect(reason, rule).toContain('{quote}');
        }
      });
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: the welcome page's picture exists, light and dark, at the height it says`, () => {
      const messages = byLocale[locale] as Messages;
      const name = messages.welcome_chat_pictureName?.message;
      const height = Number(messages.welcome_chat_pictureHeight?.message);
      for (const scheme of ['light', 'dark']) {
        const png = readFileSync(join('public/welcome', `${name}-${scheme}.png`));
        // A PNG's IHDR: width and height at bytes 16 and 20; the files have twice the pixels.
        expect(png.readUInt32BE(16), `${name}-${scheme}`).toBe(720);
        expect(png.readUInt32BE(20) / 2, `${name}-${scheme}`).toBe(height);
      }
    });

    it(`${locale}: the manifest's description names every site in at most 132 characters`, () => {
      const description = byLocale[locale]?.extDescription?.message ?? '';
      expect(description.length).toBeLessThanOrEqual(132);
      for (const site of SITES) expect(description).toContain(site.label);
      expect(byLocale[locale]?.extName?.message).toBe('Second Thought');
    });
  }
});
