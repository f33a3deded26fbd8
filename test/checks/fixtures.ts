/**
 * ReportData from a fixture's expected.json (values read by hand from the real document),
 * without the fixture's own bookkeeping keys.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextDocument } from '../../src/reading/documents/text-reader';
import type { ActiveDisclosure, ReportData } from '../../src/reading/template/report-data';

const REPORTS_DIR = join(__dirname, '..', 'fixtures', 'reports');

type Expected = Record<string, unknown> & {
  activeDisclosure?: Record<string, Record<string, unknown>>;
  channels?: Record<string, unknown>;
};

/** `procurement.amount` is kept as written ("371923.02"); `amountYuan` is the number. */
function disclosure(expected: Expected['activeDisclosure']): ActiveDisclosure | undefined {
  if (!expected) return undefined;
  const items = structuredClone(expected);
  const procurement = items.procurement;
  if (procurement && 'amountYuan' in procurement) {
    procurement.amount = procurement.amountYuan;
    delete procurement.amountYuan;
  }
  return items;
}

/** `channels.source` describes where a count was read, it is not a count. */
function channels(expected: Expected['channels']): ReportData['channels'] {
  if (!expected) return undefined;
  const { source: _source, ...counts } = expected;
  return counts;
}

export function reportFromExpected(name: string): ReportData {
  const expected = JSON.parse(readFileSync(join(REPORTS_DIR, `${name}.expected.json`), 'utf8')) as Expected;
  return {
    organization: expected.organization as string,
    year: expected.year as number,
    template: expected.template as ReportData['template'],
    publishedOn: (expected.publishedOn as string | undefined) ?? null,
    activeDisclosure: disclosure(expected.activeDisclosure),
    applications: expected.applications as ReportData['applications'],
    review: expected.review as ReportData['review'],
    litigationDirect: expected.litigationDirect as ReportData['litigationDirect'],
    litigationAfterReview: expected.litigationAfterReview as ReportData['litigationAfterReview'],
    channels: channels(expected.channels),
    responses: expected.responses as ReportData['responses'],
    issues: [],
  };
}

/** A fixture document as text. */
export function fixtureText(file: string): string {
  return readFileSync(join(REPORTS_DIR, file), 'utf8');
}

/**
 * The prose paragraphs of a fixture document, for reading its narrative counts where the
 * reader of its form is not the point: text and markdown through the text reader (a pipe
 * table's rows hold no counting units), HTML by its <p> elements.
 */
export function fixtureProse(file: string): string[] {
  const content = fixtureText(file);
  if (file.endsWith('.html')) {
    const $ = load(content);
    return $('p')
      .map((_, element) => $(element).text())
      .get();
  }
  return readTextDocument(content).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}
