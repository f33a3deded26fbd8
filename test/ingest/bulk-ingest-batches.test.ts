import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Report } from '../../entities';
import { demoReports } from '../../src/generator/demo-reports';
import { bulkIngest } from '../../src/storage/ingest/bulk-ingest';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

/** More files than a batch holds (50), so that a batch is read while the one before is stored. */
describe(`bulk ingest over several batches (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-ingest-batches-'));
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await db.close();
  });

  it('stores every file once and says so in order, over three batches', async () => {
    const region = await requireRegion(db.dataSource.manager, '330281');
    const townships = (await townshipsUnder(db.dataSource.manager, region)).slice(0, 20);
    // Township by township, so that a township's years fall into different batches.
    const files = demoReports(townships, [2019, 2020, 2021, 2022, 2023, 2024]).map((report, i) => {
      const file = path.join(folder, `${String(i).padStart(3, '0')}-${report.townshipCode}-${report.year}.txt`);
      fs.writeFileSync(file, report.text);
      return file;
    });
    expect(files.length).toBeGreaterThan(100);
    const progress: number[] = [];
    const results = await bulkIngest(db.dataSource, files, { region, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual(files.map((_, i) => i + 1));
    expect(results.map((result) => `${result.outcome} ${path.basename(result.file)}`)).toEqual(
      files.map((file) => `CREATED ${path.basename(file)}`),
    );
    expect(results.map((result) => `${result.township?.code}-${result.year}`)).toEqual(
      files.map((file) => path.basename(file, '.txt').split('-').slice(1).join('-')),
    );
    expect(await db.dataSource.getRepository(Report).count()).toBe(files.length);
  });
});
