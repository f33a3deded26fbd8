/**
 * Text a report writes where the template wants a number: a spreadsheet formula left unevaluated
 * (`=1+2`, `@SUM(1)`) or a pointer elsewhere (`见附件`). Every reader keeps it as the cell's text,
 * so that the template reader can name the cell and the text (parse.textInCell) instead of
 * taking it for a label or losing the row.
 */

/** A whole cell that is such text. */
const TEXT_IN_CELL = /^[=@＝＠+]|^(?:详?见附件|详?见附表|附件|不详|待统计|未统计|暂无数据|无数据|暂无|略)$/;

export function isTextInCell(cell: string): boolean {
  return TEXT_IN_CELL.test(cell.trim());
}

/**
 * Such text where cells run together with their labels (crawler text): only what no label can
 * hold, so that a label's own words are never cut: a formula (a function call, or operands
 * joined by operators, up to the next label's numbering or words) and a pointer to an annex.
 */
const TEXT_IN_CELL_AT = /[=@＝＠](?:[A-Za-z]+\([^()\s]*\)|[0-9A-Za-z]+(?:[+\-*/][0-9A-Za-z]+)*)|详?见附[件表]/y;

/** The characters such text starts with: the tokenizer asks at every character of a table. */
const FIRST = '=@＝＠详见';

/** The length of such text starting at `at`, or 0. */
export function textInCellAt(text: string, at: number): number {
  if (!FIRST.includes(text[at])) return 0;
  TEXT_IN_CELL_AT.lastIndex = at;
  return TEXT_IN_CELL_AT.exec(text)?.[0].length ?? 0;
}
