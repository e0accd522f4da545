/**
 * Turns a rule's readable pattern sources into regular expressions over folded text
 * (see `normalize.ts`). Pattern sources are written the way people spell the phrase, without
 * apostrophes ("dont", "im", "youre"), and are folded like drafts: doubled letters collapse
 * ("need" -> "ned"), so a pattern and a draft always agree.
 *
 * Macros keep chat spellings in one place: `{you}` is you/u/ya, `{your}` is your/ur/youre, and
 * so on (see MACROS). `{w}`, `{w2}`, `{w3}` allow up to 1, 2 or 3 filler words of at most 20
 * characters each, which keeps every pattern bounded: no nested unbounded quantifiers, so the
 * regex engine stays linear on any input.
 *
 * Every pattern is wrapped in word boundaries, so "hon" never matches inside "phone".
 */
import { type Anchors, anchorsOf } from './anchors';
import { crossesSentences } from './sentence-local';

const FILLER = '(?:[^ .]{1,20} )';

export const MACROS: Readonly<Record<string, string>> = {
  you: '(?:you|u|ya|yu)',
  your: '(?:your|ur|yr|youre)',
  youre: '(?:youre|you are|u are|u r|ur|your)',
  im: '(?:im|i am|i m)',
  ill: '(?:ill|i will|i shall)',
  id: '(?:id|i would)',
  please: '(?:please|pls|plz|plez|pleas|plis|plees)',
  dont: '(?:dont|do not|dnt)',
  cant: '(?:cant|cannot|can not|cnt)',
  wont: '(?:wont|will not)',
  want: '(?:want to|wanna|want)',
  going: '(?:going to|gonna|goin to|about to)',
  love: '(?:love|luv|lov)',
  fucking: '(?:fucking|fuckin|fking|fkin|fkn|fcking|effing)',
  are: '(?:are|r)',
  he: '(?:he|she|they)',
  him: '(?:him|her|them)',
  // Spanish and Portuguese chat spellings (accents are folded away, see normalize.ts).
  /** "por favor" and its chat forms, Spanish and Portuguese ("porfa", "xfa", "pfv", "plis"). */
  porfa:
    '(?:por favor|porfavor|porfa|porfas|porfi|porfis|porfiss|xfa|x favor|pf|pfv|pfvr|pfvor|plis|pliz|please|pls|plz)',
  /** "que": "q", "k". */
  que: '(?:que|q|k)',
  /** Spanish "you" after a preposition: "sin ti", "sin vos", "sin usted". */
  ti: '(?:ti|vos|usted|ud)',
  /** Portuguese "you": "você", "vc", "cê", "tu". */
  vc: '(?:voce|vc|vce|ce|tu)',
  /** Portuguese "you" after a preposition: "sem você", "sem vc", "sem ti". */
  semvc: '(?:voce|vc|vce|ti)',
  /** Portuguese "não": "nao", "n", "num". */
  nao: '(?:nao|n|num)',
  /** Portuguese "estou": "tô", "to", "tou", "eu to". */
  to: '(?:(?:eu )?(?:estou|to|tou))',
  /** Spanish "estoy": "toy". */
  estoy: '(?:(?:yo )?(?:estoy|toy))',
  /** Portuguese "para": "pra", "pro". */
  pra: '(?:para|pra|pro|pa)',
  /** "porque": "xq", "pq", "porq". */
  porque: '(?:porque|por que|porq|xq|pq|pk|x q)',
  /** "también": "tb", "tmb", "tbm"; Portuguese "também". */
  tb: '(?:tambien|tambem|tb|tbm|tmb|tmbn)',
  /** Portuguese "a gente" (we) and "nós". */
  agente: '(?:a gente|nos)',
  /** End of the message or of a sentence (a trailing emoji folds to one space). */
  end: '(?= ?$|\\.)',
  /** Start of the message or of a sentence. */
  start: '(?<=^|^ |\\.)',
  w: `${FILLER}?`,
  w2: `${FILLER}{0,2}`,
  w3: `${FILLER}{0,3}`,
};

const MACRO_RE = /\{([a-z0-9]+)\}/g;

function expandMacros(source: string): string {
  return source.replace(MACRO_RE, (whole, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`Unknown pattern macro ${whole} in "${source}"`);
    return body;
  });
}

/**
 * Collapses runs of the same literal letter in a regex source ("need" -> "ned") the way
 * `fold()` does to drafts. Escapes (`\b`, `\s`) are copied untouched and break a run.
 */
export function foldPatternSource(source: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      prev = '';
      continue;
    }
    const isLetter = ch >= 'a' && ch <= 'z';
    if (isLetter && ch === prev) continue;
    prev = isLetter ? ch : '';
    out += ch;
  }
  return out;
}

/** A pattern as the regex engine sees it: macros expanded, letters folded. */
function patternBody(source: string): string {
  // Drafts are folded to lowercase without apostrophes; a pattern with either could never match.
  if (/[A-Z'’]/.test(source)) {
    throw new Error(`Pattern must be lowercase without apostrophes: "${source}"`);
  }
  return foldPatternSource(expandMacros(source));
}

function alternation(bodies: readonly string[]): string {
  return `\\b(?:${bodies.map((b) => `(?:${b})`).join('|')})\\b`;
}

/** One regex matching any of `sources` (global, for scanning), or null if there are none. */
export function compileAlternation(sources: readonly string[]): RegExp | null {
  if (sources.length === 0) return null;
  return new RegExp(alternation(sources.map(patternBody)), 'g');
}

const SENTENCE_START = '{start}';

/**
 * One alternative of a pattern on its own, with its anchor words (see anchors.ts): what any
 * match holds. Null anchors: it may match anywhere.
 */
export interface Alternative {
  /** `\b(?:body)\b`, global: what the alternative matches inside its pattern's alternation. */
  readonly re: RegExp;
  readonly anchors: Anchors | null;
}

/**
 * One compiled alternation, and its alternatives one by one. A sentence is scanned only with
 * the alternatives whose anchors it holds (see draft-view.ts and scan-alternatives.ts), which
 * finds exactly what the whole alternation finds there.
 */
export interface GatedPattern {
  readonly re: RegExp;
  readonly alternatives: readonly Alternative[];
  /** Whether it runs sentence by sentence (it never sees past its own sentence). */
  readonly bySentence: boolean;
}

/** A tier's patterns, split by where a match can begin and how far it can see. */
export interface CompiledTier {
  /**
   * Patterns that may match at any word and only ever see their own sentence (global): run one
   * sentence at a time, and only in the sentences holding their anchors.
   */
  bySentence: GatedPattern | null;
  /** Patterns that may match at any word and may look across a "." (global): run on the whole draft. */
  anywhere: GatedPattern | null;
  /**
   * Patterns written as `{start}…`, compiled without that prefix and sticky: the caller runs
   * them only at sentence starts. A regex whose alternatives begin with a lookbehind is tried
   * at every position of the draft; a handful of such patterns made a rule several times
   * slower than all its other patterns together.
   */
  atSentenceStart: GatedPattern | null;
}

/**
 * `bySentence`: the pattern runs on one sentence at a time, so all of an alternative's anchors
 * must be in the sentence; a pattern that may cross sentences keeps only the first anchors
 * (its match may hold them in different sentences).
 */
function gated(bodies: readonly string[], flags: string, bySentence: boolean): GatedPattern | null {
  if (bodies.length === 0) return null;
  return {
    re: new RegExp(alternation(bodies), flags),
    bySentence,
    alternatives: bodies.map((body) => ({
      re: new RegExp(`\\b(?:${body})\\b`, 'g'),
      anchors: withinSentence(anchorsOf(body), bySentence),
    })),
  };
}

function withinSentence(anchors: Anchors | null, bySentence: boolean): Anchors | null {
  return anchors === null || bySentence ? anchors : { first: anchors.first, also: null };
}

export function compileTier(sources: readonly string[]): CompiledTier {
  const local: string[] = [];
  const crossing: string[] = [];
  const atStart: string[] = [];
  for (const source of sources) {
    if (source.startsWith(SENTENCE_START)) {
      atStart.push(patternBody(source.slice(SENTENCE_START.length)));
      continue;
    }
    const body = patternBody(source);
    (crossesSentences(body) ? crossing : local).push(body);
  }
  return {
    bySentence: gated(local, 'g', true),
    anywhere: gated(crossing, 'g', false),
    atSentenceStart: gated(atStart, 'y', false),
  };
}

/** Every pattern of a tier, for the anchor index. */
export function tierPatterns(tier: CompiledTier): GatedPattern[] {
  return [tier.bySentence, tier.anywhere, tier.atSentenceStart].filter(
    (p): p is GatedPattern => p !== null,
  );
}
