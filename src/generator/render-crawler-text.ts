/**
 * Renders a ReportData as a crawler's text of its web page: the generator's HTML page (site
 * chrome, navigation, footer and all) parsed by htmlparser2 and reduced to its text content,
 * scripts and styles left out, the way an archive's `page.txt` is made. Paragraphs and table
 * cells lose their boundaries (`规章000行政规范性文件3117…`, headings glued to the text around
 * them); `collapsed` keeps one space for each run of whitespace (&nbsp; cells, line breaks),
 * `bare` keeps none (the whole report one run of characters). Nothing here knows the parser.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ReportData } from '../reading/template/report-data';
import { renderHtml } from './render-html';

export type CrawlerWhitespace = 'collapsed' | 'bare';

export function renderCrawlerText(data: ReportData, whitespace: CrawlerWhitespace): string {
  const page = parseDocument(renderHtml(data));
  for (const unseen of DomUtils.getElementsByTagName((name) => ['script', 'style', 'head'].includes(name), page)) {
    DomUtils.removeElement(unseen);
  }
  const text = DomUtils.textContent(page);
  return whitespace === 'collapsed' ? text.replace(/\s+/g, ' ').trim() : text.replace(/\s+/g, '');
}
