/**
 * Reads a report written in Word (.docx), as township staff upload it: mammoth turns the
 * document into HTML, and the HTML reader does the rest. Merged cells survive: mammoth writes
 * Word's gridSpan as colspan and a vMerge run as one cell with rowspan.
 */
import mammoth from 'mammoth';
import type { Block } from './blocks';
import { checkDocxPackage, corrupt } from './docx-package';
import { readHtmlDocument } from './html-reader';

/** Images carry nothing the hub reads; converting them would only cost time and memory. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocxDocument(bytes: Buffer): Promise<Block[]> {
  await checkDocxPackage(bytes);
  return readHtmlDocument(await toHtml(bytes));
}

async function toHtml(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: NO_IMAGES })).value;
  } catch (error) {
    throw corrupt(error);
  }
}
