/**
 * What the HTML reader needs to know about elements: which ones are not part of what a
 * reader sees (scripts, forms, hidden parts), which ones start a new line, and the DOM's
 * node kinds (domhandler, the tree cheerio builds with htmlparser2).
 */
import type { AnyNode, Element, Text } from 'domhandler';

export type { AnyNode, Element };

export function isElement(node: AnyNode): node is Element {
  // domhandler gives <script> and <style> types of their own, so they are never 'tag'.
  return node.type === 'tag';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

/** Elements whose content a reader of the page does not see as text. */
const UNSEEN = new Set([
  'head', 'title', 'meta', 'link', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed',
  'svg', 'math', 'canvas', 'map', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea',
  'nav', 'aside',
]);

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Word's pages carry long inline styles on every cell: look for the words before the pattern. */
function hides(style: string): boolean {
  return (style.includes('none') || style.includes('hidden')) && HIDING_STYLE.test(style);
}

/** Elements left out of everything: unseen kinds, and parts hidden by attribute or inline style. */
export function isSkipped(element: Element): boolean {
  if (UNSEEN.has(element.name)) return true;
  const { hidden, style } = element.attribs;
  return hidden !== undefined || (style !== undefined && hides(style));
}

/** Elements that start a new paragraph (or, inside a table cell, a new line). */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.name);
}

/** A link the reader can follow; `<a name>` anchors (Word puts them round headings) are text. */
export function isLink(element: Element): boolean {
  return element.name === 'a' && element.attribs.href !== undefined;
}

export function isCell(element: Element): boolean {
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
