/**
 * Tables as markup writes them (HTML's `<td rowspan colspan>`, Word's merged cells): each row
 * lists the cells that start in it, and a cell says how many rows and columns it covers. The
 * HTML and .docx readers lay such tables out as TableBlock rows; the generator writes its
 * reports in this form, so that writer and readers agree on what a merged cell becomes.
 */

export interface SpanCell {
  /** The cell's text; a line break stands for a `<br>` or a new paragraph inside the cell. */
  text: string;
  rowSpan: number;
  colSpan: number;
}

export type SpanTable = SpanCell[][];

export function spanCell(text: string, spans: Partial<Pick<SpanCell, 'rowSpan' | 'colSpan'>> = {}): SpanCell {
  return { text, rowSpan: spans.rowSpan ?? 1, colSpan: spans.colSpan ?? 1 };
}

/**
 * Wider than any report table (they have at most 16 columns). Columns beyond it are still
 * read, but a merged cell there is not carried into the rows below: this bounds the work a
 * hostile `colspan="100000"` can cause.
 */
const MAX_COLUMNS = 512;

/**
 * The rows of a TableBlock (see blocks.ts): a cell merged over several rows appears once, and
 * each later row it covers has an empty cell where it starts; a cell merged over several
 * columns is one cell, never repeated, so that a row's values after its label are each read
 * once. Rows without any cell are left out.
 */
export function layoutRows(table: SpanTable): string[][] {
  const coverage = new RowSpans(table.length);
  return table.map((cells, row) => coverage.layOut(cells, row)).filter((cells) => cells.length > 0);
}

/** Which columns cells from rows above still cover, as the rows are laid out top to bottom. */
class RowSpans {
  /** Per column, the last row that a cell merged from above covers (-1: none). */
  private readonly lastRow = new Int32Array(MAX_COLUMNS).fill(-1);
  /** Per covered column, the column where the covering cell starts. */
  private readonly origin = new Int32Array(MAX_COLUMNS);
  /** Columns ever covered: the scan for placeholders stops here. */
  private width = 0;

  constructor(private readonly rowCount: number) {}

  layOut(cells: readonly SpanCell[], row: number): string[] {
    const out: string[] = [];
    let column = 0;
    for (const cell of cells) {
      column = this.skipCovered(column, row, out);
      out.push(cell.text);
      const colSpan = Math.max(1, cell.colSpan);
      if (cell.rowSpan > 1) this.cover(column, colSpan, Math.min(row + cell.rowSpan - 1, this.rowCount - 1));
      column += colSpan;
    }
    // Cells merged from above at the row's end (总计 under 申请人情况) still hold their place.
    for (; column < this.width; column++) if (this.startsCover(column, row)) out.push('');
    return out;
  }

  /** Moves past the columns covered from above, with one empty cell per covering cell. */
  private skipCovered(from: number, row: number, out: string[]): number {
    let column = from;
    for (; column < this.width && this.lastRow[column] >= row; column++) if (this.origin[column] === column) out.push('');
    return column;
  }

  private startsCover(column: number, row: number): boolean {
    return this.lastRow[column] >= row && this.origin[column] === column;
  }

  private cover(start: number, colSpan: number, lastRow: number): void {
    const end = Math.min(start + colSpan, MAX_COLUMNS);
    for (let column = start; column < end; column++) {
      this.lastRow[column] = lastRow;
      this.origin[column] = start;
    }
    this.width = Math.max(this.width, end);
  }
}
