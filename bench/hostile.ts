import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { docxOfXml, htmlTable, pdfBomb } from './hostile-documents';
import { freshSqliteFile } from './ingest';
import { startServer, stopServer } from './load';

/** One attack on a running hub, with what it did to the hub before documents were read in workers. */
interface Attack {
  name: string;
  before: string;
  /** The GraphQL request: its token (null: anonymous), query and variables. */
  request: () => Promise<{ token: boolean; query: string; variables?: unknown }>;
}

export interface HostileResult {
  name: string;
  before: string;
  /** The error code the hub answered with, or `data`. */
  answer: string;
  /** The longest a request for a static file, sent every 50 ms while the attack ran, waited. */
  worstWaitMs: number;
  probes: number;
  /** The hub's resident memory 2 s after the attack was answered. */
  memoryMb: number;
}

const ZHANGTING = '330281109';
const PROBE_EVERY_MS = 50;
const SETTLE_MS = 2000;
const PREVIEW = 'mutation($i: UploadReportInput!) { previewReport(input: $i) { format } }';

const preview = (content: string, format: string) => ({
  token: true,
  query: PREVIEW,
  variables: { i: { townshipCode: ZHANGTING, year: 2019, content, encoding: 'BASE64', format } },
});

const ATTACKS: readonly Attack[] = [
  {
    name: '`previewReport`, BASE64 content of 80 KB of spaces then `!`',
    before: '12.6 s',
    request: () => Promise.resolve(preview(`${' '.repeat(80 * 1024)}!`, 'AUTO')),
  },
  {
    name: 'an HTML page with 10⁶ table cells',
    before: '7–15 s, 0.7–1.7 GB',
    request: () => Promise.resolve(preview(htmlTable(1_000_000, '1').toString('base64'), 'HTML')),
  },
  {
    name: 'a .docx of a few KB holding 9.5 MB of XML',
    before: '7–15 s, 0.7–1.7 GB',
    request: async () => preview((await docxOfXml(9.5)).toString('base64'), 'DOCX'),
  },
  {
    name: 'a PDF with a 320 MB stream',
    before: '7–15 s, 0.7–1.7 GB',
    request: () => Promise.resolve(preview(pdfBomb().toString('base64'), 'PDF')),
  },
  {
    name: '`compare` of 30 metrics × every year since 2008, no region, `includeMissing`, no token',
    before: '8.5 s (SQLite)',
    request: async () => ({
      token: false,
      query: 'query($input: CompareInput!) { compare(input: $input) { totalCount } }',
      variables: { input: { metrics: await metricKeys(30), years: yearsSince(2008), includeMissing: true } },
    }),
  },
];

let base = '';

async function post(token: string | null, body: unknown): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function metricKeys(count: number): Promise<string[]> {
  const { data } = await post(null, { query: '{ metrics { key } }' });
  return (data as { metrics: { key: string }[] }).metrics.slice(0, count).map((metric) => metric.key);
}

const yearsSince = (first: number) => Array.from({ length: new Date().getFullYear() - first + 1 }, (_, i) => first + i);

/** Requests a static file every 50 ms until `pending` settles: the longest one waited, and how many were sent. */
async function probeWhile(pending: Promise<unknown>): Promise<{ worst: number; probes: number }> {
  let settled = false;
  void pending.finally(() => (settled = true)).catch(() => undefined);
  let worst = 0;
  let probes = 0;
  while (!settled) {
    const start = performance.now();
    await (await fetch(`${base}/static/hub.css`)).arrayBuffer();
    worst = Math.max(worst, performance.now() - start);
    probes++;
    await sleep(PROBE_EVERY_MS);
  }
  return { worst, probes };
}

/** Resident memory of a process, from /proc (Linux). */
function residentMb(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kilobytes) / 1024;
}

/**
 * Each attack against the hub as deployed (its own process, a fresh SQLite database with the
 * country's regions, parse workers as configured), one at a time, while a probe asks for a
 * static file every 50 ms: what the hub answered, the probe's worst wait, the hub's memory after
 * (its resident memory, the parse workers' included).
 */
export async function hostileRun(port = 4901): Promise<HostileResult[]> {
  const adminToken = `dhub_${randomBytes(24).toString('hex')}`;
  const server = await startServer(`sqlite:${freshSqliteFile()}`, port, adminToken, { HUB_RESPONSE_CACHE_MB: '0' });
  base = `http://127.0.0.1:${port}`;
  try {
    // The first request opens the connection and reads the file from disk: not the attacks' doing.
    await (await fetch(`${base}/static/hub.css`)).arrayBuffer();
    const results: HostileResult[] = [];
    for (const attack of ATTACKS) {
      const { token, query, variables } = await attack.request();
      const answer = post(token ? adminToken : null, { query, variables });
      const { worst, probes } = await probeWhile(answer);
      const { errors } = await answer;
      // Memory as it settles, not at its peak: what the hub holds once the attack is over.
      await sleep(SETTLE_MS);
      results.push({
        name: attack.name,
        before: attack.before,
        answer: errors?.[0]?.extensions?.code ?? 'data',
        worstWaitMs: worst,
        probes,
        memoryMb: residentMb(server.pid!),
      });
    }
    return results;
  } finally {
    await stopServer(server);
  }
}
