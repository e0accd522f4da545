/**
 * Whether a compiled pattern (a regex source over folded text) can only ever see the sentence it
 * matches in. Folded text holds letters, digits, single spaces and single "." between sentences
 * (see normalize.ts), so a pattern is sentence-local when it never consumes a "." except as the
 * very last step of a lookahead, such as `{end}` = `(?= ?$|\.)`: scanned on one sentence with its
 * closing ".", such a pattern finds exactly what it finds there in the whole draft.
 *
 * The check is conservative: anything it does not recognise as safe (a wildcard ".", a negated
 * class that lets "." through, `\S`, `^`, a "." followed by more pattern) counts as crossing,
 * and that pattern is simply scanned over the whole draft. A property test compares the two
 * ways over the corpus and random text (tests/unit/rules/sentence-memo.test.ts).
 */

type Group = { lookahead: boolean; lookbehind: boolean };

/** True when `source` may match differently in one sentence than in the whole folded text. */
export function crossesSentences(source: string): boolean {
  const groups: Group[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if ('SWDB'.includes(next)) return true; // These let "." through, or look across it.
      if (next === '.' && !dotEndsLookahead(source, i + 1, groups)) return true;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(source, i);
      const body = source.slice(i + 1, end);
      const hasDot = /(^|[^\\])\\?\./.test(body);
      if (body.startsWith('^') ? !hasDot : hasDot && !dotEndsLookahead(source, end + 1, groups)) {
        return true;
      }
      i = end;
      continue;
    }
    if (ch === '.' || ch === '^') return true;
    if (ch === '(') {
      const head = source.slice(i, i + 4);
      const lookbehind = head.startsWith('(?<=') || head.startsWith('(?<!');
      const lookahead = head.startsWith('(?=') || head.startsWith('(?!');
      groups.push({ lookahead, lookbehind });
      continue;
    }
    if (ch === ')') groups.pop();
  }
  return false;
}

/**
 * A "." consumed at `after - 1` is harmless only inside a lookahead (not a lookbehind) when
 * nothing more can be consumed or tested after it before that lookahead closes: the sentence's
 * own "." is all it looks at.
 */
function dotEndsLookahead(source: string, after: number, groups: readonly Group[]): boolean {
  if (groups.some((g) => g.lookbehind)) return false;
  let depth = groups.length;
  const lookaheadDepth = groups.findLastIndex((g) => g.lookahead) + 1;
  if (lookaheadDepth === 0) return false;
  let i = skipQuantifier(source, after);
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '|') {
      i = groupClose(source, i);
      continue;
    }
    if (ch !== ')') return false;
    if (depth === lookaheadDepth) return true;
    depth--;
    i = skipQuantifier(source, i + 1);
  }
  return false;
}

/** Index of the `)` closing the group that position `from` is in (skipping nested groups). */
function groupClose(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return source.length;
}

/** Index of the `]` closing the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function skipQuantifier(source: string, at: number): number {
  let i = at;
  if (source[i] === '{') {
    const close = source.indexOf('}', i);
    if (close > 0) i = close + 1;
  } else if (source[i] === '?' || source[i] === '*' || source[i] === '+') {
    i++;
  }
  if (source[i] === '?') i++; // Lazy.
  return i;
}
