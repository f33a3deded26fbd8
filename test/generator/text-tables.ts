/**
 * Test helper: reads the tables back out of rendered text, relying only on the text form's
 * rules (a cell is a line starting with TAB, a blank line ends a row, two end a table).
 */
export type Table = string[][];

export function tablesOf(text: string): Table[] {
  return text
    .split('\n\n\n')
    .map((chunk) =>
      chunk
        .split('\n\n')
        .filter((rowText) => rowText.startsWith('\t'))
        .map((rowText) => rowText.split('\n').map((line) => line.slice(1))),
    )
    .filter((table) => table.length > 0);
}

/** The row of `table` whose label cells include `label`. */
export function rowLabelled(table: Table, label: string): string[] {
  const row = table.find((cells) => cells.includes(label));
  if (!row) throw new Error(`no row labelled ${label}`);
  return row;
}
