import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WEB_GRAPHQL_DIR, WEB_OPERATIONS_FILE, webOperationsSource } from '../../src/cli/web-types';

const ROOT = path.join(__dirname, '..', '..');

describe('web/graphql/operations.ts', () => {
  it('is what the schema and the pages’ documents make of it (regenerate with npm run web-types)', async () => {
    const committed = fs.readFileSync(path.join(ROOT, WEB_OPERATIONS_FILE), 'utf8');
    expect(committed).toBe(await webOperationsSource(ROOT));
  });

  it('is not made from a document that asks for a field the schema lacks', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'web-types-'));
    try {
      fs.copyFileSync(path.join(ROOT, 'schema.graphql'), path.join(root, 'schema.graphql'));
      fs.mkdirSync(path.join(root, WEB_GRAPHQL_DIR), { recursive: true });
      fs.writeFileSync(path.join(root, WEB_GRAPHQL_DIR, 'bad.graphql'), 'query Bad { region(code: "33") { name population } }');
      await expect(webOperationsSource(root)).rejects.toThrow(/population/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
