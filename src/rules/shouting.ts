import type { ScanResult } from './text-rule';
import type { Sensitivity, Span } from './types';

/**
 * Finds SHOUTING: a run of several consecutive all-capital words. A single capitalised word
 * ("OK", "BABE") or an acronym ("NYC", "ASAP") is not shouting; acronyms neither count towards a
 * run nor break one ("OMG WHY WOULD YOU" is a run of three). One-letter words ("I", "A") join a
 * run without counting. Words with any lowercase letter end a run; digits, punctuation and emoji
 * between words do not.
 *
 * Run length needed: gentle 4 words, balanced 3, strict 2 (strict runs only count as a soft hint).
 * Case is read from the original draft, so this scans it directly: one pass, O(n).
 */
// Common English words (IT, US, AM, ID) are deliberately absent: "STOP IT" is shouting.
const ACRONYMS = new Set(
  (
    'OK OKAY LOL LMAO LMFAO ROFL OMG OMFG BTW FYI ASAP TBH IDK IMO IMHO NVM BRB TTYL ETA DM TV ' +
    'PC UK USA EU NYC NHS GP ICU PDF DVD MOT CV HR CEO DIY BBQ XMAS RSVP ATM SMS GPS FAQ AKA DOB XO XX XXX HMRC IRS DMV PS FWD WIFI TBC TBA WFH OOO IKEA'
  ).split(' '),
);

const MIN_RUN: Record<Sensitivity, number> = { gentle: 4, balanced: 3, strict: 2 };

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Longest run we track word text for; longer words are never acronyms. */
const MAX_ACRONYM = 5;

/** Whether draft[start, end), a word of `upper` capitals (and maybe apostrophes), is an acronym. */
function isAcronym(draft: string, start: number, end: number, upper: number): boolean {
  const word = draft.slice(start, end);
  return ACRONYMS.has(upper === end - start ? word : word.replace(/['’]/g, ''));
}

const CAPITAL = /[A-Z]/g;

function isLetterAt(draft: string, i: number): boolean {
  const c = draft.charCodeAt(i);
  return isUpper(c) || isLower(c);
}

/**
 * After a word with lowercase letters, which has just ended any run: where the next word that
 * could be shouting starts. Lowercase words and what lies between them only end runs again, so
 * one search for the next capital skips them all. A capital inside a lowercase word ("hELLO")
 * starts nothing: the search goes on after that word.
 */
function nextCapitalWord(draft: string, from: number): number {
  for (let at = from; ; ) {
    CAPITAL.lastIndex = at;
    if (!CAPITAL.test(draft)) return draft.length;
    const capital = CAPITAL.lastIndex - 1;
    const prev = capital - 1;
    const inWord =
      prev >= 0 &&
      (isLetterAt(draft, prev) ||
        (isApostrophe(draft.charCodeAt(prev)) && prev >= 1 && isLetterAt(draft, prev - 1)));
    if (!inWord) return capital;
    // The rest of that word, letters and inner apostrophes, as the word reader reads them.
    at = capital;
    while (
      at < draft.length &&
      (isLetterAt(draft, at) ||
        (isApostrophe(draft.charCodeAt(at)) && at + 1 < draft.length && isLetterAt(draft, at + 1)))
    ) {
      at++;
    }
  }
}

export function findShouting(
  draft: string,
  level: Sensitivity,
  breakAtSentenceEnd = false,
): ScanResult {
  const need = MIN_RUN[level] ?? MIN_RUN.balanced;
  const spans: Span[] = [];
  let softOnly = true;
  let runStart = -1;
  let runEnd = -1;
  let counted = 0;

  const closeRun = () => {
    if (counted >= need) {
      spans.push({ start: runStart, end: runEnd, text: draft.slice(runStart, runEnd) });
      if (counted >= MIN_RUN.balanced) softOnly = false;
    }
    runStart = -1;
    counted = 0;
  };

  const n = draft.length;
  let i = 0;
  while (i < n) {
    const code = draft.charCodeAt(i);
    if (!isUpper(code) && !isLower(code)) {
      // "WOW! AMAZING!" is two exclamations, not one shout.
      if (breakAtSentenceEnd && (code === 33 || code === 46 || code === 63)) closeRun();
      i++;
      continue;
    }
    // Read one word: letters and inner apostrophes ("DON'T").
    const start = i;
    let upper = 0;
    let lower = 0;
    while (i < n) {
      const c = draft.charCodeAt(i);
      if (isUpper(c)) upper++;
      else if (isLower(c)) lower++;
      else if (
        !(
          isApostrophe(c) &&
          i + 1 < n &&
          (isUpper(draft.charCodeAt(i + 1)) || isLower(draft.charCodeAt(i + 1)))
        )
      )
        break;
      i++;
    }
    if (lower > 0) {
      closeRun();
      i = nextCapitalWord(draft, i);
      continue;
    }
    const acronym = upper <= MAX_ACRONYM && isAcronym(draft, start, i, upper);
    if (runStart < 0) {
      if (acronym) continue;
      runStart = start;
    }
    runEnd = i;
    if (!acronym && upper >= 2) counted++;
  }
  closeRun();
  return { spans, softOnly };
}

/** Laughter and cheer: capitals beside these are excitement, not anger ("OMG WE WON LOL"). */
const CHEERFUL =
  /\b(?:lol+|lmao+|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|xd+|yay+|woo+h?o+|ja(?:ja)+j?|je(?:je)+|js(?:js)+j?|k{3,}|rs(?:rs)+|ks(?:ks)+|hue(?:hue)+)\b|:-?[pPD)]|[\u{1F600}-\u{1F606}\u{1F923}\u{1F602}\u{1F61B}-\u{1F61D}\u{1F389}]/iu;

/**
 * Words that make a shout hostile, or aim it at the person; Spanish and Portuguese too, written
 * without accents: a capital with an accent ("VOCÊ") is not an ASCII letter, so the word reads
 * as "VOC" and is matched by its start.
 */
const AIMED =
  /\b(?:YOU|U|YOUR|UR|YOURSELF|YOU'?RE|YOU'?VE|YOU'?LL|DON'?T|EVER|IGNOR\w*|STOP|LEAVE|HATE|NEVER|LIAR|LIED|CHEAT\w*|FUCK\w*|SHIT\w*|DAMN|STUPID|IDIOT|PATHETIC|SELFISH|ASSHOLE|BITCH|LOSER|HOW DARE|WHY|TE|TU|TI|VOS|VOC\w*|VC|CONTIGO|NUNCA|ODIO|ODEIO|MENT\w*|IDIOTA|ESTUPID\w*|EGOISTA|MALDIT\w*|DEJAME|DEIXA|CALLATE|CALA|POR QUE|PORQUE|PQ|XQ|LARGA|BASTA|CHEGA)\b/;

/**
 * Shouting as anger: a run of capital words aimed at the person or hostile in itself, in a draft
 * that is not laughing. Cheerful capitals ("HAHA NO WAY!!! WE WON") and short exclamations in
 * capitals ("CHINESE IS OVER FOREVER!!!" with a "haha") are excitement (issue: precision on real
 * everyday texts). Runs are cut at sentence ends, so a string of one-word exclamations is no run.
 */
export function findShoutingAtThem(draft: string, level: Sensitivity): ScanResult {
  const found = findShouting(draft, level, true);
  if (found.spans.length === 0 || CHEERFUL.test(draft.slice(0, 20_000))) {
    return { spans: [], softOnly: true };
  }
  const spans = found.spans.filter((s) => AIMED.test(s.text));
  return { spans, softOnly: spans.length === 0 || found.softOnly };
}
