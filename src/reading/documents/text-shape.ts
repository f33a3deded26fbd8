/**
 * Which of the text forms a TEXT document is, told from its shape rather than from anything
 * the upload says: TAB-led cell lines (text copied from a web page or Word), pipe-table rows
 * (markdown exports and copy tools), or rows whose cells ran together on long lines (crawler
 * text). A document whose cells have separators shows them on its own lines, and the form
 * with more such lines wins; only a text without them is searched for rows run together
 * (the costlier look): text laid out in columns by `pdftotext -layout`, else one where a word that opens a template table stands. A text with no
 * table at all is prose, which the TAB reader reads as paragraphs.
 */
import { looksLaidOut } from './layout-text-reader';
import { isPipeRow } from './markdown-rows';
import { opensTable } from './run-together-regions';

export type TextShape = 'tabCells' | 'pipeTables' | 'layoutText' | 'runTogether';

/** Fewer separated rows than this are strays (a `|` in prose), not a table. */
const MIN_SEPARATED_ROWS = 3;

export function textShape(text: string): TextShape {
  const lines = text.split(/\r\n?|\n/);
  const tabCells = lines.filter((line) => line.startsWith('\t')).length;
  const pipeRows = lines.filter(isPipeRow).length;
  if (Math.max(tabCells, pipeRows) >= MIN_SEPARATED_ROWS) return pipeRows > tabCells ? 'pipeTables' : 'tabCells';
  if (looksLaidOut(lines)) return 'layoutText';
  return opensTable(text) ? 'runTogether' : 'tabCells';
}
