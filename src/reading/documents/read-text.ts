/** A TEXT document, read by the reader of the form its shape shows (text-shape). */
import type { Block } from './blocks';
import { readMarkdownDocument } from './markdown-reader';
import { readRunTogetherDocument } from './run-together-reader';
import { readTextDocument } from './text-reader';
import { textShape } from './text-shape';

export function readText(text: string): Block[] {
  const shape = textShape(text);
  switch (shape) {
    case 'tabCells':
      return readTextDocument(text);
    case 'pipeTables':
      return readMarkdownDocument(text);
    case 'runTogether':
      return readRunTogetherDocument(text);
    default: {
      const unknown: never = shape;
      throw new Error(`unknown text shape ${String(unknown)}`);
    }
  }
}
