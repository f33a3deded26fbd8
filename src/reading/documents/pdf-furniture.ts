/**
 * Page furniture: page numbers (- 3 -, 第 3 页, 3/5) and running headers and footers that
 * repeat on many pages. Only lines in a page's top or bottom margin are candidates, so a
 * number or a repeated phrase in the body is never dropped.
 */
import type { PageElement, PageLayout } from './pdf-page-layout';

/** The share of the page height at the top and at the bottom where furniture stands. */
const MARGIN = 0.1;
/** A margin line repeated on at least this share of the pages (and on two or more) is a running header or footer. */
const REPEATED_ON = 0.5;

const PAGE_NUMBERS = [
  /^[-—–－_~·\s]*\d{1,4}[-—–－_~·\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

export function dropFurniture(pages: readonly PageLayout[]): PageLayout[] {
  const repeated = repeatedMarginTexts(pages);
  return pages.map((page) => ({
    ...page,
    elements: page.elements.filter((element) => !isFurniture(element, page, repeated)),
  }));
}

function isFurniture(element: PageElement, page: PageLayout, repeated: Set<string>): boolean {
  if (element.kind !== 'line' || !inMargin(element, page)) return false;
  const text = element.line.text.trim();
  return PAGE_NUMBERS.some((pattern) => pattern.test(text)) || repeated.has(furnitureKey(text));
}

function inMargin(element: Extract<PageElement, { kind: 'line' }>, page: PageLayout): boolean {
  const { top, bottom } = element.line.box;
  return bottom <= page.height * MARGIN || top >= page.height * (1 - MARGIN);
}

/** Running headers differ only in their numbers (第 3 页 of a chapter, a date). */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

function repeatedMarginTexts(pages: readonly PageLayout[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.elements.flatMap((element) => (element.kind === 'line' && inMargin(element, page) ? [furnitureKey(element.line.text)] : [])),
    );
    keys.forEach((key) => pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1));
  }
  const needed = Math.max(2, Math.ceil(pages.length * REPEATED_ON));
  return new Set([...pagesWith].filter(([, count]) => count >= needed).map(([key]) => key));
}
