import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/core/project-root';
import { machine } from './measure';

/** Where a figure was taken: the whole country, the province BENCH_REGION names, or the demo's city. */
export type FigureScope = 'CN' | 'province' | 'city';

/** One measured figure, as bench/results.generated.json lists it; what does not apply is null. */
export interface Figure {
  /** channelComparison, compare.grouped, assessment, ingest.bulk.mariadb, parse.text, load.compare.nocache, … */
  name: string;
  scope: FigureScope | null;
  p50Ms: number | null;
  p99Ms: number | null;
  /** The floor statement's p50 (floor.ts), timed in the same run. */
  floorP50Ms: number | null;
  ratioToFloor: number | null;
  /** SQL statements of one operation. */
  statements: number | null;
  /** Throughputs: documents, reports or requests per second. */
  perSecond: number | null;
  /** Under load: the hub process's CPU time per request. */
  hubCpuMsPerRequest: number | null;
}

const EMPTY: Omit<Figure, 'name' | 'scope'> = {
  p50Ms: null,
  p99Ms: null,
  floorP50Ms: null,
  ratioToFloor: null,
  statements: null,
  perSecond: null,
  hubCpuMsPerRequest: null,
};

/** The run's figures, written whole to bench/results.generated.json at the end (not committed: bench/results.md is the record). */
export class Figures {
  private readonly list: Figure[] = [];

  add({ name, scope, ...measured }: Pick<Figure, 'name' | 'scope'> & Partial<Figure>): void {
    this.list.push({ name, scope, ...EMPTY, ...measured });
  }

  write(): void {
    const file = path.join(projectRoot(), 'bench', 'results.generated.json');
    fs.writeFileSync(file, `${JSON.stringify({ machine: machine(), run: new Date().toISOString(), figures: this.list }, null, 2)}\n`);
  }
}
