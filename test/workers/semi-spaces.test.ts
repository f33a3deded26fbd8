/**
 * The hub's process runs with larger semi-spaces than V8's default, its workers with the
 * default (src/workers/semi-spaces.ts): a child process started as `npm start` starts node
 * fills its young generation, then a worker's, and reports the largest new space of each.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REGISTER_TS } from '../support/register-ts';

const MODULE = path.join(__dirname, '..', '..', 'src', 'workers', 'semi-spaces.ts');

/** Fills a young generation with short-lived objects and gives the largest new space seen, in MB. */
const FILL = `(() => {
  const v8 = require('node:v8');
  let kept = [];
  let largest = 0;
  for (let i = 0; i < 3e6; i++) {
    kept.push({ i, text: 'x' + i });
    if (kept.length > 300000) kept = [];
    if (i % 10000 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);
  }
  return largest / 1048576;
})()`;

const CHILD = `
  const { Worker } = require('node:worker_threads');
  require(${JSON.stringify(MODULE)}).workersTakeDefaultSemiSpaces();
  const main = ${FILL};
  const worker = new Worker('require("node:worker_threads").parentPort.postMessage(' + ${JSON.stringify(FILL)} + ')', { eval: true });
  worker.once('message', (inWorker) => { console.log(JSON.stringify({ main, worker: inWorker })); worker.terminate(); });
`;

describe('the semi-spaces of the hub and of its workers', () => {
  it('are those of `npm start` for the hub, V8’s default for a worker', () => {
    const run = (flags: string[]) =>
      JSON.parse(execFileSync(process.execPath, [...flags, '-r', REGISTER_TS, '-e', CHILD], { encoding: 'utf8' })) as {
        main: number;
        worker: number;
      };
    const asDeployed = run(['--max-semi-space-size=32']);
    const byDefault = run([]);
    expect(asDeployed.main).toBeGreaterThan(byDefault.main);
    expect(asDeployed.worker).toBe(byDefault.worker);
  });
});
