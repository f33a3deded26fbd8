/**
 * The threads that read documents. Reading a document is the one thing a request does that
 * can take seconds of CPU and gigabytes of memory (a table of a million cells, a zip bomb), so
 * the hub never does it on its main thread: it hands the bytes to a pool of worker threads,
 * each with a heap limit and a deadline per document. A document past either is refused with
 * DOCUMENT_TOO_COMPLEX and its worker is replaced (see startParsePool's `replace`).
 *
 * A runtime service, like the database connection: the composition roots (hub, CLI, bench)
 * start it from the settings and hand its `parse` down, so the layers below take a
 * DocumentParser and never know about threads. Here rather than in storage/ingest because it
 * owns threads and their lifetimes, which nothing below the roots should.
 */
import path from 'node:path';
import workerpool from 'workerpool';
import { HubError } from '../core/errors';
import { DocumentFormat } from '../reading/documents/formats';
import type { PreviousYear } from '../reading/template/previous-year';
import type { DocumentParser } from '../storage/ingest/parse-document';
import type { ReadDocument } from '../storage/ingest/upload-input';

export interface ParseSettings {
  /** Threads reading documents (HUB_PARSE_WORKERS): one per core by default. */
  workers: number;
  /** A document still being read after this long is refused and its worker replaced (HUB_PARSE_TIMEOUT_MS). */
  timeoutMs: number;
  /** Each worker's heap (HUB_PARSE_MEMORY_MB): a document that needs more is refused and its worker replaced. */
  memoryMb: number;
  /**
   * Node options of each worker, when not the process's own: a hub run from its TypeScript
   * sources inside another program (a test runner) gives its workers the loader it runs with.
   */
  execArgv?: readonly string[];
}

export interface ParseCounts {
  /** Documents the workers answered for (a report or the reader's own refusal). */
  read: number;
  /** Documents refused at a limit, each of which cost its worker. */
  overLimit: number;
}

export interface ParsePool {
  parse: DocumentParser;
  counts(): ParseCounts;
  /** Stops the workers, a document being read included. */
  close(): Promise<void>;
}

/** The worker's script beside this one: compiled JavaScript, or TypeScript where a loader for it was preloaded (the parent's -r, which workers inherit). */
const WORKER_SCRIPT = path.join(__dirname, `parse-worker${path.extname(__filename)}`);

/** A HubError thrown in a worker arrives as an Error carrying its fields: the hub's own again. */
function rebuiltError(error: unknown): unknown {
  const fields = error as { name?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (fields?.name !== 'HubError' || typeof fields.code !== 'string') return error;
  return new HubError(fields.code as HubError['code'], String(fields.message), (fields.details ?? {}) as Record<string, unknown>);
}

function tooComplex(settings: ParseSettings, timedOut: boolean, byteLength: number): HubError {
  const limit = timedOut
    ? `读取超过 ${settings.timeoutMs} 毫秒仍未完成（HUB_PARSE_TIMEOUT_MS）`
    : `读取所需内存超过 ${settings.memoryMb} MB（HUB_PARSE_MEMORY_MB）`;
  return new HubError('DOCUMENT_TOO_COMPLEX', `文档过于复杂，${limit}，已停止读取；请检查文档或拆分后再上传`, {
    byteLength,
    ...(timedOut ? { timeoutMs: settings.timeoutMs } : { memoryMb: settings.memoryMb }),
  });
}

/** A worker stopped at its heap limit: the pool has already dropped it. */
const outOfMemory = (error: unknown): boolean =>
  error instanceof workerpool.TerminateError && (error.cause as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A pool and the moment all its workers have started. A worker's start (loading every reader)
 * must not count against a document's deadline — on a loaded machine it takes seconds — and
 * workerpool starts a document's timer when it hands the document over, started or not. So no
 * document is handed over before one no-op per worker, sent at once, has come back: a busy
 * worker takes no other task, so each no-op starts a different worker.
 */
interface Threads {
  pool: workerpool.Pool;
  started: Promise<void>;
}

function startThreads(settings: ParseSettings): Threads {
  const pool = workerpool.pool(WORKER_SCRIPT, {
    workerType: 'thread',
    maxWorkers: settings.workers,
    minWorkers: settings.workers,
    workerThreadOpts: {
      resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb },
      ...(settings.execArgv ? { execArgv: [...settings.execArgv] } : {}),
    },
  });
  const started = Promise.all(Array.from({ length: settings.workers }, () => pool.exec('started', []))).then(() => undefined);
  // A pool replaced before its workers started rejects this; the document waiting on it is then read by the next pool.
  started.catch(() => undefined);
  return { pool, started };
}

/** A reader's own refusal (NOT_A_REPORT …) came back from the worker; anything else is the pool's. */
const readersAnswer = (error: unknown): boolean => (error as { name?: unknown } | undefined)?.name === 'HubError';

export function startParsePool(settings: ParseSettings): ParsePool {
  let threads = startThreads(settings);
  /**
   * A document over a limit costs the whole pool, which is replaced at once: workerpool's own
   * replacement of a timed-out worker (a cleanup round, then a forced stop) could leave the
   * next document waiting on a worker that never answered, and the hub with it; and a worker
   * it starts in place of one out of memory would start on the next document's deadline.
   * Documents being read by the other workers of the old pool, or waiting in it, are read
   * again by the new one.
   */
  const replace = (stale: Threads) => {
    if (threads !== stale) return;
    threads = startThreads(settings);
    stale.pool.terminate(true).catch(() => undefined);
  };
  const counts: ParseCounts = { read: 0, overLimit: 0 };
  const parse = async (bytes: Buffer, format: DocumentFormat | 'AUTO', previous?: PreviousYear, again = false): Promise<ReadDocument> => {
    const current = threads;
    try {
      await current.started;
      // workerpool starts the timer when a worker takes the document, not while it waits its turn.
      const read = (await current.pool.exec('read', [bytes, format, previous ?? null]).timeout(settings.timeoutMs)) as ReadDocument;
      counts.read++;
      return read;
    } catch (error) {
      const timedOut = error instanceof workerpool.Promise.TimeoutError;
      if (timedOut || outOfMemory(error)) {
        replace(current);
        counts.overLimit++;
        throw tooComplex(settings, timedOut, bytes.length);
      }
      if (!again && current !== threads && !readersAnswer(error)) return parse(bytes, format, previous, true);
      counts.read++;
      throw rebuiltError(error);
    }
  };
  return {
    parse: (bytes, format, previous) => parse(bytes, format, previous),
    counts: () => ({ ...counts }),
    close: async () => {
      await threads.pool.terminate(true);
    },
  };
}
