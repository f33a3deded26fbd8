import type { CellSourceFieldsFragment as CellSourceView } from '../graphql/operations.js';

/** Where a cell was read, as one line of its tooltip: page, row and column as written, the text and its place. */
function describe(source: CellSourceView): string {
  const page = source.page === null ? '' : `第 ${source.page} 页，`;
  const read = `${page}「${source.rowLabel}」行「${source.column}」列，原文「${source.text}」（${source.form} 文本第 ${source.start}–${source.end} 字）`;
  return source.derivedBy ? `出处：${read}，按 ${source.derivedBy} 推算` : `出处：${read}`;
}

/**
 * The source of each cell of a report, by cell path. The tooltip is set as an attribute, never
 * parsed as HTML, so the document's own text shows as written, markup and all.
 */
export class CellSources {
  private readonly byCell = new Map<string, string>();

  constructor(sources: readonly CellSourceView[]) {
    for (const source of sources) this.byCell.set(source.cell, describe(source));
  }

  /** The tooltip line saying where the cell was read, or undefined when the reader did not say. */
  note(path: string): string | undefined {
    return this.byCell.get(path);
  }
}
