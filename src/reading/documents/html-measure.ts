/**
 * How much of the page each element holds: its visible text, the part of it that is link
 * text (navigation, share buttons, related links), and the cells of data tables in it. The
 * report body is found from these; one pass, bottom-up, without recursion.
 */
import { type HtmlElement, type HtmlParent, isCell, isElement, visibleLength } from './html-dom';

export interface Measure {
  /** Visible characters, whitespace left out. */
  text: number;
  /** Of those, the ones inside links. */
  link: number;
  /** Cells of the data tables inside. */
  cells: number;
  /** Whether this is a data table: a table with no table inside and a row of two cells or more. */
  dataTable: boolean;
  /** Whether a table is this element or inside it. */
  hasTable: boolean;
  /** Cells not yet counted for a table (those of the table being closed). */
  looseCells: number;
  /** The most cells any row inside has, up to the table boundary. */
  widestRow: number;
}

export type Measures = Map<HtmlElement, Measure>;

/** Every element in document order, parents before children (the tree holds only visible ones). */
function elementsInOrder(root: HtmlParent): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const stack: HtmlElement[] = [];
  pushElements(stack, root);
  while (stack.length > 0) {
    const element = stack.pop()!;
    elements.push(element);
    pushElements(stack, element);
  }
  return elements;
}

/** The element children of `parent`, pushed so that the first is popped first. */
function pushElements(stack: HtmlElement[], parent: HtmlParent): void {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i];
    if (isElement(child)) stack.push(child);
  }
}

export function measureElements(root: HtmlParent): Measures {
  const measures: Measures = new Map();
  const elements = elementsInOrder(root);
  // Children come after their parent in document order: walking backwards, every child is measured first.
  for (let i = elements.length - 1; i >= 0; i--) measures.set(elements[i], measureOne(elements[i], measures));
  return measures;
}

function measureOne(element: HtmlElement, measures: Measures): Measure {
  const m: Measure = { text: 0, link: 0, cells: 0, dataTable: false, hasTable: false, looseCells: 0, widestRow: 0 };
  let rowCells = 0;
  for (const child of element.children) {
    if (!isElement(child)) {
      m.text += visibleLength(child);
      continue;
    }
    const inner = measures.get(child)!;
    if (isCell(child)) rowCells++;
    m.text += inner.text;
    m.link += inner.link;
    m.cells += inner.cells;
    m.looseCells += inner.looseCells;
    m.hasTable ||= inner.hasTable;
    m.widestRow = Math.max(m.widestRow, inner.widestRow);
  }
  if (element.link) m.link = m.text;
  if (isCell(element)) m.looseCells++;
  if (element.name === 'tr') m.widestRow = Math.max(m.widestRow, rowCells);
  if (element.name === 'table') closeTable(m);
  return m;
}

/** A table's own cells count for it if it is a data table; a layout table's cells are just boxes. */
function closeTable(m: Measure): void {
  m.dataTable = !m.hasTable && m.widestRow >= 2;
  if (m.dataTable) m.cells += m.looseCells;
  m.looseCells = 0;
  m.widestRow = 0;
  m.hasTable = true;
}
