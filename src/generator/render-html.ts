/**
 * Renders a ReportData as a government site serves it: a whole page with the report's title
 * and date above its content box, among navigation, a breadcrumb, share buttons, related
 * links, scripts and a footer; tables with real rowspan/colspan merged cells, blank cells as
 * `&nbsp;`. The HTML reader must find the report in it as a reader of the page would.
 */
import type { SpanCell, SpanTable } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { reportOutline, reportTitle, type OutlineItem } from './report-outline';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellHtml(cell: SpanCell): string {
  const spans = [cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '', cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''].join('');
  const text = cell.text === '' ? '&nbsp;' : cell.text.split('\n').map(escapeHtml).join('<br />');
  return `<td${spans}><p align="center">${text}</p></td>`;
}

function tableHtml(table: SpanTable): string {
  const rows = table.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`);
  return `<table border="1" cellspacing="0" cellpadding="0"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The report body's items; the title stands above the content box, as on the sites. */
function itemHtml(item: OutlineItem): string {
  switch (item.kind) {
    case 'title':
      return '';
    case 'heading':
      return `<p><strong>${escapeHtml(item.text)}</strong></p>`;
    case 'paragraph':
      return `<p style="text-indent: 2em;">${escapeHtml(item.text)}</p>`;
    case 'signature':
      return `<p style="text-align: right;">${escapeHtml(item.text)}</p>`;
    case 'table':
      return tableHtml(item.table);
    default:
      return assertNever(item);
  }
}

function links(items: readonly string[]): string {
  return `<ul>${items.map((text, i) => `<li><a href="/column/${i}.html" target="_blank">${text}</a></li>`).join('')}</ul>`;
}

const NAVIGATION = ['首页', '政务公开', '政务服务', '互动交流', '走进余姚'];
const BREADCRUMB = ['首页', '政务公开', '政府信息公开', '政府信息公开年报'];
const SHARE = ['微信', '微博', 'QQ空间'];

function relatedLinks(data: ReportData): string[] {
  const year = data.year ?? 2019;
  return [1, 2, 3].map((back) => `${data.organization ?? ''}${year - back}年度政府信息公开工作年度报告`);
}

function articleInfo(data: ReportData): string {
  const date = data.publishedOn ? `<span>发布日期：${data.publishedOn}</span>` : '';
  return `<div class="info">${date}<span>来源：${escapeHtml(data.organization ?? '')}</span><span>浏览次数：<em id="views">128</em></span></div>`;
}

const FOOTER = `<div class="footer">
<p><a href="/about.html">关于我们</a> | <a href="/map.html">网站地图</a> | <a href="/contact.html">联系我们</a></p>
<p>主办单位：余姚市人民政府办公室\u3000承办单位：余姚市大数据发展管理中心\u3000地址：余姚市南雷南路1号\u3000联系电话：0574-62701234</p>
<p>版权所有：余姚市人民政府\u3000浙ICP备05003211号\u3000浙公网安备 33028102000123号\u3000网站标识码：3302810001</p>
</div>`;

export function renderHtml(data: ReportData): string {
  const title = escapeHtml(reportTitle(data));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>${title}_政府信息公开年报</title>
<style>.TRS_Editor p { line-height: 2; } table { border-collapse: collapse; }</style>
<script>var SiteInfo = { siteId: 21, columnName: "<div>政府信息公开年报</div>" };</script>
</head>
<body>
<div class="header"><div class="logo">余姚市人民政府</div><div class="nav">${links(NAVIGATION)}</div>
<form class="search"><input type="text" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div>
<div class="main">
<div class="breadcrumb"><span>当前位置：</span>${links(BREADCRUMB)}</div>
<div class="article">
<h1 class="article-title">${title}</h1>
${articleInfo(data)}
<div class="share">分享到：${links(SHARE)}</div>
<div class="TRS_Editor" id="zoom">
${reportOutline(data).map(itemHtml).filter(Boolean).join('\n')}
</div>
<div class="related"><h3>相关链接</h3>${links(relatedLinks(data))}</div>
</div>
</div>
${FOOTER}
<script>document.getElementById("views").innerText = "129";</script>
</body>
</html>
`;
}
