import { generateReport } from '../src/generator/generate-report';
import { REPORT_FORMS, ReportForm } from '../src/generator/report-forms';
import { parseDocument } from '../src/storage/ingest/parse-document';
import { ReportData, TemplateVersion } from '../src/reading/template/report-data';
import { ParsePool } from '../src/workers/parse-pool';
import { Throughput, throughput } from './measure';

/** A spread of generated reports: both templates, different seeds. */
export function sampleReports(count: number): ReportData[] {
  return Array.from({ length: count }, (_, index) => {
    const template: TemplateVersion = index % 2 ? '2021' : '2019';
    return generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed: `bench-${index}` });
  });
}

export interface FormThroughput {
  form: string;
  /** On this thread, one document after another. */
  oneCore: Throughput;
  /** Documents per second through the parse workers (each read and judged by the rules that need nothing else), a form's documents handed over at once (as `ingest` hands a batch). */
  pool: number;
}

/** Documents per second through the same reading as an upload (no database): on one core, then through `pool`. */
export async function parseThroughput(pool: ParsePool, forms: readonly ReportForm[] = REPORT_FORMS): Promise<FormThroughput[]> {
  const reports = sampleReports(20);
  const results = [];
  for (const form of forms) {
    const documents = await Promise.all(reports.map((report) => form.render(report)));
    const oneCore = await throughput(documents, (bytes) => parseDocument(bytes, form.format));
    const all = await throughput([documents], (batch) => Promise.all(batch.map((bytes) => pool.parse(bytes, form.format))));
    results.push({ form: form.name, oneCore, pool: all.perSecond * documents.length });
  }
  return results;
}
