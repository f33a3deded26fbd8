import { generateReport } from '../src/generator/generate-report';
import { REPORT_FORMS, ReportForm } from '../src/generator/report-forms';
import { parseDocument } from '../src/storage/ingest/parse-document';
import { ReportData, TemplateVersion } from '../src/reading/template/report-data';
import { Throughput, throughput } from './measure';

/** A spread of generated reports: both templates, different seeds. */
export function sampleReports(count: number): ReportData[] {
  return Array.from({ length: count }, (_, index) => {
    const template: TemplateVersion = index % 2 ? '2021' : '2019';
    return generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed: `bench-${index}` });
  });
}

/** Documents per second, one core, through the same reading as an upload (no database). */
export async function parseThroughput(forms: readonly ReportForm[] = REPORT_FORMS): Promise<{ form: string; result: Throughput }[]> {
  const reports = sampleReports(20);
  const results = [];
  for (const form of forms) {
    const documents = await Promise.all(reports.map((report) => form.render(report)));
    results.push({ form: form.name, result: await throughput(documents, (bytes) => parseDocument(bytes, form.format)) });
  }
  return results;
}
