/**
 * What a regex's `\b` counts as a word character: [A-Za-z0-9_]. Code that reads words by hand
 * beside the rules' regexes (anchor-index.ts, words.ts) must split words exactly where they do.
 */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    code === 95
  );
}
