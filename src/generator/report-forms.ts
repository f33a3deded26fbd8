/**
 * Every input form the hub reads, as a renderer of generated reports: the one list the
 * `generate` command and the benchmark share, so both cover the same forms.
 */
import type { DocumentFormat } from '../reading/documents/formats';
import type { ReportData } from '../reading/template/report-data';
import { renderCellLines } from './render-cell-lines';
import { renderCrawlerText } from './render-crawler-text';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { renderPdfLayoutText } from './render-pdf-layout-text';
import { renderPdfMarkdown } from './render-pdf-markdown';
import { renderRunTogether } from './render-run-together';
import { renderText } from './render-text';

export interface ReportForm {
  /** The name `--form` takes. */
  name: string;
  extension: string;
  /** What an upload of this form declares (AUTO for the text forms the reader tells apart). */
  format: DocumentFormat | 'AUTO';
  render(data: ReportData): Promise<Buffer>;
}

const utf8 = (render: (data: ReportData) => string) => (data: ReportData) => Promise.resolve(Buffer.from(render(data), 'utf8'));

export const REPORT_FORMS: readonly ReportForm[] = [
  { name: 'text', extension: 'txt', format: 'AUTO', render: utf8(renderText) },
  { name: 'markdown', extension: 'md', format: 'AUTO', render: utf8(renderMarkdown) },
  { name: 'run-together', extension: 'txt', format: 'AUTO', render: utf8(renderRunTogether) },
  { name: 'crawler-text', extension: 'txt', format: 'AUTO', render: utf8((data) => renderCrawlerText(data, 'collapsed')) },
  { name: 'crawler-text-bare', extension: 'txt', format: 'AUTO', render: utf8((data) => renderCrawlerText(data, 'bare')) },
  { name: 'cell-lines', extension: 'txt', format: 'AUTO', render: utf8((data) => renderCellLines(data, false)) },
  { name: 'cell-lines-piped', extension: 'txt', format: 'AUTO', render: utf8((data) => renderCellLines(data, true)) },
  { name: 'html', extension: 'html', format: 'AUTO', render: utf8(renderHtml) },
  { name: 'docx', extension: 'docx', format: 'AUTO', render: renderDocx },
  { name: 'pdf', extension: 'pdf', format: 'AUTO', render: (data) => Promise.resolve(renderPdf(data)) },
  { name: 'pdf-layout-text', extension: 'txt', format: 'AUTO', render: utf8(renderPdfLayoutText) },
  { name: 'pdf-markdown', extension: 'md', format: 'AUTO', render: utf8(renderPdfMarkdown) },
];

export function reportForm(name: string): ReportForm | undefined {
  return REPORT_FORMS.find((form) => form.name === name);
}
