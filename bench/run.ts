import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createApolloServer } from '../src/graphql/apollo';
import { projectRoot } from '../src/project-root';
import { BENCH_MYSQL_URL, mysqlConfig, openBenchDatabase } from './bench-database';
import { BENCH_YEARS, ensureDataset, ensureRubric } from './dataset';
import { handWrittenChannelComparison } from './hand-sql';
import { freshSqliteConfig, ingestThroughput } from './ingest';
import { operationLatency } from './latency';
import { loadTest } from './load';
import { machine } from './measure';
import { dashboardOperations } from './operations';
import { parseThroughput } from './parse';

/** The city of the demo, and the large region: BENCH_REGION (default 33, 浙江省; use a list of provinces for more). */
const CITY = '330281';
const LARGE = process.env.BENCH_REGION ?? '330000';
const QUERY_YEAR = BENCH_YEARS[BENCH_YEARS.length - 1];
const only = (process.env.BENCH_ONLY ?? 'parse,ingest,latency,load').split(',');

const ms = (value: number) => value.toFixed(1);

async function parseSection(lines: string[]): Promise<void> {
  lines.push('## Parse throughput (one core, no database)', '', '| form | documents/s |', '|---|---|');
  for (const { form, result } of await parseThroughput()) lines.push(`| ${form} | ${result.perSecond.toFixed(0)} |`);
}

async function ingestSection(lines: string[]): Promise<void> {
  lines.push('', `## Ingest throughput (text documents of ${CITY}, fresh database, end to end)`, '', '| database | ingestReport one by one (reports/s) | bulk path (reports/s) |', '|---|---|---|');
  for (const [name, config] of [['SQLite', freshSqliteConfig()], ['MariaDB', mysqlConfig('ingest')]] as const) {
    const result = await ingestThroughput(config, CITY);
    lines.push(`| ${name} | ${result.oneByOne.toFixed(0)} | ${result.bulk.toFixed(0)} |`);
  }
}

async function latencySection(lines: string[], log: (line: string) => void): Promise<void> {
  const dataSource = await openBenchDatabase(mysqlConfig(null), false);
  const apollo = await createApolloServer();
  try {
    const loaded = await ensureDataset(dataSource, LARGE, log);
    lines.push('', `## Latency on MariaDB (${BENCH_MYSQL_URL}, year ${QUERY_YEAR})`, '');
    lines.push(`Dataset: ${loaded.region.name} (${LARGE}), ${loaded.reports} reports (${BENCH_YEARS.join(', ')})${loaded.seconds ? `, loaded by the bulk path in ${loaded.seconds.toFixed(0)} s (${(loaded.reports / loaded.seconds).toFixed(0)} reports/s)` : ', already loaded'}.`, '');
    lines.push('| scope | operation | p50 ms | p99 ms | SQL statements | runs |', '|---|---|---|---|---|---|');
    const hand: Record<string, number> = {};
    for (const [scope, code, runs] of [['city 330281', CITY, 50], [`${loaded.region.name} ${LARGE}`, LARGE, 15]] as const) {
      await ensureRubric(dataSource, code, QUERY_YEAR);
      for (const operation of dashboardOperations(code, QUERY_YEAR)) {
        const result = await operationLatency(apollo, dataSource, operation, runs).catch((error: Error) => error);
        // The access rules are being added beside this work: an operation they refuse is reported, not timed.
        if (result instanceof Error) {
          lines.push(`| ${scope} | ${operation.name} | not measured: ${result.message.slice(0, 120)} | | | |`);
          continue;
        }
        lines.push(`| ${scope} | ${operation.name} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.statements} | ${result.runs} |`);
        if (operation.name === 'channelComparison') hand[scope] = result.p50;
      }
      const level = code === CITY ? 'COUNTY' : 'PROVINCE';
      const sql = await handWrittenChannelComparison(BENCH_MYSQL_URL, level as never, code, QUERY_YEAR, runs);
      lines.push(`| ${scope} | channelComparison, hand-written SQL (mysql2) | ${ms(sql.p50)} | ${ms(sql.p99)} | 1 | ${runs} |`);
      lines.push(`| ${scope} | ratio GraphQL / hand-written (p50) | ${(hand[scope] / sql.p50).toFixed(2)}× | | | |`);
    }
  } finally {
    await apollo.stop();
    await dataSource.destroy();
  }
}

async function loadSection(lines: string[]): Promise<void> {
  lines.push('', `## Load: city dashboard queries (${CITY}, autocannon, 20 connections, 10 s each, hub in its own process, MariaDB)`, '', '| operation | requests/s | p99 ms | errors |', '|---|---|---|---|');
  for (const result of await loadTest(BENCH_MYSQL_URL, dashboardOperations(CITY, QUERY_YEAR))) {
    lines.push(`| ${result.name} | ${result.requestsPerSecond.toFixed(0)} | ${result.p99} | ${result.errors} |`);
  }
}

/** `npm run bench` (BENCH_ONLY=parse,ingest,latency,load picks sections): prints the figures and writes bench/results.md. */
async function main(): Promise<void> {
  const lines = ['# Benchmark results', '', `Machine: ${machine()}`, `Run: ${new Date().toISOString()}`, ''];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (only.includes('parse')) await parseSection(lines);
  if (only.includes('ingest')) await ingestSection(lines);
  if (only.includes('latency')) await latencySection(lines, log);
  if (only.includes('load')) await loadSection(lines);
  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  fs.writeFileSync(path.join(projectRoot(), 'bench', 'results.generated.md'), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
