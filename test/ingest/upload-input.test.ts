import { HubError } from '../../src/core/errors';
import { decodeContent } from '../../src/storage/ingest/upload-input';

const ONE_MEGABYTE = 1024 * 1024;

function refusal(content: string): HubError {
  try {
    decodeContent(content, 'BASE64', ONE_MEGABYTE);
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
  throw new Error('the content was accepted');
}

describe('decodeContent (BASE64)', () => {
  // The check's regular expression once backtracked quadratically on whitespace followed by a
  // character outside the alphabet (80 KB: 12.6 s of a stalled server). A megabyte of it would
  // take the old pattern far beyond the test's time-out; a single pass refuses it at once.
  it('refuses a megabyte of spaces then "!" (the base64 check that backtracked on whitespace)', () => {
    const error = refusal(`${' '.repeat(ONE_MEGABYTE)}!`);
    expect(error.code).toBe('BAD_ENCODING');
    expect(error.message).toMatch(/BASE64/);
  });

  it('refuses a megabyte of digits and line breaks then "!"', () => {
    expect(refusal(`${'QUJD\n'.repeat(ONE_MEGABYTE / 5)}!`).code).toBe('BAD_ENCODING');
  });

  it('refuses padding before the end', () => {
    expect(refusal('QQ==QUJD').code).toBe('BAD_ENCODING');
  });

  it('decodes base64 broken into lines, with padding and trailing whitespace', () => {
    const text = '丈亭镇人民政府2019年政府信息公开工作年度报告';
    const wrapped = `${Buffer.from(text)
      .toString('base64')
      .replace(/(.{16})/g, '$1\r\n')}\n  `;
    expect(decodeContent(wrapped, 'BASE64', ONE_MEGABYTE).toString('utf8')).toBe(text);
  });
});
