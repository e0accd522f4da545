/**
 * Anchor words: for a compiled pattern (a regex source over folded text, see compile.ts), a few
 * short word beginnings of which any match must contain at least one. A sentence that holds none
 * of them as the start of one of its words cannot match, so the pattern need not run there
 * (see anchor-index.ts). Most sentences of a draft hold the anchors of one or two rules at most,
 * while every rule's large alternation used to be scanned over every sentence.
 *
 * How an anchor is found: the source is parsed into a small tree (literals, classes, groups with
 * quantifiers, zero-width assertions) and walked while tracking whether the next character the
 * pattern consumes must start a word. A run of mandatory literal letters or digits that starts a
 * word gives one anchor (cut to ANCHOR_MAX characters); a mandatory group gives the anchors of
 * all its alternatives together, if each has some. Of all the choices in a pattern, the least
 * common is kept (see `rarity`). A pattern with no such word (one that begins with `[a-z]+` and
 * has nothing fixed at a word start) has no anchors, and its rule always runs.
 *
 * "Word" means what `\b` means: a run of [A-Za-z0-9_]. Folded text is lowercase, so a word in a
 * draft and an anchor compare as they are. The walk is conservative: where it cannot be sure a
 * position starts a word, it does not take an anchor there. A property test checks on the corpus
 * and random text that a pattern never matches a sentence lacking its anchors.
 */

import { isWordChar, type Node, parse } from './regex-tree';

/** Anchors are cut to at most this many characters: a word's start, not the whole word. */
export const ANCHOR_MAX = 6;

/** A set of anchors and how often a sentence is expected to hold one of them (lower is better). */
interface Choice {
  anchors: string[];
  cost: number;
}

/**
 * Very common words of chat, folded as drafts are (doubled letters collapse): as anchors they
 * would let a pattern run on nearly every sentence.
 */
const COMMON = new Set(
  (
    'i you u ya me my mine we us our it its is im am are was were be been the a an and or but ' +
    'to of in on at for with from by so if not no do dont did does have has had will would can ' +
    'cant could should just that this what when how why who all one get got go going gona ' +
    'know like want wana need think now then there here your ur youre he she they him her them ' +
    'his hers still realy really even ever never about back time day really always more much'
  )
    .split(' ')
    .map((w) => w.replace(/([a-z])\1+/g, '$1')),
);

/**
 * Marks an anchor that is a whole word ("se " is the word "se", while "se" is any word starting
 * so): short words are far rarer whole than as beginnings ("be" against "best", "became").
 */
export const WHOLE_WORD = ' ';

/** The expected cost of running a pattern wherever a sentence holds `anchor` (lower is rarer). */
function rarity(anchor: string): number {
  const whole = anchor.endsWith(WHOLE_WORD);
  const word = whole ? anchor.slice(0, -1) : anchor;
  const byLength = whole
    ? ([2000, 300, 150, 60, 20][word.length] ?? 10)
    : ([2000, 2000, 600, 120, 30, 10][word.length] ?? 5);
  return COMMON.has(word) ? byLength + 500 : byLength;
}

function better(a: Choice | null, b: Choice | null): Choice | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.cost < a.cost ? b : a;
}

/** The anchors of every alternative together, or null when one alternative has none. */
function union(choices: (Choice | null)[]): Choice | null {
  const anchors = new Set<string>();
  let cost = 0;
  for (const c of choices) {
    if (c === null) return null;
    for (const a of c.anchors) anchors.add(a);
    cost += c.cost;
  }
  return { anchors: [...anchors], cost };
}

interface Walked {
  /** The least common choice of anchors found in the sequence, if any. */
  best: Choice | null;
  /** Every choice found at this level, one per place in the sequence: each is required. */
  choices: Choice[];
  /** Whether the next character consumed after the sequence must start a word. */
  wordStartAfter: boolean;
}

/**
 * Walks a sequence, `wordStart` telling whether its first consumed character starts a word;
 * `endsWord` whether what follows the sequence ends a word (at the whole pattern's end
 * compile.ts puts a `\b`; inside a group, what follows the group decides).
 */
function walk(nodes: readonly Node[], wordStart: boolean, endsWord: boolean): Walked {
  let best: Choice | null = null;
  const choices: Choice[] = [];
  const take = (choice: Choice | null) => {
    if (choice === null) return;
    choices.push(choice);
    best = better(best, choice);
  };
  let atStart = wordStart;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.kind === 'assert') {
      // After `\b`, a word character can only follow a non-word one: it starts a word.
      if (node.wordEdge) atStart = true;
      continue;
    }
    if (node.kind === 'char') {
      const word = isWordChar(node.ch);
      if (word && atStart && node.min >= 1) {
        take(literalRun(nodes, k, endsWord));
      }
      if (node.min === 0) atStart = atStart && !word;
      else atStart = !word;
      continue;
    }
    if (node.kind === 'set') {
      atStart = node.min === 0 ? atStart && node.nonWord : node.nonWord;
      continue;
    }
    // A repeated group may be followed by itself: only a single one hands on what follows it.
    const groupEndsWord = node.max === 1 && wordEndsAt(nodes, k + 1, endsWord);
    const inner = node.alts.map((alt) => walk(alt, atStart, groupEndsWord));
    if (node.min >= 1) take(union(inner.map((w) => w.best)));
    const allEndAtStart = inner.every((w) => w.wordStartAfter);
    atStart = node.min === 0 ? atStart && allEndAtStart : allEndAtStart;
  }
  return { best, choices, wordStartAfter: atStart };
}

/**
 * Whether a word must end at node `j` of a sequence: a space or "." consumed there, `\b`, a
 * lookahead that sees no word character, or the sequence's end when `endsWord` says so.
 */
function wordEndsAt(nodes: readonly Node[], j: number, endsWord: boolean): boolean {
  const next = nodes[j];
  if (next === undefined) return endsWord;
  if (next.kind === 'char') return next.min >= 1 && !isWordChar(next.ch);
  if (next.kind === 'set') return next.min >= 1 && next.nonWord;
  return next.kind === 'assert' && (next.wordEdge || next.wordEnds === true);
}

/**
 * The run of mandatory word characters from `k` (a word start), cut to ANCHOR_MAX; a whole word
 * when what follows must end the word (a space or "." consumed, `\b`, or the pattern's end).
 */
function literalRun(nodes: readonly Node[], k: number, endsWord: boolean): Choice {
  let run = '';
  let j = k;
  for (; j < nodes.length && run.length < ANCHOR_MAX; j++) {
    const node = nodes[j]!;
    if (node.kind !== 'char' || node.min < 1 || !isWordChar(node.ch)) break;
    run += node.ch.toLowerCase();
    if (node.max > 1) return { anchors: [run], cost: rarity(run) }; // What follows is not fixed.
  }
  const anchor = wordEndsAt(nodes, j, endsWord) ? run + WHOLE_WORD : run;
  return { anchors: [anchor], cost: rarity(anchor) };
}

/**
 * What a match of a pattern must hold: a word starting with one of `first`, and, when the
 * pattern has a second fixed place, also a word starting with one of `also`. A sentence lacking
 * either cannot match.
 */
export interface Anchors {
  readonly first: readonly string[];
  readonly also: readonly string[] | null;
}

/**
 * The anchors of a compiled pattern source (the body inside the `\b(?:…)\b` that compile.ts
 * wraps around it), or null when it has none to offer. Each list sorted, without duplicates.
 */
export function anchorsOf(source: string): Anchors | null {
  let alts: Node[][];
  try {
    alts = parse(source);
  } catch {
    return null; // Unreadable here: the pattern simply always runs.
  }
  // Compiled patterns start at `\b`: a word character there starts a word.
  const walked = alts.map((alt) => walk(alt, true, true));
  const sorted = (choice: Choice) => [...new Set(choice.anchors)].sort();
  if (walked.length === 1) {
    const choices = [...walked[0]!.choices].sort((a, b) => a.cost - b.cost);
    if (choices.length === 0) return null;
    return { first: sorted(choices[0]!), also: choices[1] ? sorted(choices[1]) : null };
  }
  const choice = union(walked.map((w) => w.best));
  return choice === null ? null : { first: sorted(choice), also: null };
}
