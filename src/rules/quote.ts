/** Longest quote a reason shows; longer matches are cut at a word and end with "…". */
const MAX_QUOTE = 60;

/**
 * The phrase as a reason quotes it: emoji, extra punctuation and line breaks become single spaces
 * (a reason stays one calm sentence with no emoji and no exclamation marks), then it is trimmed
 * and kept short.
 */
export function quote(text: string): string {
  // Only the head can be shown, so a 100 kB match costs no more than a short one.
  const clean = text
    .slice(0, MAX_QUOTE * 4)
    .replace(/[^\p{L}\p{N}'’]+/gu, ' ')
    .trim();
  if (clean.length <= MAX_QUOTE) return clean;
  const cut = clean.slice(0, MAX_QUOTE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
