/**
 * A small region with known reports, for the assessment tests at every level (the pure
 * engine and the API on both databases): eight townships of 余姚市 with a report for 2020,
 * each with one known defect, and thirteen without one.
 */
import { organizationName } from '../../src/generator/demo-reports';
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import type { ReportData } from '../../src/reading/template/report-data';

export const YEAR = 2020;
export const REGION = '330281';

export const TOWNSHIPS = {
  clean: { code: '330281001', name: '梨洲街道' },
  cleanTwin: { code: '330281002', name: '凤山街道' },
  late: { code: '330281003', name: '兰江街道' },
  veryLate: { code: '330281004', name: '阳明街道' },
  incomplete: { code: '330281005', name: '低塘街道' },
  copied: { code: '330281006', name: '朗霞街道' },
  inconsistent: { code: '330281100', name: '临山镇' },
  corrected: { code: '330281101', name: '黄家埠镇' },
} as const;
export type Case = keyof typeof TOWNSHIPS;

export interface KnownReport {
  townshipCode: string;
  year: number;
  data: ReportData;
}

const ON_TIME = '2021-01-20';

/** The counts the disclosure criterion ranks: 主动公开 total, and the weibo and gazette channels (website and wechat are always used). */
type Channels = { totalActive: number | null; weibo: number | null; gazette: number | null };

function report(which: Case, channels: Channels, year = YEAR, options: Partial<Parameters<typeof generateReport>[0]> = {}): ReportData {
  const { name } = TOWNSHIPS[which];
  const organization = organizationName(name);
  const data = generateReport({ organization, year, template: '2019', seed: `assess-${which}-${year}`, publishedOn: ON_TIME, ...options });
  data.channels = { ...data.channels, ...channels };
  return data;
}

/** The copier's 2019 report and its 2020 report, which repeats the 2019 narrative word for word. */
function copiedYears(): KnownReport[] {
  const earlier = report('copied', { totalActive: 90, weibo: 5, gazette: null }, YEAR - 1, { publishedOn: '2020-01-15' });
  const later = report('copied', { totalActive: 100, weibo: 5, gazette: null }, YEAR, {
    carriedOver: earlier.applications?.carriedForward,
  });
  later.sections = structuredClone(earlier.sections);
  const { code } = TOWNSHIPS.copied;
  return [
    { townshipCode: code, year: YEAR - 1, data: earlier },
    { townshipCode: code, year: YEAR, data: later },
  ];
}

function incomplete(): ReportData {
  const data = report('incomplete', { totalActive: 200, weibo: 5, gazette: null });
  delete data.sections!.other;
  delete data.review;
  delete data.litigationDirect;
  delete data.litigationAfterReview;
  return data;
}

function corrected(): ReportData {
  const data = report('corrected', { totalActive: 150, weibo: null, gazette: null });
  data.review = { maintained: 0, corrected: 1, other: 0, pending: 0, total: 1 };
  return data;
}

/** The inconsistent township's 予以公开 总计 off by `by`: two `error` issues (rowTotal and outcomeTotal). */
export function inconsistent(by = 1, publishedOn = ON_TIME): ReportData {
  const data = report('inconsistent', { totalActive: null, weibo: null, gazette: null }, YEAR, { publishedOn });
  return applyFlaws(data, [{ kind: 'rowTotalOff', row: 'granted', by }]);
}

export function cleanCorrected(): ReportData {
  return report('corrected', { totalActive: 150, weibo: null, gazette: null });
}

const at = (which: Case, data: ReportData): KnownReport => ({ townshipCode: TOWNSHIPS[which].code, year: YEAR, data });

/** Every report of the region, the copier's 2019 report first. */
export function knownReports(): KnownReport[] {
  return [
    ...copiedYears(),
    at('clean', report('clean', { totalActive: 500, weibo: 10, gazette: 2 })),
    at('cleanTwin', report('cleanTwin', { totalActive: 500, weibo: 10, gazette: 2 })),
    at('late', report('late', { totalActive: 400, weibo: null, gazette: null }, YEAR, { publishedOn: '2021-02-15' })),
    at('veryLate', report('veryLate', { totalActive: 300, weibo: null, gazette: null }, YEAR, { publishedOn: '2021-03-15' })),
    at('incomplete', incomplete()),
    at('inconsistent', inconsistent()),
    at('corrected', corrected()),
  ];
}

/**
 * Points per criterion under the default rubric (timeliness, completeness, arithmetic,
 * originality, disclosure, applications), the inconsistent township with one of its two
 * errors dismissed. Disclosure: 5 points for 主动公开 among the 7 townships stating it
 * (100 150 200 300 400 500 500) and 5 for channels used among all 8 (2 2 2 2 3 3 4 4),
 * each (lower + ties/2) / (stated − 1) of its 5, rounded to 2 decimals.
 */
export const EXPECTED_POINTS: Record<Case, [number, number, number, number, number, number]> = {
  clean: [10, 10, 10, 5, 9.22, 5], // 5 × 5.5/6 + 5 × 6.5/7 = 4.58 + 4.64
  cleanTwin: [10, 10, 10, 5, 9.22, 5],
  late: [5, 10, 10, 5, 4.4, 5], // 15 days late; 5 × 4/6 + 5 × 1.5/7
  veryLate: [0, 10, 10, 5, 3.57, 5], // 43 days late; 5 × 3/6 + 5 × 1.5/7
  incomplete: [10, 6, 10, 5, 4.88, 5], // no 其他需要报告的事项, no table 4; 5 × 2/6 + 5 × 4.5/7
  copied: [10, 10, 10, 0, 3.21, 5], // narrative = its 2019 report's; 0 + 5 × 4.5/7
  inconsistent: [10, 10, 7, 5, 1.07, 5], // 2 errors, 1 dismissed; 主动公开 blank: 0 + 5 × 1.5/7
  corrected: [10, 10, 10, 5, 1.9, 3], // 1 review corrected; 5 × 1/6 + 5 × 1.5/7
};

export const CRITERIA = ['timeliness', 'completeness', 'arithmetic', 'originality', 'disclosure', 'applications'] as const;

export const total = (points: readonly number[]): number => Math.round(points.reduce((a, b) => a + b, 0) * 100) / 100;
