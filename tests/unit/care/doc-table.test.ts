// docs/crisis-lines.md repeats the table for readers; this keeps it from drifting from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocTable } from './doc-table';

/** The cells of a Markdown table, row by row, whatever padding the formatter gave them. */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((row) => row.startsWith('|') && !/^\|[\s|:-]+\|$/.test(row))
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('docs/crisis-lines.md', () => {
  it('carries the table exactly as the code has it', () => {
    const doc = readFileSync('docs/crisis-lines.md', 'utf8');
    const between = doc.match(/<!-- table:start -->\n([\s\S]*?)\n<!-- table:end -->/);
    expect(between, 'table markers').not.toBeNull();
    // On failure: docs/crisis-lines.md, 'Updating a number', says how to print the table.
    expect(cells(between?.[1] ?? '')).toEqual(cells(renderDocTable()));
  });

  it('compares cells, so a changed number is caught', () => {
    const changed = renderDocTable().replace('116 123', '116 132');
    expect(cells(changed)).not.toEqual(cells(renderDocTable()));
  });
});
