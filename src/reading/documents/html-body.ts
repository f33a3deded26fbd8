/**
 * Where the report is on a page. Government sites wrap it in navigation, breadcrumbs, share
 * buttons, related links and footers, each site in its own containers (.TRS_Editor, #zoom,
 * .article-content …). Rather than know them, go down from the root into the child that
 * holds most of the page's own text (link text left out: chrome is mostly links) and of its
 * data tables, for as long as one child does. A bare fragment stays whole.
 */
import type { WalkedBlock, WalkedParagraph } from './html-blocks';
import { type HtmlElement, type HtmlParent, isElement } from './html-dom';
import type { Measures } from './html-measure';

/** The share of its parent's text a child must hold to be the report's box… */
const TEXT_SHARE = 0.75;
/** …or, when it holds the parent's data tables (the report's own), this share. */
const TEXT_SHARE_WITH_TABLES = 0.5;
const TABLE_SHARE = 0.9;

/** Elements that hold one piece of prose or one list, not a region of the page. */
const PROSE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'a', 'caption']);

interface Holding {
  text: number;
  cells: number;
}

const NOTHING: Holding = { text: 0, cells: 0 };

export function reportBody(root: HtmlParent, measures: Measures): HtmlParent {
  let body: HtmlParent = root;
  // The document has no measure of its own (text loose at its top is no box's): it holds what its elements hold.
  let whole = elementsOf(root).reduce((sum, child) => add(sum, holding(child, measures)), NOTHING);
  for (let next = holder(body, whole, measures); next; next = holder(body, whole, measures)) {
    body = next;
    whole = holding(next, measures);
  }
  return body;
}

/** The child of `node` (which holds `whole`) that holds the report, if one does. */
function holder(node: HtmlParent, whole: Holding, measures: Measures): HtmlElement | undefined {
  const largest = elementsOf(node).reduce<HtmlElement | undefined>(
    (best, child) => (best && holding(best, measures).text >= holding(child, measures).text ? best : child),
    undefined,
  );
  if (!largest || whole.text === 0 || PROSE.has(largest.name) || measures.get(largest)!.dataTable) return undefined;
  return holdsReport(holding(largest, measures), whole) ? largest : undefined;
}

function elementsOf(node: HtmlParent): HtmlElement[] {
  return node.children.filter(isElement);
}

/** A short report among a long footer and sidebars still holds the page's tables. */
function holdsReport(held: Holding, whole: Holding): boolean {
  const textShare = held.text / whole.text;
  if (whole.cells === 0) return textShare >= TEXT_SHARE;
  return held.cells >= TABLE_SHARE * whole.cells && textShare >= TEXT_SHARE_WITH_TABLES;
}

function holding(element: HtmlElement, measures: Measures): Holding {
  const measure = measures.get(element)!;
  return { text: measure.text - measure.link, cells: measure.cells };
}

function add(a: Holding, b: Holding): Holding {
  return { text: a.text + b.text, cells: a.cells + b.cells };
}

/** Header lines: at most this many, each at most this long (a title, a date, a source). */
const HEADER_LINES = 6;
const HEADER_LINE_LENGTH = 80;

/** Paragraphs most of whose text is links are navigation, share buttons and link lists. */
export function isNavigation(paragraph: WalkedParagraph): boolean {
  return paragraph.linkShare > 0.5;
}

/**
 * The page's header for the report: its title and the 发布日期/来源 lines usually stand just
 * above the body, outside it. Takes the short prose lines right before the body, nearest
 * first, up to the first long paragraph; tables there (metadata boxes) are passed over.
 */
export function headerLines(before: readonly WalkedBlock[]): WalkedParagraph[] {
  const lines: WalkedParagraph[] = [];
  for (let i = before.length - 1; i >= 0 && lines.length < HEADER_LINES; i--) {
    const block = before[i];
    if (block.kind === 'table' || isNavigation(block)) continue;
    if (block.text.length > HEADER_LINE_LENGTH) break;
    lines.unshift(block);
  }
  return lines;
}
