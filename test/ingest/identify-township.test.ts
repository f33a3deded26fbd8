import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Report } from '../../entities';
import { summarize } from '../../src/cli/ingest-command';
import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import { BulkResult, bulkIngest } from '../../src/storage/ingest/bulk-ingest';
import { collectFiles } from '../../src/storage/ingest/collect-files';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadRegionSeed } from '../../src/storage/store/region-seed';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'reports');

/** A generated report signed by `organization`, its overview opening with `overviewLead` when given. */
function generated(organization: string, year: number, overviewLead = ''): string {
  const data = generateReport({ organization, year, template: year >= 2021 ? '2021' : '2019', seed: `${organization}${year}` });
  if (overviewLead) data.sections = { ...data.sections, overview: `${overviewLead}${data.sections?.overview ?? ''}` };
  return renderText(data);
}

const TAIPING = loadRegionSeed()
  .filter((region) => region.name === '太平镇')
  .map((region) => region.code);

/** What must become of each file: stored under this township and year, or rejected with this code. */
const EXPECTED: Record<string, string> = {
  // Real reports of bodies that are not townships of the region list.
  'shanghai-office-2019.html': 'REJECTED NOT_A_TOWNSHIP',
  'hongze-2023.pdf': 'REJECTED NOT_A_TOWNSHIP',
  'shuyang-2025.md': 'REJECTED NOT_A_TOWNSHIP',
  'pingtan-2022.txt': 'REJECTED NOT_A_TOWNSHIP',
  'pingtan-2022.html': 'REJECTED NOT_A_TOWNSHIP',
  // 片区管理局 of 平潭: township-level bodies the region list does not have, and not the 镇/街道 of a like name.
  'haitan-2021.txt': 'REJECTED NOT_A_TOWNSHIP',
  'haitan-2024.txt': 'REJECTED NOT_A_TOWNSHIP',
  'junshan-2021.txt': 'REJECTED NOT_A_TOWNSHIP',
  'junshan-2022.txt': 'REJECTED NOT_A_TOWNSHIP',
  'jinjing-2020.txt': 'REJECTED NOT_A_TOWNSHIP',
  'jinjing-2020.html': 'REJECTED NOT_A_TOWNSHIP',
  'jinjing-2023.txt': 'REJECTED NOT_A_TOWNSHIP',
  'jinjing-2023.html': 'REJECTED NOT_A_TOWNSHIP',
  'zhangting-2019.txt': 'CREATED 330281109 2019',
  // Generated reports of many bodies.
  'g/丈亭镇2020.txt': 'CREATED 330281109 2020',
  'g/梨洲街道2020.txt': 'CREATED 330281001 2020',
  'g/庆北办事处2020.txt': 'CREATED 130273401 2020',
  'g/老庄子镇2020.txt': 'CREATED 130273101 2020',
  'g/街道办事处2020.txt': 'REJECTED UNKNOWN_ORGANIZATION',
  'g/太平镇2020.txt': 'REJECTED AMBIGUOUS_ORGANIZATION',
  'g/双阳区太平镇2021.txt': 'CREATED 220112105 2021',
  'g/太平镇2019-长春市双阳区.txt': 'CREATED 220112105 2019',
  'g/平潭镇2020.txt': 'CREATED 441303110 2020',
  'g/新平潭镇2020.txt': 'REJECTED UNKNOWN_ORGANIZATION',
  'g/余姚市教育局2020.txt': 'REJECTED NOT_A_TOWNSHIP',
  'g/余姚市人民政府2020.txt': 'REJECTED NOT_A_TOWNSHIP',
  'g/金井镇2020.txt': 'CREATED 350128107 2020',
};

const GENERATED: Record<string, string> = {
  'g/丈亭镇2020.txt': generated('丈亭镇人民政府', 2020),
  'g/梨洲街道2020.txt': generated('梨洲街道办事处', 2020),
  'g/庆北办事处2020.txt': generated('庆北办事处', 2020),
  'g/老庄子镇2020.txt': generated('老庄子镇人民政府', 2020),
  'g/街道办事处2020.txt': generated('街道办事处', 2020),
  'g/太平镇2020.txt': generated('太平镇人民政府', 2020),
  'g/双阳区太平镇2021.txt': generated('双阳区太平镇人民政府', 2021),
  'g/太平镇2019-长春市双阳区.txt': generated('太平镇人民政府', 2019, '根据长春市双阳区政务公开工作部署，'),
  'g/平潭镇2020.txt': generated('平潭镇人民政府', 2020),
  'g/新平潭镇2020.txt': generated('新平潭镇人民政府', 2020),
  'g/余姚市教育局2020.txt': generated('余姚市教育局', 2020),
  'g/余姚市人民政府2020.txt': generated('余姚市人民政府', 2020),
  'g/金井镇2020.txt': generated('平潭县金井镇人民政府', 2020),
};

describe(`ingest without --region: the township is never guessed (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let folder: string;
  let results: BulkResult[];
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['']);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-identify-'));
    for (const name of Object.keys(EXPECTED).filter((name) => !name.startsWith('g/')))
      fs.copyFileSync(path.join(FIXTURES, name), path.join(folder, name));
    fs.mkdirSync(path.join(folder, 'g'));
    for (const [name, text] of Object.entries(GENERATED)) fs.writeFileSync(path.join(folder, name), text);
    results = await bulkIngest(db.dataSource, collectFiles([folder]), { region: null });
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await db.close();
  });

  it('stores each report under its own township or rejects it, with the reason', () => {
    const outcomes = Object.fromEntries(
      results.map((r) => [
        path.relative(folder, r.file),
        r.outcome === 'REJECTED' ? `${r.outcome} ${r.code}` : `${r.outcome} ${r.township!.code} ${r.year}`,
      ]),
    );
    expect(outcomes).toEqual(EXPECTED);
  });

  it('stores nothing under another township', async () => {
    const stored = await db.dataSource.getRepository(Report).find({ order: { townshipCode: 'ASC', year: 'ASC' } });
    const filed = Object.values(EXPECTED)
      .filter((outcome) => outcome.startsWith('CREATED'))
      .map((outcome) => outcome.split(' ').slice(1).join(' '))
      .sort();
    expect(stored.map((report) => `${report.townshipCode} ${report.year}`)).toEqual(filed);
  });

  it('lists every township a name fits, and says what a rejected body is', () => {
    const reason = (file: string) => results.find((r) => path.relative(folder, r.file) === file)!.reason!;
    expect(TAIPING.length).toBeGreaterThan(20);
    for (const code of TAIPING) expect(reason('g/太平镇2020.txt')).toContain(`太平镇（${code}）`);
    expect(reason('pingtan-2022.txt')).toMatch(/「平潭综合实验区」.*管理区域/);
    expect(reason('jinjing-2020.txt')).toMatch(/金井片区管理局」.*不是名称相近的金井镇（350128107）/);
    expect(reason('hongze-2023.pdf')).toMatch(/「洪泽区人民政府」是县级或以上的机关/);
    expect(reason('g/余姚市教育局2020.txt')).toMatch(/是部门/);
  });

  // The upload path checks the organization by the same rule: a 片区管理局's report is not 金井镇's.
  it('refuses an upload naming a township the document is not', async () => {
    const before = await db.dataSource.getRepository(Report).count();
    for (const [file, townshipCode] of [
      ['jinjing-2023.txt', '350128107'],
      ['pingtan-2022.txt', '441303110'],
    ]) {
      const bytes = fs.readFileSync(path.join(FIXTURES, file));
      const year = Number(/\d{4}/.exec(file)![0]);
      await expect(ingestReport(db.dataSource, { townshipCode, year, bytes, format: 'AUTO' })).rejects.toMatchObject({
        code: 'ORGANIZATION_MISMATCH',
      });
    }
    expect(await db.dataSource.getRepository(Report).count()).toBe(before);
  });

  it('keeps the summary line format', () => {
    const lines = summarize(results).split('\n');
    const created = lines.find((line) => line.includes('g/庆北办事处2020.txt'))!;
    expect(created).toMatch(/^CREATED {2,}庆北办事处（130273401）2020 {2}\S*g\/庆北办事处2020\.txt$/);
    const rejected = lines.find((line) => line.includes('jinjing-2023.html'))!;
    expect(rejected).toMatch(/^REJECTED {2,}\S*jinjing-2023\.html {2}NOT_A_TOWNSHIP: 发布机关「/);
  });
});
