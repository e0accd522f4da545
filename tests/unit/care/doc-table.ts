// Renders the crisis table as the Markdown table docs/crisis-lines.md carries, so the document
// can be checked against the code (the code is the one place the numbers live).
import type { CrisisLine } from '../../../src/care/crisis-line';
import { CRISIS_LINES, HELPLINE_DIRECTORY } from '../../../src/care/crisis-lines';

/** Markdown would read a leading "*" of a short code ("*4141") as emphasis. */
function literal(text: string): string {
  return text.replaceAll('*', '\\*');
}

function numbers(line: CrisisLine): string {
  const phones = line.phones.map((phone) => {
    const option = phone.menuOption ? `, option ${phone.menuOption}` : '';
    const area = phone.area ? ` (${phone.area})` : '';
    return `${literal(phone.display)}${option}${area}`;
  });
  if (line.text) phones.push(`text ${line.text.display}`);
  return phones.join('; ');
}

function hours(line: CrisisLine): string {
  return line.hours === '24/7' ? '24/7' : `daily ${line.hours.daily.from}–${line.hours.daily.to}`;
}

function sources(list: CrisisLine['sources']): string {
  return list.map((source, index) => `[${index + 1}](${source.url})`).join(' ');
}

export function renderDocTable(): string {
  const rows = CRISIS_LINES.flatMap(({ country, lines }) =>
    lines.map((line) => {
      const name = literal(line.area ? `${line.name} (${line.area})` : line.name);
      const checked = [...new Set(line.sources.map((source) => source.checked))].join(', ');
      return `| ${country} | ${name} | ${numbers(line)} | ${hours(line)} | ${sources(line.sources)} | ${checked} |`;
    }),
  );
  const directory = HELPLINE_DIRECTORY;
  const directoryChecked = [...new Set(directory.sources.map((source) => source.checked))];
  rows.push(
    `| any other | ${directory.name} | ${directory.url} | – | ${sources(directory.sources)} | ${directoryChecked.join(', ')} |`,
  );
  return [
    '| Country | Line | Number | Hours | Sources | Checked |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
