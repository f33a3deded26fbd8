import os from 'node:os';

export interface Throughput {
  count: number;
  seconds: number;
  perSecond: number;
}

/** Runs `work` over the inputs in a loop for at least `minSeconds`, after one warm-up pass. */
export async function throughput<T>(inputs: readonly T[], work: (input: T) => unknown, minSeconds = 2): Promise<Throughput> {
  for (const input of inputs) await work(input);
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    for (const input of inputs) await work(input);
    count += inputs.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { count, seconds: elapsed, perSecond: count / elapsed };
}

/** The machine a figure was measured on, printed with every result. */
export function machine(): string {
  const cpus = os.cpus();
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${memory}, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
