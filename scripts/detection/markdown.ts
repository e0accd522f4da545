import { RULES } from '../../src/rules/registry';
import {
  type CaseResult,
  CORPUS_LANGS,
  figuresByKind,
  type RuleScore,
  resultsInLanguage,
  safeFalsePositives,
  scoreByRule,
} from '../../tests/corpus/corpus';
import { DEV_SET_AIMS, type DevSetFigures } from './dev-sets';
import type { HeldOutRound } from './held-out-history';
import { percent, summarise } from './summary';

/**
 * Renders docs/detection.md from the corpus results. The page is generated, so it only ever
 * shows figures the current engine produces; hand edits belong in this file.
 */

export interface ReportInput {
  results: readonly CaseResult[];
  scores: readonly RuleScore[];
  rounds: readonly HeldOutRound[];
  /** Figures on ../shared/eval-dev/, when that folder is there; none: no such section. */
  devSets?: readonly DevSetFigures[];
}

/** The heading of the one section that depends on files outside the repository. */
export const DEV_SECTION_HEADING = '## Development sets of real messages';

/** Display width as the formatter counts it: emoji and East Asian wide characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    const wide =
      /\p{Extended_Pictographic}/u.test(ch) ||
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60);
    w += wide ? 2 : 1;
  }
  return w;
}

/** A Markdown table with padded columns, the way the formatter (biome) lays them out. */
function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(3, ...cells.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell + ' '.repeat(widths[c]! - width(cell))).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');
}

function compositionSection(results: readonly CaseResult[]): string {
  const files = [...new Set(results.map((r) => r.case.file))];
  const rows = files.map((file) => {
    const s = summarise(results.filter((r) => r.case.file === file));
    return [`\`${file}\``, s.messages, s.risky, s.safe];
  });
  const all = summarise(results);
  rows.push(['**all**', all.messages, all.risky, all.safe]);
  return [
    '## Corpus',
    '',
    'Hand-written messages in `tests/corpus/*.jsonl`, one `rules` command input line each plus',
    '`expect`, the rules a careful reader would want flagged (empty for a safe message). Safe',
    'messages are everyday chat, logistics between exes and co-parents, and hard negatives that',
    'use a rule\'s words innocently ("please send me the address", "my baby sister", "this',
    'homework is killing me"). Timing rules (`late-night`, `frequency`, `double-text`) are in',
    '`context.jsonl` with `at`, `recentSends` and `unanswered`; a line without `at` is analysed',
    'on a Wednesday at 14:00, outside quiet hours.',
    '',
    table(['file', 'messages', 'risky', 'safe'], rows),
  ].join('\n');
}

/** One short section per rule, from the label its module carries (a meta-test checks each). */
function ruleGuideSection(scores: readonly RuleScore[]): string {
  const parts = scores.map((s) => {
    const { name, why } = RULES[s.rule].rule.label;
    return [
      `### \`${s.rule}\`: ${name}`,
      '',
      `${why} Its patterns, reason and label live in \`src/rules/rules/${s.rule}.ts\`, its`,
      `examples in \`${s.rule}.examples.ts\` beside it, its tests in \`tests/unit/rules/${s.rule}.test.ts\`.`,
    ].join('\n');
  });
  return ['## The rules', '', ...parts.flatMap((p) => [p, ''])].join('\n').trimEnd();
}

function rulesSection(scores: readonly RuleScore[]): string {
  const rows = scores.map((s) => [
    `\`${s.rule}\``,
    s.positives,
    s.truePositives,
    s.positives - s.truePositives,
    s.falsePositives,
    percent(s.truePositives, s.positives),
    percent(s.truePositives, s.truePositives + s.falsePositives),
  ]);
  return [
    '## Per rule',
    '',
    'Default settings (balanced sensitivity). A false alarm is a finding for a rule the message',
    'was not labelled with, on any message (a risky message can also get an extra rule).',
    '',
    table(['rule', 'labelled', 'caught', 'missed', 'false alarms', 'recall', 'precision'], rows),
  ].join('\n');
}

const LANGUAGE_NAMES: Record<(typeof CORPUS_LANGS)[number], string> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
};

/** Recall per rule and safe messages flagged, for each language's messages on their own. */
function languagesSection(results: readonly CaseResult[]): string {
  const langs = CORPUS_LANGS.map((lang) => {
    const own = resultsInLanguage(results, lang);
    return { lang, own, scores: scoreByRule(own) };
  });
  const rules = langs[0]!.scores.map((s) => s.rule);
  const cell = (s: RuleScore | undefined) =>
    s === undefined || s.positives === 0
      ? '–'
      : `${percent(s.truePositives, s.positives)} (${s.truePositives}/${s.positives})`;
  const rows: string[][] = rules
    .filter((rule) => langs.some((l) => l.scores.some((s) => s.rule === rule && s.positives > 0)))
    .map((rule) => [
      `\`${rule}\``,
      ...langs.map((l) => cell(l.scores.find((s) => s.rule === rule))),
    ]);
  rows.push([
    '**safe messages flagged**',
    ...langs.map((l) => {
      const { safe, flagged } = safeFalsePositives(l.own);
      return `${percent(flagged.length, safe)} (${flagged.length}/${safe})`;
    }),
  ]);
  return [
    '## Per language',
    '',
    'Recall of each rule on the messages of one language alone (`lang` in the corpus line; a',
    "line without it is English), and the share of that language's safe messages with any",
    'finding. Every language must meet the same targets on its own: recall at least 90% per',
    'rule, at most 2% of safe messages flagged. The timing rules do not read words, so they are',
    'only labelled in English.',
    '',
    table(['rule', ...langs.map((l) => `${LANGUAGE_NAMES[l.lang]} recall`)], rows),
  ].join('\n');
}

function safeSection(results: readonly CaseResult[]): string {
  const safe = results.filter((r) => r.case.expect.length === 0);
  const flagged = safe.filter((r) => r.fired.length > 0);
  const lines = [
    '## Safe messages flagged',
    '',
    `${flagged.length} of ${safe.length} safe messages got any finding ` +
      `(${percent(flagged.length, safe.length)}; target: at most 2%).`,
  ];
  if (flagged.length > 0) {
    lines.push(
      '',
      ...flagged.map(
        (r) => `- \`${r.case.id}\` (${r.fired.join(', ')}): ${escapeCell(r.case.text)}`,
      ),
    );
  }
  return lines.join('\n');
}

function kindsSection(results: readonly CaseResult[]): string {
  const figures = figuresByKind(results);
  const rows = figures.map((k) => {
    const pausing = k.kind === 'ex' ? k.messages - k.wrong.length : k.wrong.length;
    return [`\`${k.kind}\``, k.messages, `${pausing} (${percent(pausing, k.messages)})`];
  });
  const lines = [
    '## Who it is for: what pauses in a chat the person has not listed',
    '',
    'Messages labelled with `kind` say who they are for: `ex` (written to an ex), `affection` (to',
    'family, friends or a partner), `venting` (telling a friend about an ex, in the third person)',
    'and `everyday`. In a listed chat every finding counts (the table above); in any other chat',
    'only findings that reach anywhere pause (`decide()` in src/rules/decide.ts). Letters to an',
    'ex should still pause there; nothing else should, except a crisis told to a friend.',
    '',
    table(['kind', 'messages', 'would pause unlisted'], rows),
  ];
  for (const k of figures.filter((f) => f.wrong.length > 0)) {
    lines.push(
      '',
      k.kind === 'ex'
        ? '`ex` messages that would not pause unlisted:'
        : `\`${k.kind}\` messages that would:`,
      '',
      ...k.wrong.map(
        (r) =>
          `- \`${r.case.id}\` (${(k.kind === 'ex' ? r.fired : r.pauseUnlisted).join(', ') || 'nothing'}): ${escapeCell(r.case.text.length > 160 ? `${r.case.text.slice(0, 160)}…` : r.case.text)}`,
      ),
    );
  }
  return lines.join('\n');
}

function devSection(devSets: readonly DevSetFigures[]): string {
  const rows = devSets.map((d) => [
    `\`${d.file}\``,
    d.messages,
    `${d.flagged} (${percent(d.flagged, d.messages)})`,
    `${d.pauseUnlisted} (${percent(d.pauseUnlisted, d.messages)})`,
    DEV_SET_AIMS[d.file] ?? '',
  ]);
  return [
    DEV_SECTION_HEADING,
    '',
    'Real messages nobody here wrote, kept beside the repository in `../shared/eval-dev/` and',
    'never copied into it (only these figures are). "Flagged" is any finding, as in a listed',
    'chat; "pause unlisted" is what would open the dialog in a chat the person has not listed.',
    'Other halves of the same collections are kept back to measure generalisation, so the rules',
    'were widened by families of phrasing, not by these sentences.',
    '',
    table(['set', 'messages', 'flagged', 'pause unlisted', 'aim'], rows),
  ].join('\n');
}

function mistakesSection(results: readonly CaseResult[]): string {
  const rows = results
    .map((r) => ({
      r,
      missed: r.case.expect.filter((rule) => !r.fired.includes(rule)),
      extra: r.fired.filter((rule) => !r.case.expect.includes(rule)),
    }))
    .filter((m) => m.r.case.expect.length > 0 && (m.missed.length > 0 || m.extra.length > 0))
    .map((m) => [
      `\`${m.r.case.id}\``,
      m.missed.join(', ') || '–',
      m.extra.join(', ') || '–',
      escapeCell(m.r.case.text),
    ]);
  return [
    '## Risky messages not handled exactly',
    '',
    'Left as they are rather than patched with patterns that would only fit these sentences.',
    '',
    rows.length > 0 ? table(['id', 'missed', 'extra', 'text'], rows) : 'None.',
  ].join('\n');
}

function heldOutSection(results: readonly CaseResult[], rounds: readonly HeldOutRound[]): string {
  const firstLooks = rounds.map((r) => percent(r.labelsCaught, r.labels)).join(', ');
  const rows = rounds.map((round) => {
    const now = summarise(results.filter((r) => r.case.file === round.file));
    return [
      `\`${round.file}\``,
      `\`${round.commit}\``,
      `${round.labelsCaught}/${round.labels} (${percent(round.labelsCaught, round.labels)})`,
      `${round.safeFlagged}/${round.safe}`,
      `${now.labelsCaught}/${now.labels} (${percent(now.labelsCaught, now.labels)})`,
      `${now.safeFlagged}/${now.safe}`,
    ];
  });
  return [
    '## Held-out rounds: how well the patterns generalise',
    '',
    'The figures above are measured on messages the patterns were tuned against, so they',
    'flatter the engine. To see how it does on phrasings nobody tuned for, sets of new messages',
    'were written and committed before being run (`holdout*.jsonl`). The _first look_ is each',
    'set against the engine of the commit named, before any pattern was changed for it; the',
    'set was then added to the corpus and patterns were broadened where a miss showed a general',
    "gap (never by copying its sentences), so today's figures on it are no longer held out.",
    '',
    table(
      [
        'file',
        'engine',
        'first look: risky caught',
        'first look: safe flagged',
        'now: risky caught',
        'now: safe flagged',
      ],
      rows,
    ),
    '',
    ...rounds.map((r) => `- \`${r.file}\`: ${r.note}`),
    '',
    `Reading: on phrasings nobody had tuned for, the engine caught ${firstLooks} of risky`,
    'labels at first look (in round order), and flagged few or no safe messages. Expect',
    'real-world recall nearer the latest first-look figure than the corpus figure above;',
    'precision has held up better than recall. Re-derive a first look with',
    '`npx tsx scripts/detection/first-look.ts <engine commit> tests/corpus/<file>`.',
  ].join('\n');
}

export function renderReport({ results, scores, rounds, devSets }: ReportInput): string {
  return `${[
    '# Detection: precision and recall of the rule engine',
    '',
    'Generated by `npm run detection` (scripts/detection.ts) from the labelled corpus in',
    '`tests/corpus/` and, when it is there, `../shared/eval-dev/`; do not edit by hand. The same',
    "corpus runs as a test that fails if any rule's recall or precision drops below 90%, more",
    'than 2% of safe messages are flagged, or what pauses in an unlisted chat misses its aims:',
    '`npx vitest run tests/unit/rules/corpus.test.ts`. The figures are deterministic (no',
    'timing, no randomness), so they are the same on any machine.',
    '',
    compositionSection(results),
    '',
    rulesSection(scores),
    '',
    languagesSection(results),
    '',
    safeSection(results),
    '',
    kindsSection(results),
    '',
    ...(devSets && devSets.length > 0 ? [devSection(devSets), ''] : []),
    mistakesSection(results),
    '',
    heldOutSection(results, rounds),
    '',
    ruleGuideSection(scores),
  ].join('\n')}\n`;
}
