/** One line of a pipe table: whether it is one, and its cell texts. */

/** `|` not escaped as `\|`. */
const PIPE = /(?<!\\)\|/;
const PIPES = /(?<!\\)\|/g;
const DELIMITER_CELL = /^:?-+:?$/;

/**
 * A row starts with a pipe (`| 规章 | 0 |`), or has at least two of them when a copy tool left
 * the outer ones off (`规章 | 0 | 0 | 0`); a single pipe in prose makes no table.
 */
export function isPipeRow(line: string): boolean {
  if (!line.includes('|')) return false;
  const text = line.trim();
  return text.startsWith('|') || (text.match(PIPES)?.length ?? 0) >= 2;
}

/** The `|---|:---:|` line under a header row. */
export function isDelimiterRow(line: string): boolean {
  const cells = splitPipeRow(line);
  return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** The cells between the pipes; the outer pipes are optional. */
export function splitPipeRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(PIPE).map(cellText);
}

/** A cell's text: escaped pipes, `<br>` line breaks and bold/italic marks as the reader sees them. */
function cellText(raw: string): string {
  return raw
    .replace(/\\\|/g, '|')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/&nbsp;/g, ' ')
    .trim();
}
