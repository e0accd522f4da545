import { browser } from '@wxt-dev/browser';
import { quote } from '../rules/quote';
import { RULES } from '../rules/registry';
import type { Finding, RuleId } from '../rules/types';
import { formatCount, uiLocale as uiLanguage } from './locale';
import { type RuleField, ruleMessageName } from './rule-keys';

/**
 * A rule's words in the interface language, looked up by rule id; null in English (en.yml has no
 * rule keys: the rule module's own words are shown). Read with getMessage directly rather than
 * i18n.t, which would warn in the console for every English lookup on the chat site.
 */
function translated(rule: RuleId, field: RuleField, named: Record<string, string> = {}) {
  let text = '';
  try {
    text = browser.i18n.getMessage(ruleMessageName(rule, field));
  } catch {
    // No extension APIs (context invalidated): English, from the module.
  }
  if (!text) return null;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => named[name] ?? whole);
}

/** For lists and switches (popup, options): "Pleading". */
export function ruleName(rule: RuleId): string {
  return translated(rule, 'name') ?? RULES[rule].rule.label.name;
}

/** One calm sentence: why the advice warns against it. */
export function ruleWhy(rule: RuleId): string {
  return translated(rule, 'why') ?? RULES[rule].rule.label.why;
}

/** A few words for the live warning, worded for how far the finding reaches. */
export function ruleShort(rule: RuleId, reach: Finding['reach'] = 'anywhere'): string {
  const { short, closeShort } = RULES[rule].rule.label;
  if (reach === 'listed' && closeShort !== undefined) {
    return translated(rule, 'closeShort') ?? closeShort;
  }
  return translated(rule, 'short') ?? short;
}

/** Whether a text rule words its reason differently for a finding only the listed chats see. */
export function hasListedReason(rule: RuleId): boolean {
  const entry = RULES[rule];
  return (
    entry.kind === 'text' && entry.rule.reason('x', 'listed') !== entry.rule.reason('x', 'anywhere')
  );
}

/** What to do instead. */
export function findingSuggestion(finding: Finding): string {
  return translated(finding.rule, 'suggestion') ?? finding.suggestion;
}

/**
 * The finding's reason in the interface language, quoting the person's own words. The timing
 * rules carry their figures only inside the English sentence the engine wrote, so they are read
 * back from it; tests/unit/i18n/rule-text.test.ts pins each pattern to the engine's wording.
 */
export function findingReason(finding: Finding): string {
  return localReason(finding) ?? finding.reason;
}

function localReason(finding: Finding): string | null {
  const english = finding.reason;
  switch (finding.rule) {
    case 'double-text': {
      const figure = /^(One|\d+) of your messages/.exec(english)?.[1];
      if (figure === undefined) return null;
      const waiting = figure === 'One' ? 1 : Number(figure);
      const one = new Intl.PluralRules(uiLanguage()).select(waiting) === 'one';
      return translated('double-text', one ? 'reasonOne' : 'reason', {
        count: formatCount(waiting),
      });
    }
    case 'frequency': {
      const match = /message (\d+) to this chat within an? (hour|day)/.exec(english);
      if (!match) return null;
      return translated('frequency', match[2] === 'day' ? 'reasonDay' : 'reason', {
        count: formatCount(Number(match[1])),
      });
    }
    case 'late-night': {
      const time = /^It is (\d{1,2}:\d{2})/.exec(english)?.[1];
      return time === undefined ? null : translated('late-night', 'reason', { time });
    }
    default: {
      const phrase = quote(finding.spans[0]?.text ?? '');
      const listed = finding.reach === 'listed' && hasListedReason(finding.rule);
      return translated(finding.rule, listed ? 'reasonListed' : 'reason', { quote: phrase });
    }
  }
}
