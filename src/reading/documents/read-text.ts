/** A TEXT document, read by the reader of the form its shape shows (text-shape). */
import type { ParsedDocument } from './blocks';
import { locateBlocks } from './extracted-text';
import { readLayoutText } from './layout-text-reader';
import { readMarkdownDocument } from './markdown-reader';
import { readRunTogetherDocument } from './run-together-reader';
import { readTextDocument } from './text-reader';
import { textShape } from './text-shape';

/** The document's text is its extracted text: every offset points into it. */
export function readText(text: string): ParsedDocument {
  const shape = textShape(text);
  switch (shape) {
    case 'tabCells':
      return locateBlocks(text, readTextDocument(text));
    case 'pipeTables':
      return locateBlocks(text, readMarkdownDocument(text));
    case 'layoutText':
      return readLayoutText(text);
    case 'runTogether':
      return readRunTogetherDocument(text);
    default: {
      const unknown: never = shape;
      throw new Error(`unknown text shape ${String(unknown)}`);
    }
  }
}
