import { compileAlternation } from './compile';
import type { FoldedText } from './normalize';
import type { Finding, RuleId } from './types';

/**
 * Plain affection reaches every guarded chat when the same draft also carries the breakup
 * (guidance.md): "I miss you" is for grandma too; "I miss you, I know we said no contact but I
 * can't move on" is not. A draft carries the breakup when it names it, or when another rule
 * found something that only an ex is told (pleading to come back, lingering love, blame about
 * how it ended, a long letter about the two of you).
 *
 * Each phrase family here was checked against real affectionate and everyday messages: words
 * like "move on" or "let go" alone are too common, so they need the relationship beside them.
 */
const BREAKUP_PHRASES = [
  '(?:since|after|when|before|because|until|the day|now that|ever since) (?:we|u and i|you and i) (?:broke up|split(?: up)?|separated|ended (?:it|things|us)|stopped talking|went no contact)',
  '(?:we|u and i|you and i) (?:broke up|split up|are over|{are} over|are done|{are} done|are not together|{are} not together|arent together|went no contact)',
  'break(?:ing)? up with me',
  '(?:our|this) break ?up',
  'no contact',
  '(?:{you}|i|we) (?:have |ve |had )?(?:moved|move|moving) on (?:from (?:me|us|{you}|this|what we))',
  '(?:get|got|getting|be) over (?:{you}|us|what we had)',
  '(?:i|im|i am|i have to|ive|i need to) (?:let|letting) (?:{you}|us) go',
  '(?:lost|losing|lose) {you}',
  '(?:happy|happier|better|better off|free|fine|go on|going on|living|moving on|life) without me',
  'ex (?:boyfriend|girlfriend|husband|wife|partner)',
  '(?:its|it is|were|we are|this is) (?:really |truly )?over(?= ?$|\\.| between| now)',
  'end (?:everything|things|this|us|it all|our relationship)',
  '(?:since|after|when) {you} (?:left|walked out|broke up|ended)',
  '{you} (?:dont|do not|no longer|dont even) (?:want|love|need) me(?: anymore| any more)?',
  '{you} blocked me',
  'closure',
  '(?:why|since|when) did we (?:break up|split)',
  'deleted {your} number',
  '{you} (?:wont|will not|never|dont) (?:answer|reply|read this|text back|pick up)',
  '(?:one|1) last time',
  'rebound',
  '(?:that|everything that) was ours',
  'take me back',
  'another chance',
  'second chance',
  'not together (?:anymore|any more)',
  'were (?:together|dating)(?! (?:for|since|at|in|on)\\b)',
  'what we (?:had|could have been|couldve been)',
  'i know we said',
  '(?:thanks|thank {you}) for (?:the|these|those|our|all the|all those) (?:\\d+ |two |three |four |five |six |seven |eight |nine |ten |many )?(?:months|years)',
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|many) (?:months|years) together',
  '(?:our|this) divorce',
  '(?:we|us) (?:would|could|should) have (?:done|been|had|built|become) (?:[a-z]+ )?together',
  '(?:change|changing) {your} mind',
  '(?:in|with) a different (?:lifetime|life|timing)',
];

const BREAKUP_RE = compileAlternation(BREAKUP_PHRASES);

/** Rules whose finding, reaching anywhere, is itself said only to an ex. */
const SAID_TO_AN_EX: ReadonlySet<RuleId> = new Set<RuleId>([
  'begging',
  'past',
  'future',
  'new-partner',
  'longing',
  'rehash',
  'long-letter',
]);

/** Whether this draft, with these findings, carries the breakup. */
export function carriesBreakup(folded: FoldedText, findings: readonly Finding[]): boolean {
  if (findings.some((f) => f.reach === 'anywhere' && SAID_TO_AN_EX.has(f.rule))) return true;
  if (!BREAKUP_RE) return false;
  BREAKUP_RE.lastIndex = 0;
  return BREAKUP_RE.test(folded.text);
}
