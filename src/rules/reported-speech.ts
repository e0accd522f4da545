import type { Span } from './types';

/**
 * Telling a friend what was said ("I told her 'you were my person'", "he said “I'll always care
 * about you” and unfollowed me") quotes words that were once said to someone; the draft itself
 * is told about them. A span counts as reported speech when it sits inside quotation marks and
 * the words before the opening mark, in the same sentence, name him or her or a verb of saying.
 *
 * Straight single quotes double as apostrophes, so one opens a quote only after a space or the
 * start of the sentence and before a letter. Reads at most WINDOW characters before the span.
 */
const WINDOW = 300;
/** A quotation mark that opens a quote: after a non-letter, before a letter. */
const OPENING_QUOTE = /(?:^|[^\p{L}])["'‘“«]\p{L}/u;
const REPORTING =
  /\b(?:he|she|him|her|his|they|them|my ex|said|says|told|tells|asked|asks|texted|wrote|replied|goes|went like)\b/i;
/**
 * The same in Spanish and Portuguese ("me dijo", "ella escribió", "ele falou"), read on the
 * original text, whose accented letters `\b` does not know: letters are bounded by `\p{L}`.
 */
const REPORTING_ES_PT =
  /(?<!\p{L})(?:él|ella|ellos|ele|ela|eles|mi ex|meu ex|minha ex|dijo|dice|decía|decia|escribió|escribio|contestó|contesto|respondió|respondio|mandó|mando|puso|preguntó|pregunto|disse|diz|dizia|falou|fala|escreveu|respondeu|mandou|perguntou)(?!\p{L})/iu;

/** Whether the draft quotes anything at all (a cheap test before reading span by span). */
export function hasQuote(draft: string): boolean {
  return OPENING_QUOTE.test(draft);
}

function isSentenceEnd(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '…';
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && ch.toLowerCase() !== ch.toUpperCase();
}

function opensQuote(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '“' || ch === '«') return true;
  if (ch !== '"' && ch !== "'" && ch !== '‘') return false;
  return !isLetter(text[i - 1]) && isLetter(text[i + 1]);
}

function closesQuote(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '”' || ch === '»') return true;
  if (ch !== '"' && ch !== "'" && ch !== '’') return false;
  return !isLetter(text[i + 1]);
}

export function isReportedSpeech(draft: string, span: Span): boolean {
  const from = Math.max(0, span.start - WINDOW);
  let open = -1;
  for (let i = span.start - 1; i >= from; i--) {
    // Letters, digits and spaces are most of what is read: none ends a sentence or is a mark.
    if (!isMarkCode(draft.charCodeAt(i))) continue;
    const ch = draft[i]!;
    if (isSentenceEnd(ch)) return false;
    if (closesQuote(draft, i) && !opensQuote(draft, i)) return false;
    if (opensQuote(draft, i)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  // The reporting clause: from the sentence start to the opening mark.
  let start = open;
  while (start > from && !isSentenceEnd(draft[start - 1]!)) start--;
  const clause = draft.slice(start, open);
  return REPORTING.test(clause) || REPORTING_ES_PT.test(clause);
}

/** Whether a code unit may end a sentence or open or close a quote (see above). */
function isMarkCode(code: number): boolean {
  if (code < 128) {
    // . ! ? line break " '
    return code === 46 || code === 33 || code === 63 || code === 10 || code === 34 || code === 39;
  }
  // … ‘ ’ “ ” « »
  return (
    code === 0x2026 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0xab ||
    code === 0xbb
  );
}
