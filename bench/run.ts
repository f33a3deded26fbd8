import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/project-root';
import { machine } from './measure';
import { parseThroughput } from './parse';

/** `npm run bench`: prints the figures and writes them to bench/results.md. */
async function main(): Promise<void> {
  const lines = [`# Benchmark results`, '', `Machine: ${machine()}`, `Run: ${new Date().toISOString()}`, '', '## Parse throughput (one core, no database)', '', '| form | documents/s |', '|---|---|'];
  for (const { form, result } of await parseThroughput()) {
    lines.push(`| ${form} | ${result.perSecond.toFixed(0)} |`);
  }
  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  fs.writeFileSync(path.join(projectRoot(), 'bench', 'results.md'), report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
