/**
 * Reads a report published as HTML: a whole page with the site's chrome around the report,
 * or a bare fragment, as government sites serve them, and the HTML that mammoth makes of a
 * .docx. Parsed once into the tree of what a reader sees (html-tree.ts); everything after
 * parsing is iterative, so no page can exhaust the stack.
 */
import type { Block } from './blocks';
import { walkPage, type WalkedBlock } from './html-blocks';
import { headerLines, isNavigation, reportBody } from './html-body';
import { measureElements } from './html-measure';
import { parseHtml } from './html-tree';

export function readHtmlDocument(html: string): Block[] {
  const { root, published } = parseHtml(html);
  const measures = measureElements(root);
  const page = walkPage(root, reportBody(root, measures), measures);
  const body = page.blocks.slice(page.bodyStart, page.bodyEnd);
  const blocks = [...headerLines(page.blocks.slice(0, page.bodyStart)), ...body].flatMap(toBlock);
  // The page's own publication date, which its footer may show far from the report, as the header line it stands for.
  return published === undefined ? blocks : [{ kind: 'paragraph', text: `发布时间：${published}` }, ...blocks];
}

function toBlock(block: WalkedBlock): Block[] {
  if (block.kind === 'table') return block.rows.length > 0 ? [block] : [];
  return isNavigation(block) ? [] : [{ kind: 'paragraph', text: block.text }];
}
