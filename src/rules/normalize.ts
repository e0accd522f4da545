/**
 * Text folding shared by every text rule. Real chat writing is lowercase or SHOUTED, drops
 * apostrophes ("dont", "im"), stretches words ("pleeease") and scatters emoji and commas between
 * words. Rules match against one folded copy instead of trying to cover every spelling:
 *
 * - letters are lowercased and any run of the same letter becomes one ("pleeease" -> "please",
 *   and also "need" -> "ned"; patterns are folded the same way, see `compile.ts`);
 * - Latin letters with accents fold to their plain ASCII letter ("también" -> "tambien", "não" ->
 *   "nao", "ñ" -> "n", "ç" -> "c"): Spanish and Portuguese chat drops accents as often as it keeps
 *   them, and a regex `\b` only knows ASCII letters, so an accented letter left in the folded text
 *   would split a word in two. One character in, one out: the offsets still map back exactly;
 * - apostrophes (straight and curly) are dropped, so "don't" and "dont" are the same word;
 * - a run of anything else (spaces, commas, emoji, dashes) becomes one space, or one "." when the
 *   run contains a sentence end (. ! ? ; : … or a line break), so phrases do not match across
 *   sentences;
 * - digits are kept as they are (never merged: "100" stays "100").
 *
 * Every folded character remembers the range of the original draft it came from, so a match in the
 * folded copy maps back to an exact span of the original (the UI highlights those spans).
 * One pass, O(n) time and memory.
 */

export interface FoldedText {
  /** The folded copy that patterns run against. */
  readonly text: string;
  /** For folded index i: the original index where its source starts. */
  readonly starts: Int32Array;
  /** For folded index i: the original index just after its source ends. */
  readonly ends: Int32Array;
}

/**
 * Character classes. Plain numbers rather than a TypeScript enum: an enum compiles to an object
 * whose members are looked up on every character of every keystroke's draft.
 */
const Kind = { Letter: 0, Digit: 1, Space: 2, Stop: 3, Drop: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const LETTER = Kind.Letter;
const SPACE_KIND = Kind.Space;
const STOP = Kind.Stop;
const DROP = Kind.Drop;
/** No separator is waiting to be written. */
const NONE = -1;

/** Classes of the ASCII range, computed once. */
const ASCII_KIND = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  if (/[a-zA-Z]/.test(ch)) ASCII_KIND[code] = Kind.Letter;
  else if (/[0-9]/.test(ch)) ASCII_KIND[code] = Kind.Digit;
  else if (ch === "'" || ch === '`') ASCII_KIND[code] = Kind.Drop;
  else if ('.!?;:\n\r'.includes(ch)) ASCII_KIND[code] = Kind.Stop;
  else ASCII_KIND[code] = Kind.Space;
}

function kindOf(code: number, ch: string): Kind {
  if (code < 128) return ASCII_KIND[code] as Kind;
  // Curly and modifier apostrophes, acute accent used as an apostrophe.
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x00b4) return Kind.Drop;
  // Ellipsis, inverted marks, paragraph/line separators end a sentence.
  if (code === 0x2026 || code === 0x2028 || code === 0x2029) return Kind.Stop;
  // Latin-1 punctuation (NBSP, «», ¿, ¡), general punctuation, symbols, dingbats, emoji halves,
  // variation selectors and CJK punctuation separate words.
  if (code < 0xc0) return Kind.Space;
  if (code >= 0x2000 && code <= 0x2bff) return Kind.Space;
  if (code >= 0x3000 && code <= 0x303f) return Kind.Space;
  if (code >= 0xd800 && code <= 0xdfff) return Kind.Space;
  if (code >= 0xfe00 && code <= 0xfe0f) return Kind.Space;
  if (code === 0xfeff || code === 0x200d) return Kind.Space;
  // Anything else is a letter of some script; uncased scripts simply fold to themselves.
  return ch.toLowerCase() === ch.toUpperCase() && code < 0x0370 ? Kind.Space : Kind.Letter;
}

/** First code unit past the Latin letters with accents that fold to ASCII (Latin-1 to Latin Extended-B). */
const ACCENTED_END = 0x0250;

/**
 * For each code unit below ACCENTED_END: the plain lowercase ASCII letter it folds to ("É" -> "e",
 * "ñ" -> "n"), or 0 when it is not a letter with an accent ("ß", "æ" and "ø" have no plain letter
 * inside and keep their own). Computed once from Unicode's own decomposition.
 */
const ACCENT_FOLD = new Uint8Array(ACCENTED_END);
for (let code = 0xc0; code < ACCENTED_END; code++) {
  const base = String.fromCharCode(code).normalize('NFD');
  if (base.length < 2 || !/^[A-Za-z][\u0300-\u036f]+$/.test(base)) continue;
  ACCENT_FOLD[code] = base.toLowerCase().charCodeAt(0);
}

/** Lowercase code unit of a letter; letters that lowercase to two units (e.g. "İ") keep theirs. */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  if (code < ACCENTED_END && ACCENT_FOLD[code] !== 0) return ACCENT_FOLD[code]!;
  const low = String.fromCharCode(code).toLowerCase();
  return low.length === 1 ? low.charCodeAt(0) : code;
}

const DOT = 46;
const SPACE = 32;
/** Code units per String.fromCharCode call, well under any engine's argument limit. */
const CHUNK = 4096;

/**
 * Typed arrays use the platform's byte order; TextDecoder reads UTF-16LE. Every platform a
 * browser runs on is little-endian, but check rather than assume.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 =
  LITTLE_ENDIAN && typeof TextDecoder === 'function'
    ? new TextDecoder('utf-16le', { ignoreBOM: true })
    : null;

/** The folded code units as a string (folded text never holds lone surrogates). */
function codesToString(codes: Uint16Array): string {
  // TextDecoder makes the string in one step; fromCharCode.apply first copies into an argument list.
  if (UTF16) return UTF16.decode(codes);
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return text;
}

/**
 * Drafts up to this long can be folded into buffers kept between calls by whoever owns them (an
 * analyser, see analyzer.ts). A typed array of more than a few dozen bytes lives outside the
 * JavaScript heap, and making three per keystroke was most of fold's time.
 */
const SCRATCH_MAX = 8_192;

/** Reusable fold buffers. The owner must be done with one fold's result before the next. */
export class FoldScratch {
  private codes = new Uint16Array(0);
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);

  /** Buffers for `n` code units (grown in steps), or null for a draft too long to keep. */
  buffersFor(n: number): { codes: Uint16Array; starts: Int32Array; ends: Int32Array } | null {
    if (n > SCRATCH_MAX) return null;
    if (this.codes.length < n) {
      const size = Math.min(SCRATCH_MAX, Math.max(n, this.codes.length * 2, 512));
      this.codes = new Uint16Array(size);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
    return { codes: this.codes, starts: this.starts, ends: this.ends };
  }
}

/**
 * Buffers for one fold, in one allocation: typed arrays live outside the JavaScript heap and
 * each costs the collector a finaliser, so three views share one buffer.
 */
function freshBuffers(n: number): { codes: Uint16Array; starts: Int32Array; ends: Int32Array } {
  const buffer = new ArrayBuffer(n * 10);
  return {
    starts: new Int32Array(buffer, 0, n),
    ends: new Int32Array(buffer, n * 4, n),
    codes: new Uint16Array(buffer, n * 8, n),
  };
}

/**
 * Folds `draft` for matching. See the module comment for the exact rules. Works on code units
 * into typed arrays (a folded draft is never longer than the draft), which keeps it to one pass
 * with almost no garbage: it runs on every keystroke. With `scratch`, a short draft's offset
 * arrays are views of the scratch buffers, which the next fold into the same scratch overwrites.
 */
export function fold(draft: string, scratch?: FoldScratch): FoldedText {
  const n = draft.length;
  const { codes, starts, ends } = scratch?.buffersFor(n) ?? freshBuffers(n);
  let len = 0;
  let prevLetter = -1;
  let pendingSep: number = NONE;
  let sepStart = 0;
  let sepEnd = 0;

  for (let i = 0; i < n; i++) {
    const code = draft.charCodeAt(i);
    const kind: number = code < 128 ? ASCII_KIND[code]! : kindOf(code, draft[i]!);
    if (kind === DROP) continue;
    if (kind === SPACE_KIND || kind === STOP) {
      if (pendingSep === NONE) {
        pendingSep = kind;
        sepStart = i;
      } else if (kind === STOP) {
        pendingSep = STOP;
      }
      sepEnd = i + 1;
      prevLetter = -1;
      continue;
    }
    if (pendingSep !== NONE) {
      codes[len] = pendingSep === STOP ? DOT : SPACE;
      starts[len] = sepStart;
      ends[len] = sepEnd;
      len++;
      pendingSep = NONE;
    }
    let out = code;
    if (kind === LETTER) {
      out = lowerCode(code);
      if (out === prevLetter) {
        // Same letter again ("eee", "ll"): widen the previous folded letter instead.
        ends[len - 1] = i + 1;
        continue;
      }
      prevLetter = out;
    } else {
      prevLetter = -1;
    }
    codes[len] = out;
    starts[len] = i;
    ends[len] = i + 1;
    len++;
  }
  if (pendingSep !== NONE) {
    codes[len] = pendingSep === STOP ? DOT : SPACE;
    starts[len] = sepStart;
    ends[len] = sepEnd;
    len++;
  }
  return {
    text: codesToString(codes.subarray(0, len)),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
  };
}

/** Maps a match [start, end) in the folded text back to [start, end) in the original draft. */
export function toOriginal(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.starts[start]!, folded.ends[end - 1]!];
}

/**
 * Folds a person's own phrase (a watch or never-flag phrase) the same way as drafts, without
 * leading or trailing separators, so "don't" in a phrase also finds "dont" in a draft.
 */
export function foldPhrase(phrase: string): string {
  return fold(phrase)
    .text.replace(/^[ .]+/, '')
    .replace(/[ .]+$/, '');
}
