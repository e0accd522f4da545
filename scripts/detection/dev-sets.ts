import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputLineSchema, toContext } from '../../src/cli/rules-command';
import { decide } from '../../src/rules/decide';
import { analyze } from '../../src/rules/index';

/**
 * The development sets of real messages in ../shared/eval-dev/ (beside the repository, never
 * copied into it: see that folder's README). Only figures leave this module, never text. When
 * the folder is absent the report simply has no development section.
 */
export const DEV_DIR = new URL('../../../shared/eval-dev/', import.meta.url).pathname;

export interface DevSetFigures {
  file: string;
  messages: number;
  /** Messages with any finding, as in a listed chat (the `rules` command's default). */
  flagged: number;
  /** Messages that would open the pause dialog in a chat the person has not listed. */
  pauseUnlisted: number;
}

/** What each set is, and the aim for it, in the words of its README and the issues. */
export const DEV_SET_AIMS: Readonly<Record<string, string>> = {
  'real-ex-letters.dev.jsonl':
    'letters and texts to an ex: at least 80% flagged, 70% pause unlisted',
  'real-everyday.dev.jsonl': 'everyday SMS: at most 1% flagged',
  'real-affection.dev.jsonl': 'affection to family, friends, partners: at most 2% pause unlisted',
  'real-venting.dev.jsonl': 'telling a friend about an ex: at most 3% pause unlisted',
};

export function measureDevSets(dir = DEV_DIR): DevSetFigures[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const figures = { file, messages: 0, flagged: 0, pauseUnlisted: 0 };
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const input = inputLineSchema.parse(JSON.parse(line));
        const findings = analyze(input.text, toContext(input));
        figures.messages++;
        if (findings.length > 0) figures.flagged++;
        if (decide(findings, 'unlisted').pause.length > 0) figures.pauseUnlisted++;
      }
      return figures;
    });
}
