import { generateReport } from '../../src/generator/generate-report';
import {
  APPLICANT_COLUMNS,
  CASE_GROUPS,
  DENIED_KEYS,
  DISCLOSURE_COLUMNS,
  NOT_PROCESSED_KEYS,
  TEMPLATE_VERSIONS,
  UNAVAILABLE_KEYS,
  applicationRow,
  type ApplicantRow,
  type ReportData,
  type TemplateVersion,
} from '../../src/reading/template/report-data';

const SEEDS = Array.from({ length: 200 }, (_, i) => `seed-${i}`);
const PARTS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'] as const;

function report(template: TemplateVersion, seed: string | number, year = template === '2019' ? 2019 : 2021): ReportData {
  return generateReport({ organization: '丈亭镇人民政府', year, template, seed });
}

function reports(template: TemplateVersion): ReportData[] {
  return SEEDS.map((seed) => report(template, seed));
}

/** The outcome rows each template prints, spelled out here independently of the generator. */
function outcomeRows(template: TemplateVersion): string[] {
  const otherHandling =
    template === '2019' ? ['otherHandling.total'] : ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other'];
  return [
    'granted',
    'partiallyGranted',
    ...DENIED_KEYS.map((k) => `denied.${k}`),
    ...UNAVAILABLE_KEYS.map((k) => `unavailable.${k}`),
    ...NOT_PROCESSED_KEYS.map((k) => `notProcessed.${k}`),
    ...otherHandling,
  ];
}

function row(data: ReportData, path: string): ApplicantRow {
  const found = applicationRow(data.applications, path);
  if (!found) throw new Error(`missing row ${path}`);
  return found;
}

function cell(data: ReportData, path: string, column: (typeof APPLICANT_COLUMNS)[number]): number {
  const value = row(data, path)[column];
  if (value === null) throw new Error(`blank cell ${path}.${column}`);
  return value;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe('generateReport determinism', () => {
  it('returns the same data for the same seed', () => {
    for (const template of TEMPLATE_VERSIONS) {
      expect(report(template, 'same')).toEqual(report(template, 'same'));
      expect(report(template, 7)).toEqual(report(template, 7));
    }
  });

  it('returns different data for different seeds', () => {
    for (const template of TEMPLATE_VERSIONS) {
      expect(report(template, 'one')).not.toEqual(report(template, 'two'));
    }
  });

  it('keeps the given identity fields and publication date', () => {
    const data = generateReport({ organization: '梨洲街道办事处', year: 2020, template: '2019', seed: 1, publishedOn: '2021-01-18' });
    expect(data).toMatchObject({ organization: '梨洲街道办事处', year: 2020, template: '2019', publishedOn: '2021-01-18', issues: [] });
  });
});

describe.each(TEMPLATE_VERSIONS)('generateReport %s template consistency', (template) => {
  const all = reports(template);
  const outcomes = outcomeRows(template);
  const allRows = ['newReceived', 'carriedOver', ...outcomes, 'totalProcessed', 'carriedForward'];

  it('has table-2 items and columns exactly as DISCLOSURE_COLUMNS', () => {
    const expected = DISCLOSURE_COLUMNS[template] as Record<string, readonly string[]>;
    for (const data of all) {
      expect(Object.keys(data.activeDisclosure!)).toEqual(Object.keys(expected));
      for (const [item, columns] of Object.entries(expected)) {
        expect(Object.keys((data.activeDisclosure as Record<string, object>)[item])).toEqual(columns);
      }
    }
  });

  it('has the otherHandling rows of its template', () => {
    const expected = template === '2019' ? ['total'] : ['overdueCorrection', 'overdueFee', 'other', 'total'];
    for (const data of all) expect(Object.keys(data.applications!.otherHandling!)).toEqual(expected);
  });

  it('fills every table-3 cell with a non-negative integer', () => {
    for (const data of all) {
      for (const path of allRows) {
        for (const column of APPLICANT_COLUMNS) {
          const value = cell(data, path, column);
          expect(Number.isInteger(value) && value >= 0).toBe(true);
        }
      }
    }
  });

  it('adds the six applicant columns up to total in every row (applications.rowTotal)', () => {
    for (const data of all) {
      for (const path of [...allRows, 'otherHandling.total']) {
        expect(sum(PARTS.map((part) => cell(data, path, part)))).toBe(cell(data, path, 'total'));
      }
    }
  });

  it('balances newReceived + carriedOver = totalProcessed + carriedForward per column (applications.identity)', () => {
    for (const data of all) {
      for (const column of APPLICANT_COLUMNS) {
        expect(cell(data, 'newReceived', column) + cell(data, 'carriedOver', column)).toBe(
          cell(data, 'totalProcessed', column) + cell(data, 'carriedForward', column),
        );
      }
    }
  });

  it('adds the outcome rows up to totalProcessed per column (applications.outcomeTotal)', () => {
    for (const data of all) {
      for (const column of APPLICANT_COLUMNS) {
        expect(sum(outcomes.map((path) => cell(data, path, column)))).toBe(cell(data, 'totalProcessed', column));
      }
    }
  });

  it('adds the otherHandling sub-rows up to otherHandling.total (applications.subtotals)', () => {
    if (template === '2019') return;
    for (const data of all) {
      for (const column of APPLICANT_COLUMNS) {
        const parts = ['overdueCorrection', 'overdueFee', 'other'].map((k) => cell(data, `otherHandling.${k}`, column));
        expect(sum(parts)).toBe(cell(data, 'otherHandling.total', column));
      }
    }
  });

  it('adds each review and litigation group up to its total (review.total, litigation.total)', () => {
    for (const data of all) {
      for (const group of CASE_GROUPS) {
        const { maintained, corrected, other, pending, total } = data[group]!;
        expect(maintained! + corrected! + other! + pending!).toBe(total);
      }
    }
  });

  it('repeats the channel table counts in the narrative, in a sentence of the overview', () => {
    for (const data of all) {
      expect(data.narrativeCounts!.map((n) => n.key)).toEqual(['channels.website', 'channels.wechat']);
      for (const count of data.narrativeCounts!) {
        const key = count.key.split('.')[1] as 'website' | 'wechat';
        expect(count.value).toBe(data.channels![key]);
        expect(count.sentence).toContain(String(count.value));
        expect(data.sections!.overview).toContain(count.sentence);
      }
    }
  });

  it('records the channel table as the source of every stated channel count', () => {
    for (const data of all) {
      for (const [key, value] of Object.entries(data.channels!)) {
        if (value === null) expect(data.countSources![`channels.${key}`]).toBeUndefined();
        else expect(data.countSources![`channels.${key}`]).toMatchObject({ source: 'table' });
      }
    }
  });

  it('writes all three prose sections and no issues', () => {
    for (const data of all) {
      for (const key of ['overview', 'problems', 'other'] as const) expect(data.sections![key]!.length).toBeGreaterThan(10);
      expect(data.issues).toEqual([]);
    }
  });

  it('marks only null cells not applicable', () => {
    for (const data of all) {
      for (const path of data.notApplicable ?? []) {
        const [, item, column] = path.split('.');
        expect((data.activeDisclosure as Record<string, Record<string, unknown>>)[item][column]).toBeNull();
      }
    }
  });
});

describe.each(TEMPLATE_VERSIONS)('generateReport %s template magnitudes', (template) => {
  const all = reports(template);

  it('gives a township 0–30 new applications, often none, mostly from natural persons', () => {
    const received = all.map((data) => cell(data, 'newReceived', 'total'));
    for (const n of received) expect(n).toBeLessThanOrEqual(30);
    expect(received.filter((n) => n === 0).length).toBeGreaterThan(all.length * 0.25);
    expect(received.some((n) => n > 5)).toBe(true);
    const natural = sum(all.map((data) => cell(data, 'newReceived', 'natural')));
    expect(natural).toBeGreaterThan(sum(received) * 0.7);
  });

  it('keeps review and litigation cases few', () => {
    for (const data of all) {
      expect(data.review!.total).toBeLessThanOrEqual(3);
      expect(data.litigationDirect!.total).toBeLessThanOrEqual(2);
      expect(data.litigationAfterReview!.total).toBeLessThanOrEqual(1);
    }
    expect(all.some((data) => data.review!.total! > 0)).toBe(true);
  });

  it('keeps licensing decisions within 0–500', () => {
    for (const data of all) {
      const decisions = data.activeDisclosure!.licensing!.decisions!;
      expect(decisions >= 0 && decisions <= 500).toBe(true);
    }
  });

  it('keeps channel counts in township ranges, weibo and gazette often blank', () => {
    for (const data of all) {
      const { website, wechat, totalActive } = data.channels!;
      expect(website! >= 50 && website! <= 400).toBe(true);
      expect(wechat! >= 20 && wechat! <= 300).toBe(true);
      expect(totalActive!).toBeGreaterThanOrEqual(website!);
    }
    const weiboBlank = all.filter((data) => data.channels!.weibo === null).length;
    expect(weiboBlank).toBeGreaterThan(all.length * 0.3);
    expect(weiboBlank).toBeLessThan(all.length);
    expect(all.filter((data) => data.channels!.gazette === null).length).toBeGreaterThan(all.length * 0.8);
  });

  it('publishes in January of the next year, a few reports late', () => {
    const year = all[0].year!;
    const months = all.map((data) => {
      expect(data.publishedOn).toMatch(new RegExp(`^${year + 1}-0[123]-\\d\\d$`));
      return data.publishedOn!.slice(5, 7);
    });
    const late = months.filter((month) => month !== '01').length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(all.length * 0.25);
  });
});

describe('generateReport money', () => {
  it('states the 2019 procurement amount in yuan with at most two decimals', () => {
    for (const data of reports('2019')) {
      const { count, amount } = data.activeDisclosure!.procurement!;
      expect(Number(amount!.toFixed(2))).toBe(amount);
      if (count === 0) expect(amount).toBe(0);
      else expect(amount!).toBeGreaterThanOrEqual(count! * 2000);
    }
  });

  it('states the 2021 fee amount in 万元 with at most two decimals', () => {
    for (const data of reports('2021')) {
      const amount = data.activeDisclosure!.fees!.amount!;
      expect(Number(amount.toFixed(2))).toBe(amount);
      expect(amount >= 0 && amount <= 50).toBe(true);
    }
  });
});

describe('generateReport carry-over', () => {
  it('starts from the carriedOver row it is given', () => {
    const carriedOver = { natural: 2, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 3 };
    const data = generateReport({ organization: '鹿亭乡人民政府', year: 2020, template: '2019', seed: 'c', carriedOver });
    expect(data.applications!.carriedOver).toEqual(carriedOver);
    expect(cell(data, 'totalProcessed', 'total') + cell(data, 'carriedForward', 'total')).toBe(cell(data, 'newReceived', 'total') + 3);
  });
});
