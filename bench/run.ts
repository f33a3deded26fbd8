import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { RegionLevel } from '../entities';
import { hubApollo } from '../src/hub';
import { HubContext } from '../src/api/graphql/context';
import { projectRoot } from '../src/core/project-root';
import { BENCH_MYSQL_URL, mysqlConfig, openBenchDatabase } from './bench-database';
import { BENCH_YEARS, Dataset, ensureDataset, ensureRubric } from './dataset';
import { Figures, FigureScope } from './figures';
import { FloorQuery, buildFloor, channelComparisonFloor, compareByCountyFloor, floorLatency } from './floor';
import { parseSettings } from '../src/config';
import { startParsePool } from '../src/workers/parse-pool';
import { hostileRun } from './hostile';
import { freshSqliteConfig, ingestThroughput } from './ingest';
import { execute, operationLatency } from './latency';
import { loadTest } from './load';
import { machine } from './measure';
import { Operation, Scope, dashboardOperations } from './operations';
import { parseThroughput } from './parse';

/** The demo's city, and the large scope: BENCH_REGION, a province code or CN (default) for the whole country. */
const CITY_CODE = '330281';
const CITY: Scope = {
  name: `余姚市 ${CITY_CODE} (21 townships)`,
  figureScope: 'city',
  region: { code: CITY_CODE, level: RegionLevel.COUNTY },
  limit: null,
  assessedRegionCode: CITY_CODE,
};
const LARGE = process.env.BENCH_REGION ?? 'CN';
/** The bulk figure: 杭州市's 196 townships × 6 years (1,176 reports, five batches), beside the city's one by one. */
const INGEST_SAMPLE = { oneByOneRegion: CITY_CODE, bulkRegion: '330100' };
const QUERY_YEAR = BENCH_YEARS[BENCH_YEARS.length - 1];
const only = (process.env.BENCH_ONLY ?? 'parse,ingest,latency,load,hostile').split(',');

const ms = (value: number) => value.toFixed(1);

async function parseSection(lines: string[], figures: Figures): Promise<void> {
  const settings = parseSettings();
  const pool = startParsePool(settings);
  try {
    lines.push('## Parse throughput (no database)', '');
    lines.push(
      `| form | documents/s, one core | documents/s, ${settings.workers} parse workers (HUB_PARSE_WORKERS), read and the rules that judge the document alone |`,
      '|---|---|---|',
    );
    for (const { form, oneCore, pool: pooled } of await parseThroughput(pool)) {
      lines.push(`| ${form} | ${oneCore.perSecond.toFixed(0)} | ${pooled.toFixed(0)} |`);
      figures.add({ name: `parse.${form}`, scope: null, perSecond: oneCore.perSecond });
      figures.add({ name: `parse.${form}.workers`, scope: null, perSecond: pooled });
    }
  } finally {
    await pool.close();
  }
}

async function ingestSection(lines: string[], figures: Figures): Promise<void> {
  lines.push(
    '',
    `## Ingest throughput (text documents, fresh database, end to end)`,
    '',
    `| database | ingestReport one by one, ${CITY_CODE} 2019–2021, read by the parse workers (reports/s) | bulk path, ${INGEST_SAMPLE.bulkRegion} ${BENCH_YEARS[0]}–${QUERY_YEAR} (reports/s) |`,
    '|---|---|---|',
  );
  const pool = startParsePool(parseSettings());
  try {
    for (const [name, config] of [
      ['SQLite', freshSqliteConfig()],
      ['MariaDB', mysqlConfig('ingest')],
    ] as const) {
      const result = await ingestThroughput(config, INGEST_SAMPLE, pool.parse);
      lines.push(`| ${name} | ${result.oneByOne.toFixed(0)} | ${result.bulk.toFixed(0)} |`);
      figures.add({ name: `ingest.oneByOne.${name.toLowerCase()}`, scope: 'city', perSecond: result.oneByOne });
      figures.add({ name: `ingest.bulk.${name.toLowerCase()}`, scope: 'city', perSecond: result.bulk });
    }
  } finally {
    await pool.close();
  }
}

/** The large scope: a page of each ranking, as its dashboard shows; assessment for its largest province. */
async function largeScope(dataSource: DataSource, dataset: Dataset): Promise<Scope> {
  const page = 100;
  const { region } = dataset;
  if (region) {
    const figureScope: FigureScope = region.level === RegionLevel.PROVINCE ? 'province' : 'city';
    return { name: `${region.name} ${region.code}`, figureScope, region, limit: page, assessedRegionCode: region.code };
  }
  const [largest] = await dataSource.query<{ code: string }[]>(
    "SELECT province_code AS code, COUNT(*) AS townships FROM regions WHERE level = 'TOWNSHIP' " +
      'GROUP BY province_code ORDER BY townships DESC, code LIMIT 1',
  );
  return { name: 'the whole country', figureScope: 'CN', region: null, limit: page, assessedRegionCode: String(largest.code) };
}

type Row = Record<string, unknown>;

/** The hub's answer and the floor statement's, reduced to what both say: they must agree before either is timed. */
function agreement(name: string, hub: Row, hand: Row[]): string | null {
  const round = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 1e9) / 1e9);
  if (name === 'channelComparison') {
    const ours = (hub.channelComparison as Row[]).map((row) => [(row.township as Row).code, row.rank, row.wechat]);
    const theirs = hand.map((row) => [row.code, Number(row.rnk), round(row.wechat)]);
    return JSON.stringify(ours) === JSON.stringify(theirs) ? null : `channelComparison differs from the floor`;
  }
  const compare = hub.compare as { totalCount: number; rows: Row[] };
  const ours = [
    compare.totalCount,
    ...compare.rows.map((row) => [
      (row.region as Row).code,
      row.rank,
      (row.values as Row[]).map((v) => [round(v.value), round(v.previous)]),
    ]),
  ];
  const theirs = [
    Number(hand[0]?.total_count ?? 0),
    ...hand.map((row) => [
      row.county,
      Number(row.rnk),
      [
        [round(row.new_received), round(row.new_received_before)],
        [round(row.rate), round(row.rate_before)],
        [round(row.wechat), round(row.wechat_before)],
      ],
    ]),
  ];
  return JSON.stringify(ours) === JSON.stringify(theirs) ? null : `compare differs from the floor`;
}

const FLOOR: Partial<Record<Operation['figure'], (scope: Scope, year: number) => FloorQuery>> = {
  channelComparison: channelComparisonFloor,
  'compare.grouped': compareByCountyFloor,
};

async function timeScope(
  lines: string[],
  figures: Figures,
  apollo: ApolloServer<HubContext>,
  dataSource: DataSource,
  scope: Scope,
  runs: number,
): Promise<void> {
  await ensureRubric(dataSource, scope.assessedRegionCode, QUERY_YEAR);
  for (const operation of dashboardOperations(scope, QUERY_YEAR)) {
    const { data } = await execute(apollo, dataSource, operation);
    const result = await operationLatency(apollo, dataSource, operation, runs);
    lines.push(`| ${scope.name} | ${operation.name} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.statements} | ${result.runs} |`);
    const measured = {
      name: operation.figure,
      scope: scope.figureScope,
      p50Ms: result.p50,
      p99Ms: result.p99,
      statements: result.statements,
    };
    const floorQuery = FLOOR[operation.figure];
    if (!floorQuery) {
      figures.add(measured);
      continue;
    }
    const floor = await floorLatency(BENCH_MYSQL_URL, floorQuery(scope, QUERY_YEAR), runs);
    const disagreement = agreement(operation.name, data, floor.rows);
    if (disagreement) throw new Error(`${scope.name}: ${disagreement}`);
    lines.push(
      `| ${scope.name} | ${operation.name}, the floor (bench_floor, one statement, rows as JSON) | ${ms(floor.p50)} | ${ms(floor.p99)} | 1 | ${runs} |`,
    );
    lines.push(`| ${scope.name} | ratio GraphQL / floor (p50) | ${(result.p50 / floor.p50).toFixed(2)}× | | | |`);
    figures.add({ ...measured, floorP50Ms: floor.p50, ratioToFloor: result.p50 / floor.p50 });
  }
}

/** The large scope's dataset, loaded (when missing) as the CLI's `ingest` would: documents read by the parse workers. */
async function loadDataset(dataSource: DataSource, log: (line: string) => void): Promise<Dataset> {
  const pool = startParsePool(parseSettings());
  try {
    return await ensureDataset(dataSource, LARGE, log, pool.parse);
  } finally {
    await pool.close();
  }
}

async function latencySection(lines: string[], figures: Figures, log: (line: string) => void): Promise<void> {
  const dataSource = await openBenchDatabase(mysqlConfig(null), false);
  const apollo = await hubApollo();
  try {
    const dataset = await loadDataset(dataSource, log);
    const loaded = dataset.loadedNow
      ? `, ${dataset.loadedNow} of them loaded now by the bulk path in ${dataset.seconds.toFixed(0)} s (${(dataset.loadedNow / dataset.seconds).toFixed(0)} reports/s)`
      : ', already loaded';
    const [server] = await dataSource.query<{ version: string; pool: string | number }[]>(
      'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool',
    );
    lines.push('', `## Latency on MariaDB (${BENCH_MYSQL_URL}, year ${QUERY_YEAR})`, '');
    lines.push(`Server: ${server.version}, innodb_buffer_pool_size ${(Number(server.pool) / 2 ** 30).toFixed(1)} GiB.`, '');
    lines.push(
      `Dataset: ${dataset.region?.name ?? 'the whole country'}, ${dataset.reports} reports (${BENCH_YEARS.join(', ')})${loaded}.`,
      '',
    );
    await buildFloor(BENCH_MYSQL_URL);
    lines.push('| scope | operation | p50 ms | p99 ms | SQL statements | runs |', '|---|---|---|---|---|---|');
    await timeScope(lines, figures, apollo, dataSource, CITY, 50);
    await timeScope(lines, figures, apollo, dataSource, await largeScope(dataSource, dataset), 15);
  } finally {
    await apollo.stop();
    await dataSource.destroy();
  }
}

/** The default cache (HUB_RESPONSE_CACHE_MB), and none: every request computed. */
const CACHE_SETTINGS = [
  ['64 MB (default): repeated answers served', 64],
  ['off (HUB_RESPONSE_CACHE_MB=0): every request computed', 0],
] as const;

async function loadSection(lines: string[], figures: Figures): Promise<void> {
  lines.push(
    '',
    `## Load: city dashboard queries (${CITY.name}, autocannon, 20 connections, 10 s each, hub in its own process, MariaDB)`,
    '',
  );
  lines.push('| response cache | operation | requests/s | p99 ms | hub CPU ms per request | errors |', '|---|---|---|---|---|---|');
  for (const [setting, cacheMb] of CACHE_SETTINGS) {
    for (const result of await loadTest(BENCH_MYSQL_URL, dashboardOperations(CITY, QUERY_YEAR), cacheMb)) {
      const { operation, requestsPerSecond, p99, hubCpuMsPerRequest, errors } = result;
      lines.push(
        `| ${setting} | ${operation.name} | ${requestsPerSecond.toFixed(0)} | ${p99} | ${hubCpuMsPerRequest.toFixed(2)} | ${errors} |`,
      );
      figures.add({
        name: `load.${operation.figure.split('.')[0]}.${cacheMb ? 'cache' : 'nocache'}`,
        scope: 'city',
        perSecond: requestsPerSecond,
        p99Ms: p99,
        hubCpuMsPerRequest,
      });
    }
  }
}

/** The goals for hostile requests: the hub keeps serving while it reads a hostile document, and gives the memory back. */
const WORST_WAIT_GOAL_MS = 250;
const MEMORY_GOAL_MB = 400;

async function hostileSection(lines: string[]): Promise<void> {
  lines.push(
    '',
    '## Hostile requests (hub in its own process, fresh SQLite database, parse workers as configured)',
    '',
    `While each runs, a probe requests a static file every 50 ms. Goals: worst wait under ${WORST_WAIT_GOAL_MS} ms, the hub's memory after under ${MEMORY_GOAL_MB} MB.`,
    '',
    '| attack | before (stall, memory) | answer | probe worst wait ms | probes | hub memory after MB |',
    '|---|---|---|---|---|---|',
  );
  for (const result of await hostileRun()) {
    const wait = `${ms(result.worstWaitMs)}${result.worstWaitMs < WORST_WAIT_GOAL_MS ? '' : ' (over the goal)'}`;
    const memory = `${result.memoryMb.toFixed(0)}${result.memoryMb < MEMORY_GOAL_MB ? '' : ' (over the goal)'}`;
    lines.push(`| ${result.name} | ${result.before} | ${result.answer} | ${wait} | ${result.probes} | ${memory} |`);
  }
}

/** `npm run bench` (BENCH_ONLY=parse,ingest,latency,load,hostile picks sections): prints the figures, writes bench/results.generated.md and .json. */
async function main(): Promise<void> {
  const lines = ['# Benchmark results', '', `Machine: ${machine()}`, `Run: ${new Date().toISOString()}`, ''];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const figures = new Figures();
  if (only.includes('parse')) await parseSection(lines, figures);
  if (only.includes('ingest')) await ingestSection(lines, figures);
  if (only.includes('latency')) await latencySection(lines, figures, log);
  if (only.includes('load')) await loadSection(lines, figures);
  if (only.includes('hostile')) await hostileSection(lines);
  figures.write();
  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  fs.writeFileSync(path.join(projectRoot(), 'bench', 'results.generated.md'), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
