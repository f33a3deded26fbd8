/**
 * Reads a report published as a PDF with a text layer: the text and ruling of every page
 * (pdf.js), tables rebuilt from the ruling, page furniture dropped, tables joined over page
 * breaks, prose lines joined into paragraphs. A PDF without text (a scan) is refused with a
 * clear error rather than read as an empty report.
 */
import { HubError } from '../../core/errors';
import type { Block } from './blocks';
import { dropFurniture } from './pdf-furniture';
import type { PdfPageContent } from './pdf-geometry';
import { PDF_LIMITS, withPdfDocument, type Deadline, type PdfDocument, type PdfJs, type PdfLimits } from './pdf-load';
import { readPageContent } from './pdf-page-content';
import { layoutPage } from './pdf-page-layout';
import { toBlocks } from './pdf-reading-order';
import { TextBudget } from './pdf-text-items';

/** Fewer letters and digits than this, over the whole document, is no text layer. */
const MIN_TEXT_CHARACTERS = 10;

export async function readPdfDocument(bytes: Buffer, limits: PdfLimits = PDF_LIMITS): Promise<Block[]> {
  const pages = await withPdfDocument(bytes, limits, (document, pdfjs, deadline) => readPages(document, pdfjs, limits, deadline));
  const blocks = toBlocks(dropFurniture(pages.map(layoutPage)));
  if (textCharacters(blocks) < MIN_TEXT_CHARACTERS) {
    throw new HubError(
      'NO_TEXT_LAYER',
      `PDF 共 ${pages.length} 页，但没有可读取的文字（可能是扫描件或图片），请上传带文字层的 PDF，或 Word、文本格式的报告`,
      { pages: pages.length },
    );
  }
  return blocks;
}

/** Pages one after another: pdf.js works on one thread, and memory stays at one page's worth. */
async function readPages(document: PdfDocument, pdfjs: PdfJs, limits: PdfLimits, deadline: Deadline): Promise<PdfPageContent[]> {
  const budget = new TextBudget(limits);
  const pages: PdfPageContent[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    await deadline.pause();
    pages.push(await readPageContent(await document.getPage(number), pdfjs, limits, budget));
  }
  return pages;
}

function textCharacters(blocks: readonly Block[]): number {
  const texts = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.rows.flat()));
  return texts.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
}
