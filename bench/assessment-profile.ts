/**
 * Where an assessment's time goes, in the hub's own code on a loaded bench database:
 * `node [--cpu-prof] dist/bench/assessment-profile.js <region code> [runs] [full]` runs the
 * `assessment` operation `runs` times through the schema (no HTTP), prints each run's wall and
 * CPU ms and, for the last run, each SQL statement's time in the query runner (the driver's
 * row decoding included, TypeORM's mapping not). `full` asks for every criterion with its
 * evidence instead of the bench's totals and ranks.
 */
import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { openDatabase } from '../src/storage/db/data-source';
import { parseDatabaseUrl } from '../src/storage/db/database-config';
import { hubApollo } from '../src/hub';
import { BENCH_MYSQL_URL } from './bench-database';
import { ensureRubric } from './dataset';
import { execute } from './latency';

const YEAR = 2024;
const [regionCode = '510000', runsArgument = '5', shape = 'totals'] = process.argv.slice(2);
const fields =
  shape === 'full'
    ? 'township { code name } reported total maxTotal rank criteria { key points evidence { text issue { rule fingerprint } } }'
    : 'township { code name } reported total maxTotal rank';
const operation = {
  name: 'assessment',
  figure: 'assessment' as const,
  query: `{ assessment(year: ${YEAR}, regionCode: "${regionCode}") { ${fields} } }`,
};

const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

/** Each statement of the run, timed where the driver runs it. */
let timings: string[] = [];
// Called below with each runner as `this`, as TypeORM calls it.
// eslint-disable-next-line @typescript-eslint/unbound-method
const query = MysqlQueryRunner.prototype.query;
MysqlQueryRunner.prototype.query = async function timed(this: MysqlQueryRunner, ...args: Parameters<typeof query>) {
  const start = process.hrtime.bigint();
  const result: unknown = await query.apply(this, args);
  timings.push(`${ms(start).toFixed(1)} ms: ${args[0].slice(0, 110).replace(/\s+/g, ' ')}`);
  return result;
};

async function main(): Promise<void> {
  const dataSource = await openDatabase(parseDatabaseUrl(BENCH_MYSQL_URL));
  const apollo = await hubApollo();
  try {
    await ensureRubric(dataSource, regionCode, YEAR);
    for (let run = 0; run < Number(runsArgument); run++) {
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      timings = [];
      const result = await execute(apollo, dataSource, operation);
      const used = process.cpuUsage(cpu);
      const rows = (result.data.assessment as unknown[]).length;
      console.log(`run ${run}: ${ms(start).toFixed(1)} ms wall, ${((used.user + used.system) / 1000).toFixed(1)} ms CPU, ${rows} rows`);
    }
    for (const timing of timings) console.log(timing);
  } finally {
    await apollo.stop();
    await dataSource.destroy();
  }
}

void main();
