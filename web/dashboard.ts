import { byId, el, fill } from './lib/dom.js';
import { errorText } from './lib/format.js';
import { MeDocument, MeQuery } from './graphql/operations.js';
import { HubError, gql } from './lib/graphql.js';
import { bindTokenInput, currentToken } from './lib/token.js';
import { whoText } from './lib/roles.js';
import { drawAssessment } from './dashboard/assessment-table.js';
import { ChannelKey, drawChannelChart, sortedBy } from './dashboard/channel-chart.js';
import { DashboardData } from './dashboard/dashboard-data.js';
import { bindDownloads } from './dashboard/downloads.js';
import { channelBars, issueRows } from './dashboard/grouped-rows.js';
import { drawIssueMatrix } from './dashboard/issue-matrix.js';
import { drawRegionGroups } from './dashboard/region-groups.js';
import { findRegion, regionPath } from './dashboard/region-finder.js';
import { bindRegionPicker, drawBreadcrumb } from './dashboard/region-picker.js';
import { bindReportPanel, openReportPanel, reviewAccess } from './dashboard/report-panel.js';
import { RegionRef, Selection, groupLevelBelow, rowWord, wholeRegionWord } from './dashboard/selection.js';
import { drawNotices } from './dashboard/notice-list.js';
import { drawLate, drawMissing, drawZeroApplications } from './dashboard/township-lists.js';
import { drawYearChange } from './dashboard/year-change.js';
import { reportYears } from './dashboard/years.js';

/** The demo city, shown when the address names no region. */
const DEFAULT_REGION = '330281';

/** What the address asks for: ?region=<code or name>&year=<y>. */
interface Place {
  region: string;
  year?: number;
}

let me: Pick<MeQuery['me'], 'name' | 'role'> = { name: '匿名', role: null };
let shown: DashboardData | undefined;

function placeInAddress(): Place {
  const params = new URLSearchParams(location.search);
  const year = Number(params.get('year'));
  return { region: params.get('region')?.trim() || DEFAULT_REGION, year: Number.isInteger(year) && year > 0 ? year : undefined };
}

/** Says what stops the dashboard (an unknown region, a wrong token, the hub unreachable) in place of the panels. */
function showNotice(...content: (Node | string)[]): void {
  fill(byId('notice'), ...content);
  byId('notice').hidden = content.length === 0;
  byId('panels').hidden = content.length > 0;
}

function retryButton(): HTMLButtonElement {
  return el('button', { type: 'button', class: 'retry', onclick: () => void open(placeInAddress(), 'replace') }, '重试');
}

/** Runs a panel's drawing: 正在加载 first, so no panel keeps another year's data; a failure shows in that panel with 重试. */
async function panel(id: string, draw: (target: HTMLElement) => Promise<void> | void): Promise<void> {
  const target = byId(id);
  target.classList.add('loading');
  fill(target, el('p', { class: 'loading-text' }, '正在加载…'));
  try {
    await draw(target);
  } catch (error) {
    fill(target, el('p', { class: 'error-text' }, errorText(error)), retryButton());
  } finally {
    target.classList.remove('loading');
  }
}

async function drawChannels(target: HTMLElement, data: DashboardData): Promise<void> {
  const { rows, open: openRow } = await channelBars(data);
  drawChannelChart(target, sortedBy(rows, byId<HTMLSelectElement>('channel-order').value as ChannelKey), openRow);
}

async function drawIssues(target: HTMLElement, data: DashboardData): Promise<void> {
  const { rows, open: openRow } = await issueRows(data);
  drawIssueMatrix(target, rows, openRow);
}

/** Headings name the level (全省, 全市, 全县) and what the rows are: townships at a county, counties (or cities) above it. */
function nameRows({ region, groupLevel }: Selection): void {
  const rows = rowWord(groupLevel);
  const whole = wholeRegionWord(region.level);
  byId('channel-heading').textContent = `${whole}各${rows}主动公开信息数（按渠道）`;
  byId('matrix-heading').textContent = `${whole}问题分布（${rows} × 规则）`;
  byId('groups-heading').textContent = `${whole}各${rows}对比`;
  byId('zero-heading').textContent = `${whole}零申请乡镇`;
  byId('missing-heading').textContent = `${whole}未报送乡镇`;
  byId('late-heading').textContent = `${whole}逾期发布乡镇`;
  byId('ranking-heading').textContent = `${whole}考核排名`;
  byId('ranking-hint').textContent = groupLevel
    ? `按各${rows}乡镇平均得分，最低的排在最前；点击名称查看下一级，红色为失分项`
    : '红色为失分项，“理由”列出扣分依据；点击乡镇查看报告';
  byId('groups-card').hidden = !groupLevel;
}

/** The title a printed page carries: region, year and the day it was printed. */
function titlePrint({ region, year }: Selection): void {
  byId('print-title').textContent = `${region.name} ${year} 年度政府信息公开工作年度报告考核汇总`;
  byId('print-date').textContent = `打印日期：${new Date().toLocaleDateString('zh-CN')}`;
}

async function show(selection: Selection): Promise<void> {
  const data = new DashboardData(selection);
  shown = data;
  nameRows(selection);
  titlePrint(selection);
  const level = selection.groupLevel;
  await Promise.all([
    level && panel('groups', (t) => drawRegionGroups(t, data, level)),
    panel('channel-chart', (t) => drawChannels(t, data)),
    panel('issue-matrix', (t) => drawIssues(t, data)),
    panel('zero-list', (t) => drawZeroApplications(t, data)),
    panel('missing-list', (t) => drawMissing(t, data)),
    panel('late-list', (t) => drawLate(t, data)),
    panel('assessment', (t) => drawAssessment(t, data)),
    panel('year-change', (t) => drawYearChange(t, selection)),
    panel('notices', (t) => drawNotices(t, selection, reviewAccess(me.role))),
  ]);
}

/** Fills the year picker; picks the asked year, else the latest with reports; says when the year has none. */
async function fillYears(region: RegionRef, asked: number | undefined): Promise<number> {
  const select = byId<HTMLSelectElement>('year');
  const years = await reportYears(region.code);
  fill(select, ...years.map(({ year, reports }) => el('option', { value: year }, reports ? `${year} 年（${reports} 份）` : `${year} 年`)));
  const year = asked ?? years.find((y) => y.reports > 0)?.year ?? years[1].year;
  select.value = String(year);
  const empty = !years.some((y) => y.year === year && y.reports > 0);
  byId('empty-note').hidden = !empty;
  byId('empty-note').textContent = empty ? `${region.name}尚无乡镇报送 ${year} 年度报告：下列各项均为未报送。` : '';
  return year;
}

function unknownRegion(typed: string): void {
  fill(byId('breadcrumb'));
  showNotice(
    el('p', { class: 'error-text', role: 'alert' }, `找不到地区「${typed}」。`),
    el('p', {}, '请输入地区名称（如 宁波、余姚、丈亭）或区划代码（如 330281），也可从输入框的提示中选择。'),
  );
}

/** Shows the region (a township: its county, with its report open) for the year, and puts both in the address. */
async function showPlace(place: Place, address: 'push' | 'replace'): Promise<void> {
  const found = await findRegion(place.region, place.year);
  if (!found) return unknownRegion(place.region);
  const path = await regionPath(found);
  const township = found.level === 'TOWNSHIP' ? found : null;
  const region: RegionRef = township && path.length > 1 ? path[path.length - 2] : found;
  drawBreadcrumb(byId('breadcrumb'), path, (code) => void open({ region: code, year: place.year }, 'push'));
  byId<HTMLInputElement>('region').value = found.name;
  const year = await fillYears(region, place.year);
  const url = `?region=${encodeURIComponent(found.code)}&year=${year}`;
  if (address === 'push' && url !== location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  showNotice();
  const access = reviewAccess(me.role);
  const openTownship = (code: string) => void openReportPanel(code, year, access);
  await show({
    region,
    regionCode: region.code,
    year,
    groupLevel: groupLevelBelow(region.level),
    openTownship,
    openRegion: (code) => void open({ region: code, year }, 'push'),
  });
  if (township) openTownship(township.code);
}

/** Whose token is in use; a wrong or revoked one is said at once, in place of panels that would all fail. */
async function checkToken(): Promise<boolean> {
  try {
    me = (await gql(MeDocument, {})).me;
    byId('whoami').textContent = whoText(me);
    return true;
  } catch (error) {
    if (!(error instanceof HubError && error.code === 'UNAUTHENTICATED' && currentToken())) throw error;
    byId('whoami').textContent = '令牌无效';
    showNotice(
      el('p', { class: 'error-text', role: 'alert' }, '令牌无效、已过期或已被撤销，无法查看。'),
      el('p', {}, '请在页首重新填写令牌；清空令牌可以公开身份查看（考核结果除外）。'),
    );
    return false;
  }
}

/** Loads a place: every state drawn — 加载中, the panels, an unknown region, a wrong token, the hub unreachable (with 重试). */
async function load(place: Place, address: 'push' | 'replace'): Promise<void> {
  document.body.dataset.state = 'loading';
  byId('report-panel').hidden = true;
  try {
    if (await checkToken()) await showPlace(place, address);
  } catch (error) {
    showNotice(el('p', { class: 'error-text', role: 'alert' }, errorText(error)), retryButton());
  }
  // Lets a reader (and the browser tests) know every panel has drawn.
  document.body.dataset.state = 'ready';
}

let loads: Promise<void> = Promise.resolve();

/** Loads one place after another, so a slow answer for the year before never draws over the year chosen after it. */
function open(place: Place, address: 'push' | 'replace'): Promise<void> {
  loads = loads.then(() => load(place, address));
  return loads;
}

function start(): void {
  bindReportPanel();
  const yearSelect = byId<HTMLSelectElement>('year');
  bindRegionPicker(byId<HTMLInputElement>('region'), byId<HTMLDataListElement>('regions'), () => Number(yearSelect.value) || undefined);
  yearSelect.addEventListener('change', () => void open({ ...placeInAddress(), year: Number(yearSelect.value) }, 'push'));
  // A new token may show what the last one could not (scores, reviews).
  bindTokenInput(byId<HTMLInputElement>('token'), () => void open(placeInAddress(), 'replace'));
  byId('region-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void open({ region: byId<HTMLInputElement>('region').value.trim() || DEFAULT_REGION }, 'push');
  });
  byId('channel-order').addEventListener('change', () => shown && void panel('channel-chart', (t) => drawChannels(t, shown!)));
  bindDownloads(() => shown?.selection);
  window.addEventListener('popstate', () => void open(placeInAddress(), 'replace'));
  void open(placeInAddress(), 'replace');
}

start();
