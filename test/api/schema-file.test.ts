import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { hubSchema } from '../../resolvers';

describe('schema.graphql', () => {
  it('is the schema the resolvers build (regenerate with npm run schema)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed.trimEnd()).toBe(printSchema(await hubSchema()).trimEnd());
  });
});
