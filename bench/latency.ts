import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { Actor } from '../src/api/auth/actor';
import { Role } from '../src/api/auth/roles';
import { withSqlTrace } from '../src/storage/db/sql-counter';
import { HubContext, createContext } from '../src/api/graphql/context';
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

/** The city office's evaluator: every operation is asked with a token (see operations.ts). */
const EVALUATOR: Actor = { name: 'bench', role: Role.EVALUATOR, townshipCodes: [] };

/** One operation through the whole schema (no HTTP): its data and the statements it ran. */
export async function execute(apollo: ApolloServer<HubContext>, dataSource: DataSource, operation: Operation) {
  const { result, trace } = await withSqlTrace(() =>
    apollo.executeOperation({ query: operation.query }, { contextValue: createContext(dataSource, { actor: EVALUATOR }) }),
  );
  if (result.body.kind !== 'single') throw new Error('an incremental response');
  const { data, errors } = result.body.singleResult;
  if (errors) throw new Error(JSON.stringify(errors));
  return { data: data as Record<string, unknown>, statements: trace.statements.length };
}

export async function operationLatency(
  apollo: ApolloServer<HubContext>,
  dataSource: DataSource,
  operation: Operation,
  runs: number,
): Promise<Latency> {
  let statements = 0;
  const times = await timeRuns(runs, async () => {
    statements = (await execute(apollo, dataSource, operation)).statements;
  });
  return { ...times, statements, runs };
}
