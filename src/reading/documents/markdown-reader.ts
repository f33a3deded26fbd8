/**
 * Reads a report exported as markdown or copied with a tool that writes pipe tables
 * (`| 规章 | 0 | 0 | 0 |`). Headings (#, ##, ###) and other lines are prose, one paragraph a
 * line as in the TAB form; consecutive pipe rows form one table; a blank line or prose ends it.
 *
 * A small line reader rather than marked's GFM lexer, because the lexer mangles exactly the
 * tables these documents carry: GFM cuts every row to the width of its header row (a generic
 * two-cell header `| 项目 | 数量 |` drops the six numbers after the first), and it does not
 * see rows that copy tools write without the `|---|` line as a table at all. Headers are kept
 * as ordinary rows: the template reads them for what they say, and trusts its own column
 * order over a header that contradicts it.
 */
import { Block } from './blocks';
import { splitPipeRow, isDelimiterRow, isPipeRow } from './markdown-rows';

const HEADING = /^#{1,6}\s+/;
/** `---`, `***`: a thematic break, layout only. */
const BREAK = /^\s*([-*_])(?:\s*\1){2,}\s*$/;

export function readMarkdownDocument(text: string): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let pipeLines = 0;
  const closeTable = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    rows = [];
    pipeLines = 0;
  };
  for (const line of toLines(text)) {
    if (isPipeRow(line)) {
      // GFM's delimiter line stands right under the header row; elsewhere `| - | - |` is data.
      if (!(pipeLines === 1 && isDelimiterRow(line))) rows.push(splitPipeRow(line));
      pipeLines++;
      continue;
    }
    closeTable();
    if (BREAK.test(line)) continue;
    const prose = line.replace(HEADING, '').trim();
    if (prose !== '') blocks.push({ kind: 'paragraph', text: prose });
  }
  closeTable();
  return blocks;
}

function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}
