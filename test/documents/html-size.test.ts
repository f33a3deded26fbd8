import { HubError } from '../../src/core/errors';
import { readHtmlDocument } from '../../src/reading/documents/html-reader';
import { MAX_ELEMENTS } from '../../src/reading/documents/html-size';

/** A table of `cells` cells, ten to a row: cells + cells / 10 elements, and four more around them. */
const table = (cells: number) => `<html><body><table>${`<tr>${'<td>1</td>'.repeat(10)}</tr>`.repeat(cells / 10)}</table></body></html>`;

function refusal(html: string): HubError | null {
  try {
    readHtmlDocument(html);
    return null;
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
}

describe("the bound on an HTML page's elements (10⁶ table cells took 7–15 s and over a gigabyte)", () => {
  it('reads a page just under the bound', () => {
    expect(refusal(table(Math.floor((MAX_ELEMENTS - 10) / 11 / 10) * 10))).toBeNull();
  });

  it('refuses a page of 10⁶ table cells with DOCUMENT_TOO_COMPLEX, saying where it stopped', () => {
    const error = refusal(table(1_000_000));
    expect(error?.code).toBe('DOCUMENT_TOO_COMPLEX');
    expect(error?.message).toMatch(`元素超过 ${MAX_ELEMENTS} 个`);
    expect(error?.details).toMatchObject({ maxElements: MAX_ELEMENTS });
  });
});
