import { readAhead } from '../../src/storage/ingest/read-ahead';
import type { DocumentParser } from '../../src/storage/ingest/parse-document';
import type { ReadDocument, UploadRequest } from '../../src/storage/ingest/upload-input';
import type { PreviousYear } from '../../src/reading/template/previous-year';

const readAs = (organization: string): ReadDocument => ({
  format: 'TEXT',
  data: { organization, year: null, template: '2021', publishedOn: null, issues: [] },
});

/** A parser that records what it is asked and answers with the document's text as its organization. */
function recordingParser(): { parse: DocumentParser; calls: string[] } {
  const calls: string[] = [];
  const parse: DocumentParser = (bytes, format, previous) => {
    const text = bytes.toString();
    calls.push(`${text} ${format}${previous ? ' with previous' : ''}`);
    return text === 'bad' ? Promise.reject(new Error('unreadable')) : Promise.resolve(readAs(text));
  };
  return { parse, calls };
}

const request = (text: string, extra: Partial<UploadRequest> = {}): UploadRequest => ({
  townshipCode: '330281001',
  year: 2022,
  bytes: Buffer.from(text),
  format: 'TEXT',
  ...extra,
});

describe('reading a batch ahead', () => {
  it('reads each document once, before it is asked for, and answers from that reading', async () => {
    const { parse, calls } = recordingParser();
    const requests = [request('a'), request('b')];
    const ahead = readAhead(parse, requests);
    expect(calls).toEqual(['a TEXT', 'b TEXT']);
    const read = await ahead(requests[1].bytes, 'TEXT');
    expect(read.data.organization).toBe('b');
    expect(calls).toEqual(['a TEXT', 'b TEXT']);
  });

  it('reads again a document asked for with a year before, or in another form, or not read ahead', async () => {
    const { parse, calls } = recordingParser();
    const requests = [request('a'), request('b')];
    const ahead = readAhead(parse, requests);
    const previous: PreviousYear = {};
    await ahead(requests[0].bytes, 'TEXT', previous);
    await ahead(requests[1].bytes, 'AUTO');
    await ahead(Buffer.from('a'), 'TEXT');
    expect(calls).toEqual(['a TEXT', 'b TEXT', 'a TEXT with previous', 'b AUTO', 'a TEXT']);
  });

  it('leaves documents already read alone and fails a failed reading where it is asked for', async () => {
    const { parse, calls } = recordingParser();
    const requests = [request('x', { read: readAs('x') }), request('bad')];
    const ahead = readAhead(parse, requests);
    expect(calls).toEqual(['bad TEXT']);
    await expect(ahead(requests[1].bytes, 'TEXT')).rejects.toThrow('unreadable');
  });
});
