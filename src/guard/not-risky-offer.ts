import type { Finding, RuleId } from '../rules/types';
import type { SiteId } from '../sites/types';
import type { NotRiskyChoice, NotRiskyRequest } from '../storage/not-risky';
import { markablePhrase } from '../storage/not-risky';

/** What "Not risky" can offer for the findings on screen; null when it offers nothing. */
export interface NotRiskyOffer {
  /** The quoted phrases "never flag this phrase again" would add; empty: that choice is not offered. */
  phrases: string[];
  /** The chat "not in this chat" would apply to; null (title unknown): not offered. */
  chat: string | null;
  /** The rules each choice corrects. */
  phraseRules: RuleId[];
  chatRules: RuleId[];
}

/**
 * `self-harm` is never offered: its care message holds nothing back (the person can always send),
 * and a phrase silenced in a bad moment would hide help the next time it is needed. A finding's
 * phrases are offered only if every one of them can be stored, since a finding goes quiet only
 * when all its phrases are on the never-flag list.
 */
export function notRiskyOffer(
  findings: readonly Finding[],
  chat: string | null,
): NotRiskyOffer | null {
  const correctable = findings.filter((f) => f.rule !== 'self-harm');
  if (correctable.length === 0) return null;
  const phrases: string[] = [];
  const phraseRules: RuleId[] = [];
  for (const finding of correctable) {
    if (finding.spans.length === 0) continue;
    const marked = finding.spans.map((s) => markablePhrase(s.text));
    if (marked.some((p) => p === null)) continue;
    phraseRules.push(finding.rule);
    for (const phrase of marked as string[]) {
      if (!phrases.some((p) => p.toLowerCase() === phrase.toLowerCase())) phrases.push(phrase);
    }
  }
  const offer = { phrases, chat, phraseRules, chatRules: correctable.map((f) => f.rule) };
  return offer.phrases.length > 0 || offer.chat !== null ? offer : null;
}

/** The background request for the person's choice. */
export function notRiskyRequest(
  offer: NotRiskyOffer,
  choice: NotRiskyChoice,
  site: SiteId,
): NotRiskyRequest {
  return choice === 'phrase'
    ? { choice, site, title: offer.chat, rules: offer.phraseRules, phrases: offer.phrases }
    : { choice, site, title: offer.chat, rules: offer.chatRules, phrases: [] };
}
