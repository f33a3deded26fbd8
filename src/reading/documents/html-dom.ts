/**
 * The page as a reader of it sees it: its visible elements and their text, each element
 * with only what the reader asks of it (its name, whether it is a link, its spans). Which
 * elements are unseen (scripts, forms, hidden parts) is decided here and applied once, when
 * html-tree.ts builds the tree; which ones start a new line is asked while reading it.
 */

/** The document, or an element: what holds nodes. */
export interface HtmlParent {
  children: HtmlNode[];
}

export interface HtmlElement extends HtmlParent {
  /** Lower case, as the parser gives it. */
  name: string;
  /** An `<a href>`: a link the reader can follow; `<a name>` anchors (Word puts them round headings) are text. */
  link: boolean;
  /** The attributes as written (the first of duplicates, as browsers take them). */
  rowSpan: string | undefined;
  colSpan: string | undefined;
}

/** Text is a plain string: the reader only ever concatenates it. */
export type HtmlNode = HtmlElement | string;

export function newElement(name: string): HtmlElement {
  return { name, children: [], link: false, rowSpan: undefined, colSpan: undefined };
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

export function isText(node: HtmlNode): node is string {
  return typeof node === 'string';
}

/** Elements whose content a reader of the page does not see as text. */
const UNSEEN = new Set([
  'head',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'map',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'aside',
]);

export function isUnseen(name: string): boolean {
  return UNSEEN.has(name);
}

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Word's pages carry long inline styles on every cell: look for the words before the pattern. */
export function hides(style: string): boolean {
  return (style.includes('none') || style.includes('hidden')) && HIDING_STYLE.test(style);
}

/** Elements that start a new paragraph (or, inside a table cell, a new line). */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

export function isBlock(element: HtmlElement): boolean {
  return BLOCKS.has(element.name);
}

export function isCell(element: HtmlElement): boolean {
  return element.name === 'td' || element.name === 'th';
}

/** HTML's whitespace (and &nbsp;) collapses to one space; other spaces, such as U+3000, are text. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

/** The number of characters that are not whitespace (a loop: this runs over every text node). */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}
