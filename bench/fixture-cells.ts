/**
 * How exactly the real reports in test/fixtures/reports read: for every fixture and its
 * expected.json, the cells read right, wrong (a number that is not the document's) and null
 * where the document has a number; `ambiguous` cells are left out. Run with
 * `npm run build && node dist/bench/fixture-cells.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/core/project-root';
import { parseDocument } from '../src/storage/ingest/parse-document';
import { CELL_PARTS } from '../src/reading/template/report-data';

const CELL_KEYS = ['year', 'template', 'publishedOn', ...CELL_PARTS];
const ANNOTATIONS = new Set(['source', 'notes', 'amountYuan', 'computedIssues', 'narrativeFacts']);

type Json = Record<string, unknown>;

function expectedCells(expected: Json): [string, unknown][] {
  const cells: [string, unknown][] = [];
  const walk = (value: unknown, at: string): void => {
    if (value === null || typeof value !== 'object') return void cells.push([at, value]);
    const record = value as Json;
    for (const [key, inner] of Object.entries(record)) {
      if (ANNOTATIONS.has(key)) continue;
      walk(key === 'amount' && 'amountYuan' in record ? record.amountYuan : inner, `${at}.${key}`);
    }
  };
  for (const key of CELL_KEYS) if (key in expected) walk(expected[key], key);
  return cells;
}

function valueAt(root: unknown, at: string): unknown {
  return at.split('.').reduce<unknown>((value, key) => (value === null || value === undefined ? undefined : (value as Json)[key]), root);
}

function isAmbiguous(cell: string, ambiguous: string[]): boolean {
  return ambiguous.some((prefix) => cell === prefix || cell.startsWith(`${prefix}.`));
}

async function main(): Promise<void> {
  const folder = path.join(projectRoot(), 'test', 'fixtures', 'reports');
  const documents = fs.readdirSync(folder).filter((name) => !name.endsWith('.json'));
  console.log('| fixture | form | right | wrong | null | missing | error |');
  console.log('|---|---|---|---|---|---|---|');
  for (const name of documents.sort()) {
    const expectedName = fs.existsSync(path.join(folder, `${name}.expected.json`))
      ? `${name}.expected.json`
      : `${name.replace(/\.[^.]+$/, '')}.expected.json`;
    const expected = JSON.parse(fs.readFileSync(path.join(folder, expectedName), 'utf8')) as Json;
    const ambiguous = Object.keys((expected.ambiguous as Json | undefined) ?? {});
    const tally = { right: 0, wrong: 0, null: 0, missing: 0 };
    let form = '?';
    let error = '';
    const wrongCells: string[] = [];
    try {
      const read = await parseDocument(fs.readFileSync(path.join(folder, name)), 'AUTO');
      form = read.format;
      for (const [cell, value] of expectedCells(expected).filter(([cell]) => !isAmbiguous(cell, ambiguous))) {
        const got = valueAt(read.data, cell);
        if (got === value) tally.right++;
        else if (got === undefined) tally.missing++;
        else if (got === null) tally.null++;
        else {
          tally.wrong++;
          wrongCells.push(`${cell}=${JSON.stringify(got)}≠${JSON.stringify(value)}`);
        }
        if (got !== value && process.env.VERBOSE)
          console.error(`  ${name} ${cell}: ${JSON.stringify(got) ?? 'missing'} ≠ ${JSON.stringify(value)}`);
      }
    } catch (caught) {
      error = caught instanceof Error ? caught.message.slice(0, 60) : String(caught);
    }
    console.log(`| ${name} | ${form} | ${tally.right} | ${tally.wrong} | ${tally.null} | ${tally.missing} | ${error} |`);
    if (wrongCells.length > 0) console.log(`|  wrong: ${wrongCells.slice(0, 6).join(', ')} |`);
  }
}

void main();
