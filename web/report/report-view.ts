import { sectionTitles } from '../../src/reading/template/wording.js';
import { el } from '../lib/dom.js';
import { CellIssues } from './cell-issues.js';
import { CellSources } from './cell-sources.js';
import { ReviewIssue, issueList } from './issue-list.js';
import { ReportAnswer, ReportView, checkedReport } from './report-fields.js';
import { reportTables } from './report-tables.js';
import { originalDocumentButton } from './original-document.js';

function sections(report: ReportView): HTMLElement {
  const titles = sectionTitles(report.template);
  const parts = [
    ['一、', titles.overview, report.sections?.overview],
    ['', titles.problems, report.sections?.problems],
    ['', titles.other, report.sections?.other],
  ] as const;
  return el(
    'div',
    { class: 'sections' },
    ...parts.map(([number, title, text]) =>
      el('section', {}, el('h4', {}, number + title), el('p', { class: text ? 'prose' : 'blank' }, text ?? '（报告中没有这一部分）')),
    ),
  );
}

function versions(report: ReportView): HTMLElement {
  return el(
    'table',
    { class: 'versions' },
    el('caption', {}, '版本'),
    el('tr', {}, ...['版本', '来源', '格式', '大小（字节）', '发布日期', '存入时间', '上传者', '', '原文'].map((t) => el('th', {}, t))),
    ...report.versions.map((v) =>
      el(
        'tr',
        {},
        el('td', {}, v.number),
        el('td', {}, v.origin === 'REPARSE' ? `重读（解析器 ${v.parserVersion}）` : '上传'),
        el('td', {}, v.format),
        el('td', { class: 'num' }, v.byteLength),
        el('td', {}, v.publishedOn ?? '未注明'),
        el('td', {}, new Date(v.uploadedAt).toLocaleString('zh-CN')),
        // No token's name: stored by the command line (ingest) or the demo.
        el('td', { class: 'uploaded-by' }, v.uploadedBy ?? '命令行或演示数据'),
        el('td', {}, v.isCurrent ? '当前版本' : ''),
        el('td', {}, originalDocumentButton(report.township.code, report.year, v.number)),
      ),
    ),
  );
}

/** A report as the template's tables, its issues (reviewable when `review` is given), the narrative and, once stored, the versions. */
export function reportView(answer: ReportAnswer, review?: ReviewIssue): HTMLElement {
  const report = checkedReport(answer);
  const notes = {
    issues: new CellIssues(report.issues),
    sources: new CellSources(report.cellSources),
    notApplicable: new Set(report.notApplicable),
  };
  const demo = report.isDemo ? el('span', { class: 'badge info' }, '演示数据') : null;
  return el(
    'article',
    { class: 'report', 'data-township': report.township.code },
    el('h3', {}, `${report.township.name} ${report.year} 年度报告 `, demo),
    el(
      'p',
      { class: 'meta' },
      `发布机关：${report.organization ?? '未注明'}\u3000发布日期：${report.publishedOn ?? '未注明'}\u3000模板：${report.template} 版`,
    ),
    el('h4', {}, `问题（${report.issues.length}）`),
    issueList(report.issues, review),
    // The narrative first, as the report itself has it: the tables are read against it.
    sections(report),
    reportTables(report, notes),
    report.versions.length > 0 && versions(report),
  );
}
