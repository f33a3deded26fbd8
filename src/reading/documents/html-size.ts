/**
 * A bound on the elements of a page, kept while parsing. Everything after parsing (measuring,
 * walking, reading tables) costs time and memory per element, and a page can hold any number
 * of them: 10⁶ table cells took 7–15 s and over a gigabyte. A report page, even one Word
 * exported with a <span> around every run of text, holds a few tens of thousands; a page with
 * more is refused as soon as the parser reaches the element past the bound.
 */
import { HubError } from '../../core/errors';

export const MAX_ELEMENTS = 200_000;

export class ElementBudget {
  private elements = 0;

  /** An element opens at character `offset`. */
  opened(offset: number): void {
    if (++this.elements > MAX_ELEMENTS) throw tooManyElements(offset);
  }
}

function tooManyElements(offset: number): HubError {
  return new HubError(
    'DOCUMENT_TOO_COMPLEX',
    `HTML 文档的元素超过 ${MAX_ELEMENTS} 个（在第 ${offset} 个字符处），远多于任何年度报告网页，已停止读取`,
    { maxElements: MAX_ELEMENTS, offset },
  );
}
