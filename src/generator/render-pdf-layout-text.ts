/**
 * Renders a ReportData as the text `pdftotext -layout` (poppler-utils) makes of its PDF: the
 * generator's PDF, run through the real tool. Columns survive only as the position of their
 * text on the line, labels wrap onto two or three lines inside their cell, blank cells leave
 * nothing but spaces, and page headers and numbers stand between a table's rows.
 */
import { execFileSync } from 'node:child_process';
import type { ReportData } from '../reading/template/report-data';
import { renderPdf } from './render-pdf';

export function renderPdfLayoutText(data: ReportData): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: renderPdf(data),
    maxBuffer: 16 * 1024 * 1024,
  }).toString('utf8');
}
