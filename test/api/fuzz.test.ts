import { ReportVersion } from '../../entities';
import { HubErrorCode } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { Random } from '../../src/generator/random';
import { renderDocx } from '../../src/generator/render-docx';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';

const ZHANGTING = '330281109';
const onMysql = TEST_DATABASE_KIND === 'mysql';
/** Fewer on MariaDB, where every upload is a round trip over the network. */
const PREVIEWS = onMysql ? 600 : 2500;
const UPLOADS = onMysql ? 80 : 300;

/** Every answer must be data or one of these: typed, never INTERNAL_SERVER_ERROR. */
const KNOWN_CODES: ReadonlySet<string> = new Set<HubErrorCode>([
  'BAD_USER_INPUT',
  'EMPTY_DOCUMENT',
  'NOT_A_REPORT',
  'UNSUPPORTED_FORMAT',
  'BAD_ENCODING',
  'CORRUPT_DOCUMENT',
  'ENCRYPTED_DOCUMENT',
  'NO_TEXT_LAYER',
  'DOCUMENT_TOO_LARGE',
  'YEAR_MISMATCH',
  'ORGANIZATION_MISMATCH',
]);

interface Mutant {
  content: string;
  encoding: 'UTF8' | 'BASE64';
}

type Mutation = (random: Random, sources: Sources) => Mutant;

interface Sources {
  text: string;
  docx: Buffer;
  pdf: Buffer;
}

const utf8 = (content: string): Mutant => ({ content, encoding: 'UTF8' });
const binary = (bytes: Buffer): Mutant => ({ content: bytes.toString('base64'), encoding: 'BASE64' });

function shuffled<T>(random: Random, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function corrupt(random: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes.subarray(0, random.int(1, bytes.length)));
  for (let flips = random.int(0, 20); flips > 0; flips--) copy[random.int(0, copy.length - 1)] = random.int(0, 255);
  return copy;
}

const MUTATIONS: Record<string, Mutation> = {
  truncated: (random, { text }) => utf8(text.slice(0, random.int(0, text.length))),
  shuffledLines: (random, { text }) => utf8(shuffled(random, text.split('\n')).join('\n')),
  droppedLines: (random, { text }) =>
    utf8(
      text
        .split('\n')
        .filter(() => !random.chance(0.2))
        .join('\n'),
    ),
  hugeNumbers: (random, { text }) =>
    utf8(text.replace(/\d+/g, (digits) => (random.chance(0.2) ? '9'.repeat(random.int(10, 400)) : digits))),
  negativeNumbers: (random, { text }) => utf8(text.replace(/\d+/g, (digits) => (random.chance(0.1) ? `-${digits}` : digits))),
  randomBytes: (random) => binary(Buffer.from(Array.from({ length: random.int(0, 4000) }, () => random.int(0, 255)))),
  wrongEncoding: (random, { text }) =>
    binary(Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), random.chance(0.5) ? 'utf16le' : 'latin1')),
  garbageInText: (random, { text }) => {
    const at = random.int(0, text.length);
    return utf8(text.slice(0, at) + String.fromCharCode(...Array.from({ length: 50 }, () => random.int(0, 0xd7ff))) + text.slice(at));
  },
  corruptDocx: (random, { docx }) => binary(corrupt(random, docx)),
  corruptPdf: (random, { pdf }) => binary(corrupt(random, pdf)),
  nestedHtml: (random) => utf8(`<html><body>${'<div>'.repeat(random.int(100, 5000))}丈亭镇人民政府</body></html>`),
  badBase64: (random) => ({ content: `%%${'x'.repeat(random.int(0, 50))}`, encoding: 'BASE64' }),
};

const PREVIEW = 'mutation($input: UploadReportInput!) { previewReport(input: $input) { format issues { rule } } }';
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';

describe(`fuzzed reports through previewReport and uploadReport (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  let sources: Sources;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = await graphqlClient(db.dataSource);
    const docx = await renderDocx(generateReport({ organization: '丈亭镇人民政府', year: 2019, template: '2019', seed: 'fuzz' }));
    sources = { text: reportFixture('zhangting-2019.txt').toString('utf8'), docx, pdf: reportFixture('hongze-2023.pdf') };
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const names = Object.keys(MUTATIONS);
  const mutant = (random: Random): [string, Mutant] => {
    const name = names[random.int(0, names.length - 1)];
    return [name, MUTATIONS[name](random, sources)];
  };

  /** An answer is data, or errors whose every code is a known one. */
  function checkAnswer(name: string, result: GraphQLResult): boolean {
    const codes = (result.errors ?? []).map((error) => error.extensions?.code);
    const unknown = codes.filter((code) => !(typeof code === 'string' && KNOWN_CODES.has(code)));
    expect([name, unknown]).toEqual([name, []]);
    return codes.length === 0;
  }

  it(`${PREVIEWS} mutated documents through previewReport: each a report or a typed error, none stored`, async () => {
    const random = new Random('fuzz-preview');
    for (let i = 0; i < PREVIEWS; i++) {
      const [name, { content, encoding }] = mutant(random);
      const result = await api.execute(PREVIEW, { input: { townshipCode: ZHANGTING, year: 2019, content, encoding } });
      checkAnswer(name, result);
    }
    expect(await db.dataSource.getRepository(ReportVersion).count()).toBe(0);
    // No time is asserted (the machine is shared): the reader's own work is bounded by counts (split budget, nesting, sizes).
  }, 300_000);

  it(`${UPLOADS} mutated documents through uploadReport: the database holds exactly the accepted ones`, async () => {
    const random = new Random('fuzz-upload');
    let stored = 0;
    for (let i = 0; i < UPLOADS; i++) {
      const [name, { content, encoding }] = mutant(random);
      const result = await api.execute<{ uploadReport: { status: string } }>(UPLOAD, {
        input: { townshipCode: ZHANGTING, year: 2019, content, encoding },
      });
      if (checkAnswer(name, result) && result.data!.uploadReport.status !== 'UNCHANGED') stored++;
    }
    expect(stored).toBeGreaterThan(0);
    expect(await db.dataSource.getRepository(ReportVersion).count()).toBe(stored);
  }, 120_000);
});
