/**
 * A page's text as pdf.js extracts it, each piece with the box it covers on the page. The
 * box comes from the piece's text matrix and its font's ascent and descent, so it is right
 * for rotated pages and for vertical writing (a table's narrow 本年度办理结果 column).
 */
import { tooLarge, type PdfLimits, type PdfPageProxy } from './pdf-load';
import { apply, boxOfPoints, multiply, type Matrix, type PdfText } from './pdf-geometry';

type TextContent = Awaited<ReturnType<PdfPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];
type TextItem = Extract<ContentItem, { str: string }>;
type TextStyle = TextContent['styles'][string];

/** Counts text items over the whole document against the limit. */
export class TextBudget {
  private used = 0;

  constructor(private readonly limits: PdfLimits) {}

  spend(count: number): void {
    this.used += count;
    if (this.used > this.limits.maxTextItems) {
      throw tooLarge(`文字片段超过 ${this.limits.maxTextItems} 个`, { textItems: this.used });
    }
  }
}

export async function readPageTexts(page: PdfPageProxy, toPage: Matrix, budget: TextBudget): Promise<PdfText[]> {
  const content = await page.getTextContent();
  budget.spend(content.items.length);
  return content.items.filter(isText).flatMap((item) => {
    if (item.str.trim() === '') return [];
    return [placeText(item, content.styles[item.fontName], toPage)];
  });
}

function isText(item: ContentItem): item is TextItem {
  return 'str' in item;
}

/** Fonts state odd ascents (0, 2.5); outside this range the usual ones are nearer the truth. */
const ASCENT = { min: 0.5, max: 1.2, usual: 0.8 };
const DESCENT = { min: -0.5, max: 0, usual: -0.2 };

function clampOr(value: number | undefined, range: { min: number; max: number; usual: number }): number {
  return value === undefined || value < range.min || value > range.max ? range.usual : value;
}

function placeText(item: TextItem, style: TextStyle | undefined, toPage: Matrix): PdfText {
  const matrix = item.transform as unknown as Matrix;
  // The text matrix carries the font size: glyph space is one unit per font size.
  const size = Math.hypot(matrix[2], matrix[3]) || Math.hypot(matrix[0], matrix[1]) || 1;
  const corners = style?.vertical ? verticalCorners(item, size) : horizontalCorners(item, size, style);
  const toDevice = multiply(matrix, toPage);
  return {
    text: item.str,
    box: boxOfPoints(corners.map(([x, y]) => apply(toDevice, x, y))),
    size,
  };
}

/** Horizontal text: from the origin along the baseline, from the descent to the ascent. */
function horizontalCorners(item: TextItem, size: number, style: TextStyle | undefined): [number, number][] {
  const length = item.width / size;
  const ascent = clampOr(style?.ascent, ASCENT);
  const descent = clampOr(style?.descent, DESCENT);
  return [
    [0, descent],
    [length, ascent],
  ];
}

/** Vertical text hangs down from its origin, centred on it. */
function verticalCorners(item: TextItem, size: number): [number, number][] {
  const length = item.height / size;
  return [
    [-0.5, -length],
    [0.5, 0],
  ];
}
