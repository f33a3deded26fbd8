/** Everything the reader takes from one page: its size, text pieces and ruling, in page coordinates. */
import type { PdfLimits, PdfJs, PdfPageProxy } from './pdf-load';
import type { Matrix, PdfPageContent } from './pdf-geometry';
import { readPageRules } from './pdf-ruling';
import { readPageTexts, type TextBudget } from './pdf-text-items';

export async function readPageContent(page: PdfPageProxy, pdfjs: PdfJs, limits: PdfLimits, budget: TextBudget): Promise<PdfPageContent> {
  // The viewport at scale 1 maps PDF user space to top-left page points, rotation included.
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as unknown as Matrix;
  const texts = await readPageTexts(page, toPage, budget);
  // A page without text needs no ruling: there is nothing to put in cells.
  const rules = texts.length === 0 ? [] : await readPageRules(page, pdfjs, toPage, limits.maxPathPoints);
  page.cleanup();
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, texts, rules };
}
