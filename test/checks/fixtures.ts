/**
 * ReportData from a fixture's expected.json (values read by hand from the real document),
 * without the fixture's own bookkeeping keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActiveDisclosure, ReportData } from '../../src/template/report-data';

const REPORTS_DIR = '/work/shared/fixtures/reports';

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
  return items as ActiveDisclosure;
}

/** `channels.source` describes where a count was read, it is not a count. */
function channels(expected: Expected['channels']): ReportData['channels'] {
  if (!expected) return undefined;
  const { source: _source, ...counts } = expected;
  return counts as ReportData['channels'];
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
