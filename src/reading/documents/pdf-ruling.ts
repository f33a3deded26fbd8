/**
 * A page's table ruling from its drawing operations: stroked horizontal and vertical line
 * segments (rectangle outlines included), and thin filled rectangles, which is how Word and
 * several other writers draw cell borders. Wider fills (cell shading) are not ruling.
 */
import type { PdfJs, PdfPageProxy } from './pdf-load';
import { apply, boxOfPoints, IDENTITY, multiply, type Matrix, type Rule } from './pdf-geometry';

/** A filled rectangle no thicker than this (points) is a drawn line. */
const THIN = 3;
/** Segments this far off horizontal or vertical (points) are not ruling. */
const SKEW = 0.5;
/** Shorter segments are ticks or glyph-like marks, not ruling. */
const MIN_LENGTH = 2;

/**
 * pdf.js' path encoding inside constructPath: each command code followed by its coordinates.
 * pdf.js does not export these codes (DrawOPS), so they are restated here.
 */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
/** How many coordinates follow each command. */
const ARGUMENTS: Record<number, number> = {
  [DRAW.moveTo]: 2,
  [DRAW.lineTo]: 2,
  [DRAW.curveTo]: 6,
  [DRAW.quadraticCurveTo]: 4,
  [DRAW.closePath]: 0,
};

type Point = [number, number];
type Segment = [Point, Point];

interface Walk {
  matrix: Matrix;
  stack: Matrix[];
  rules: Rule[];
  points: number;
}

/**
 * The page's rules in page coordinates (`toPage` maps PDF user space to them). A page with
 * more than `maxPoints` path points (a map, a chart) is read as if it had none.
 */
export async function readPageRules(page: PdfPageProxy, pdfjs: PdfJs, toPage: Matrix, maxPoints: number): Promise<Rule[]> {
  const list = await page.getOperatorList();
  const { OPS } = pdfjs;
  const walk: Walk = { matrix: IDENTITY, stack: [], rules: [], points: 0 };
  for (let i = 0; i < list.fnArray.length; i++) {
    const args = list.argsArray[i] as unknown[];
    switch (list.fnArray[i]) {
      case OPS.save:
        walk.stack.push(walk.matrix);
        break;
      case OPS.restore:
        walk.matrix = walk.stack.pop() ?? walk.matrix;
        break;
      case OPS.transform:
        walk.matrix = multiply(args as unknown as Matrix, walk.matrix);
        break;
      case OPS.paintFormXObjectBegin:
        walk.stack.push(walk.matrix);
        if (Array.isArray(args[0])) walk.matrix = multiply(args[0] as unknown as Matrix, walk.matrix);
        break;
      case OPS.paintFormXObjectEnd:
        walk.matrix = walk.stack.pop() ?? walk.matrix;
        break;
      case OPS.constructPath:
        addPath(walk, pdfjs, args, toPage);
        if (walk.points > maxPoints) return [];
        break;
      default:
        break;
    }
  }
  return walk.rules;
}

/** constructPath's arguments: the painting operator, the encoded path, its bounds. */
function addPath(walk: Walk, pdfjs: PdfJs, args: unknown[], toPage: Matrix): void {
  const [paint, paths] = args as [number, (ArrayLike<number> | null)[] | undefined];
  const data = paths?.[0];
  if (!data) return;
  const painting = paintingOf(paint, pdfjs.OPS);
  if (painting === 'none') return;
  const toDevice = multiply(walk.matrix, toPage);
  const subpaths = decodePath(data).map((subpath) => subpath.map(([x, y]) => apply(toDevice, x, y)));
  walk.points += subpaths.reduce((sum, subpath) => sum + subpath.length, 0);
  for (const subpath of subpaths) {
    walk.rules.push(...(painting === 'stroke' ? strokedRules(subpath) : filledRule(subpath)));
  }
}

type Painting = 'stroke' | 'fill' | 'none';

function paintingOf(paint: number, OPS: PdfJs['OPS']): Painting {
  switch (paint) {
    case OPS.stroke:
    case OPS.closeStroke:
    case OPS.fillStroke:
    case OPS.eoFillStroke:
    case OPS.closeFillStroke:
    case OPS.closeEOFillStroke:
      return 'stroke';
    case OPS.fill:
    case OPS.eoFill:
      return 'fill';
    default:
      // endPath: a clipping path, never seen.
      return 'none';
  }
}

/**
 * Subpaths as polylines: line segments kept, curves reduced to their end points (a curve
 * is never ruling, and its end still starts the next segment), closePath back to the start.
 */
function decodePath(data: ArrayLike<number>): Point[][] {
  const subpaths: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < data.length;) {
    const command = data[i];
    const count = ARGUMENTS[command];
    if (count === undefined) break;
    if (command === DRAW.closePath) {
      if (current.length > 1) current.push(current[0]);
    } else {
      const end: Point = [data[i + count - 1], data[i + count]];
      if (command === DRAW.lineTo) current.push(end);
      else {
        // moveTo, or a curve: a new polyline starts at its end.
        current = [end];
        subpaths.push(current);
      }
    }
    i += count + 1;
  }
  return subpaths;
}

function strokedRules(points: Point[]): Rule[] {
  const segments: Segment[] = points.slice(1).map((point, i) => [points[i], point]);
  return segments.flatMap(([[x1, y1], [x2, y2]]): Rule[] => {
    if (Math.abs(y1 - y2) <= SKEW && Math.abs(x1 - x2) >= MIN_LENGTH) {
      return [{ orientation: 'horizontal', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) }];
    }
    if (Math.abs(x1 - x2) <= SKEW && Math.abs(y1 - y2) >= MIN_LENGTH) {
      return [{ orientation: 'vertical', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) }];
    }
    return [];
  });
}

/** A thin filled shape is a line along its long side. */
function filledRule(points: Point[]): Rule[] {
  if (points.length < 3) return [];
  const box = boxOfPoints(points);
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  if (height <= THIN && width >= MIN_LENGTH && width > height) {
    return [{ orientation: 'horizontal', at: (box.top + box.bottom) / 2, from: box.left, to: box.right }];
  }
  if (width <= THIN && height >= MIN_LENGTH && height > width) {
    return [{ orientation: 'vertical', at: (box.left + box.right) / 2, from: box.top, to: box.bottom }];
  }
  return [];
}
