/**
 * A small reader for the rules' regex sources (see compile.ts), enough for anchors.ts to walk:
 * literal characters, classes and escapes, groups with their quantifiers, and zero-width
 * assertions (with what a lookahead lets follow). Anything it cannot read throws, and that
 * pattern simply gets no anchors.
 */

export type Node =
  | { kind: 'char'; ch: string; min: number; max: number }
  /** A class or escape that consumes one character; `nonWord` when it never consumes a word character. */
  | { kind: 'set'; nonWord: boolean; min: number; max: number }
  | { kind: 'group'; alts: Node[][]; min: number; max: number }
  /**
   * Zero-width: lookarounds, `^`, `$`. `wordEdge` for `\b`; `wordEnds` when what follows cannot
   * be a word character (`$`, or a lookahead such as `(?= ?$|\.)`); `end` for `$` itself.
   */
  | { kind: 'assert'; wordEdge: boolean; wordEnds?: boolean; end?: boolean };

export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Parses a regex source into alternatives of node sequences. Throws on what it cannot read. */
export function parse(source: string): Node[][] {
  let i = 0;

  function quantify(node: Node): Node {
    if (node.kind === 'assert') return node;
    const ch = source[i];
    let min = 1;
    let max = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 12));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
        i += m[0].length;
      }
    } else {
      return node;
    }
    if (source[i] === '?') i++; // Lazy: same bounds.
    return { ...node, min: node.min * min, max: node.max * max };
  }

  function atom(): Node {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let look = false;
      let ahead = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i, i + 3))) {
        look = true;
        ahead = source.startsWith('?=', i);
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const alts = alternatives();
      if (source[i] !== ')') throw new Error(`Unclosed group in ${source}`);
      i++;
      if (!look) return { kind: 'group', alts, min: 1, max: 1 };
      return { kind: 'assert', wordEdge: false, wordEnds: ahead && alts.every(startsNoWord) };
    }
    if (ch === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      i = j + 1;
      // A class of spaces and dots only never consumes a word character; anything else might.
      return { kind: 'set', nonWord: /^(?:\\\.|[ .])+$/.test(body), min: 1, max: 1 };
    }
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i += 2;
      if (next === 'b') return { kind: 'assert', wordEdge: true };
      if (next === 'B') return { kind: 'assert', wordEdge: false };
      if (next === 'u' && source[i] === '{') {
        i = source.indexOf('}', i) + 1;
        return { kind: 'set', nonWord: true, min: 1, max: 1 };
      }
      if (/[dwsDWS]/.test(next)) return { kind: 'set', nonWord: next === 's', min: 1, max: 1 };
      return { kind: 'char', ch: next, min: 1, max: 1 };
    }
    i++;
    if (ch === '^') return { kind: 'assert', wordEdge: false };
    if (ch === '$') return { kind: 'assert', wordEdge: false, wordEnds: true, end: true };
    if (ch === '.') return { kind: 'set', nonWord: false, min: 1, max: 1 };
    return { kind: 'char', ch, min: 1, max: 1 };
  }

  function sequence(): Node[] {
    const nodes: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')')
      nodes.push(quantify(atom()));
    return nodes;
  }

  function alternatives(): Node[][] {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  }

  const all = alternatives();
  if (i !== source.length) throw new Error(`Unbalanced ")" in ${source}`);
  return all;
}

/**
 * Whether a lookahead's alternative can only see a non-word character or the end of the text
 * first: a space or "." (optional ones let the next node decide), a class of those, or `$`.
 */
function startsNoWord(nodes: readonly Node[]): boolean {
  for (const node of nodes) {
    if (node.kind === 'assert') {
      if (node.end) return true;
      continue;
    }
    if (node.kind === 'char' && !isWordChar(node.ch)) {
      if (node.min >= 1) return true;
      continue; // " ?": absent, the next node decides.
    }
    if (node.kind === 'set' && node.nonWord) {
      if (node.min >= 1) return true;
      continue;
    }
    return false;
  }
  return false; // Nothing fixed: anything may follow.
}
