/**
 * How much of the page each element holds: its visible text, the part of it that is link
 * text (navigation, share buttons, related links), and the cells of data tables in it. The
 * report body is found from these; one pass, bottom-up, without recursion.
 */
import type { ParentNode } from 'domhandler';
import { type AnyNode, type Element, isCell, isElement, isLink, isSkipped, isText, visibleLength } from './html-dom';

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

export type Measures = Map<Element, Measure>;

/** Every visible element in document order, parents before children. */
function visibleElements(root: ParentNode): Element[] {
  const elements: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || isSkipped(node)) continue;
    elements.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return elements;
}

export function measureElements(root: ParentNode): Measures {
  const measures: Measures = new Map();
  const elements = visibleElements(root);
  // Children come after their parent in document order: walking backwards, every child is measured first.
  for (let i = elements.length - 1; i >= 0; i--) measures.set(elements[i], measureOne(elements[i], measures));
  return measures;
}

function measureOne(element: Element, measures: Measures): Measure {
  const m: Measure = { text: 0, link: 0, cells: 0, dataTable: false, hasTable: false, looseCells: 0, widestRow: 0 };
  let rowCells = 0;
  for (const child of element.children) {
    if (isText(child)) m.text += visibleLength(child.data);
    if (!isElement(child)) continue;
    const inner = measures.get(child);
    if (!inner) continue;
    if (isCell(child)) rowCells++;
    m.text += inner.text;
    m.link += inner.link;
    m.cells += inner.cells;
    m.looseCells += inner.looseCells;
    m.hasTable ||= inner.hasTable;
    m.widestRow = Math.max(m.widestRow, inner.widestRow);
  }
  if (isLink(element)) m.link = m.text;
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
