import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { withSqlTrace } from '../src/db/sql-counter';
import { HubContext, createContext } from '../src/graphql/context';
import { Operation } from './operations';

export interface Latency {
  p50: number;
  p99: number;
  statements: number;
  runs: number;
}

/** The q-quantile of sorted milliseconds (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await work(); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** One operation through the whole schema (no HTTP), with the statements it ran. */
async function execute(apollo: ApolloServer<HubContext>, dataSource: DataSource, query: string): Promise<number> {
  const { result, trace } = await withSqlTrace(() => apollo.executeOperation({ query }, { contextValue: createContext(dataSource) }));
  if (result.body.kind === 'single' && result.body.singleResult.errors) throw new Error(JSON.stringify(result.body.singleResult.errors));
  return trace.statements.length;
}

export async function operationLatency(apollo: ApolloServer<HubContext>, dataSource: DataSource, operation: Operation, runs: number): Promise<Latency> {
  let statements = 0;
  const times = await timeRuns(runs, async () => {
    statements = await execute(apollo, dataSource, operation.query);
  });
  return { ...times, statements, runs };
}
