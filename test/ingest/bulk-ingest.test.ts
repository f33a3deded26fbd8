import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Report, ReportVersion } from '../../entities';
import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import { BulkResult, bulkIngest } from '../../src/storage/ingest/bulk-ingest';
import { collectFiles } from '../../src/storage/ingest/collect-files';
import { requireRegion } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

function report(organization: string, year: number, seed: string): string {
  return renderText(generateReport({ organization, year, template: year >= 2021 ? '2021' : '2019', seed }));
}

describe(`bulk ingest of a folder (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-ingest-'));
    const files: Record<string, string> = {
      'a/梁弄镇2019.txt': report('梁弄镇人民政府', 2019, 'a'),
      'a/梁弄镇2019-copy.txt': report('梁弄镇人民政府', 2019, 'a'),
      'b/梨洲街道2022.txt': report('余姚市梨洲街道办事处', 2022, 'b'),
      'b/平潭.txt': report('平潭综合实验区管委会', 2019, 'c'),
      'b/两镇联合.txt': report('大岚镇、四明山镇人民政府', 2019, 'd'),
      'b/通知.txt': '关于召开春耕生产动员会的通知\n各村：定于三月一日召开会议。',
      'notes.xlsx': 'not a report file',
    };
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.join(folder, path.dirname(name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), content);
    }
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await db.close();
  });

  const outcomes = (results: BulkResult[]) =>
    Object.fromEntries(
      results.map((r) => [
        path.relative(folder, r.file),
        r.outcome === 'REJECTED' ? `${r.outcome} ${r.code}` : `${r.outcome} ${r.township!.code} ${r.year}`,
      ]),
    );

  it('stores what it can, says why it rejects the rest, and stores nothing new the second time', async () => {
    const files = collectFiles([folder]);
    expect(files.map((file) => path.relative(folder, file))).toEqual([
      'a/梁弄镇2019-copy.txt',
      'a/梁弄镇2019.txt',
      'b/两镇联合.txt',
      'b/平潭.txt',
      'b/梨洲街道2022.txt',
      'b/通知.txt',
    ]);
    const region = await requireRegion(db.dataSource.manager, '330281');
    const progress: number[] = [];
    const first = await bulkIngest(db.dataSource, files, { region, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(outcomes(first)).toEqual({
      'a/梁弄镇2019-copy.txt': 'CREATED 330281114 2019',
      'a/梁弄镇2019.txt': 'UNCHANGED 330281114 2019',
      'b/两镇联合.txt': 'REJECTED AMBIGUOUS_ORGANIZATION',
      'b/平潭.txt': 'REJECTED NOT_A_TOWNSHIP',
      'b/梨洲街道2022.txt': 'CREATED 330281001 2022',
      'b/通知.txt': 'REJECTED NOT_A_REPORT',
    });
    expect(first.find((r) => r.code === 'AMBIGUOUS_ORGANIZATION')!.reason).toMatch(/大岚镇.*四明山镇/);

    const counts = async () => [
      await db.dataSource.getRepository(Report).count(),
      await db.dataSource.getRepository(ReportVersion).count(),
    ];
    const before = await counts();
    const second = await bulkIngest(db.dataSource, files, { region });
    expect(second.filter((r) => r.outcome !== 'REJECTED').every((r) => r.outcome === 'UNCHANGED')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('takes the year it is given over none, and rejects a document of another year', async () => {
    const region = await requireRegion(db.dataSource.manager, '330281');
    const [result] = await bulkIngest(db.dataSource, collectFiles([path.join(folder, 'b', '梨洲街道2022.txt')]), { region, year: 2021 });
    expect(result).toMatchObject({ outcome: 'REJECTED', code: 'YEAR_MISMATCH' });
  });
});
