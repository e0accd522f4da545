/** Longest quote a reason shows; longer matches are cut at a word and end with "…". */
const MAX_QUOTE = 60;

/**
 * The phrase as a reason quotes it: emoji, extra punctuation and line breaks become single spaces
 * (a reason stays one calm sentence with no emoji and no exclamation marks), then it is trimmed
 * and kept short.
 */
export function quote(text: string): string {
  // Only the head can be shown, so a 100 kB match costs no more than a short one.
  const head = text.slice(0, MAX_QUOTE * 4);
  const clean = (isPlain(head) ? head : head.replace(/[^\p{L}\p{N}'’]+/gu, ' ')).trim();
  if (clean.length <= MAX_QUOTE) return clean;
  const cut = clean.slice(0, MAX_QUOTE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Whether the cleaning above would leave `text` as it is: plain letters, digits and apostrophes
 * with single spaces between them, as most matched phrases are. Saves a Unicode regex per reason.
 */
function isPlain(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39) {
      afterSpace = false;
    } else if (c === 32 && !afterSpace) {
      afterSpace = true;
    } else {
      return false;
    }
  }
  return true;
}
