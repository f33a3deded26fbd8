import { byId, el, fill } from './lib/dom.js';
import { errorText } from './lib/format.js';
import { RegionNameDocument } from './graphql/operations.js';
import { gql } from './lib/graphql.js';
import { bindTokenInput } from './lib/token.js';
import { drawAssessment } from './dashboard/assessment-table.js';
import { drawChannelChart, fetchChannels } from './dashboard/channel-chart.js';
import { drawIssueMatrix } from './dashboard/issue-matrix.js';
import { bindReportPanel, openReportPanel } from './dashboard/report-panel.js';
import { Selection } from './dashboard/selection.js';
import { fetchTownshipIssues } from './dashboard/township-issues.js';
import { drawLate, drawMissing, drawZeroApplications } from './dashboard/township-lists.js';
import { drawYearChange } from './dashboard/year-change.js';
import { reportYears } from './dashboard/years.js';

/** The demo city, shown when the address names no region. */
const DEFAULT_REGION = '330281';

/** Runs a panel's drawing; a failure shows in that panel and leaves the others be. */
async function panel(id: string, draw: (target: HTMLElement) => Promise<void> | void): Promise<void> {
  const target = byId(id);
  target.classList.add('loading');
  try {
    await draw(target);
  } catch (error) {
    fill(target, el('p', { class: 'error-text' }, errorText(error)));
  } finally {
    target.classList.remove('loading');
  }
}

/** Channels first: the issue matrix and the late list need its townships. */
async function channelPanels(selection: Selection): Promise<void> {
  const rows = await fetchChannels(selection);
  drawChannelChart(byId('channel-chart'), rows, selection);
  const reports = await fetchTownshipIssues(
    rows.filter((r) => r.reported).map((r) => r.township),
    selection,
  );
  drawIssueMatrix(byId('issue-matrix'), reports, selection);
  drawLate(byId('late-list'), reports, selection);
}

async function show(selection: Selection): Promise<void> {
  document.body.dataset.state = 'loading';
  await Promise.all([
    panel('channel-chart', () => channelPanels(selection)),
    panel('zero-list', (t) => drawZeroApplications(t, selection)),
    panel('missing-list', (t) => drawMissing(t, selection)),
    panel('assessment', (t) => drawAssessment(t, selection)),
    panel('year-change', (t) => drawYearChange(t, selection)),
  ]);
  // Lets a reader (and the browser tests) know every panel has drawn.
  document.body.dataset.state = 'ready';
}

/** Fills the year picker; picks the asked year, else the latest with reports. */
async function fillYears(select: HTMLSelectElement, regionCode: string, asked: number | undefined): Promise<number> {
  const years = await reportYears(regionCode);
  fill(select, ...years.map(({ year, reports }) => el('option', { value: year }, reports ? `${year} 年（${reports} 份）` : `${year} 年`)));
  const year = asked ?? years.find((y) => y.reports > 0)?.year ?? years[1].year;
  select.value = String(year);
  return year;
}

async function regionName(code: string): Promise<string> {
  const data = await gql(RegionNameDocument, { code });
  return data.region?.name ?? '未知地区';
}

async function start(): Promise<void> {
  bindReportPanel();
  const params = new URLSearchParams(location.search);
  const regionInput = byId<HTMLInputElement>('region');
  const yearSelect = byId<HTMLSelectElement>('year');
  regionInput.value = params.get('region') ?? DEFAULT_REGION;
  const asked = params.get('year') ? Number(params.get('year')) : undefined;
  const load = async (year: number) => {
    const regionCode = regionInput.value.trim();
    byId('region-name').textContent = await regionName(regionCode).catch(errorText);
    history.replaceState(null, '', `?region=${encodeURIComponent(regionCode)}&year=${year}`);
    await show({ regionCode, year, openTownship: (code) => void openReportPanel(code, year) });
  };
  yearSelect.addEventListener('change', () => void load(Number(yearSelect.value)));
  // A new token may show what the last one could not (scores, reviews).
  bindTokenInput(byId<HTMLInputElement>('token'), () => void load(Number(yearSelect.value)));
  byId('region-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void fillYears(yearSelect, regionInput.value.trim(), undefined).then(load);
  });
  await load(await fillYears(yearSelect, regionInput.value.trim(), asked));
}

void start();
