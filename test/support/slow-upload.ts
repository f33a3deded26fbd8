import { DataSource, EntityManager } from 'typeorm';
import { saveInput } from '../../src/storage/ingest/ingest-report';
import { parseUpload } from '../../src/storage/ingest/parse-upload';
import { countWrite } from '../../src/storage/store/data-generation';
import { reportKey } from '../../src/storage/store/load-report';
import { saveReport } from '../../src/storage/store/save-report';

export interface OpenUpload {
  /** Commits the upload's transaction; rejects as its COMMIT does. */
  commit(): Promise<void>;
}

/**
 * An upload stored as ingestReport stores it (the version, its rows, the write counted), held
 * open before its COMMIT until told: what lets a test put another write in between. In the
 * session's isolation (the hub's), unless `isolation` says otherwise.
 */
export async function holdUploadOpen(
  dataSource: DataSource,
  upload: { townshipCode: string; year: number; text: string },
  isolation?: 'READ COMMITTED',
): Promise<OpenUpload> {
  const { townshipCode, year } = upload;
  const parsed = await parseUpload(dataSource, { townshipCode, year, bytes: Buffer.from(upload.text), format: 'TEXT' });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let stored!: () => void;
  const storedYet = new Promise<void>((resolve) => (stored = resolve));
  const work = async (manager: EntityManager) => {
    await saveReport(manager, saveInput(parsed));
    await countWrite(manager, reportKey({ townshipCode, year }));
    stored();
    await gate;
  };
  const transaction = isolation ? dataSource.transaction(isolation, work) : dataSource.transaction(work);
  // A failure before the rows are in (rather than at COMMIT) is the caller's at once.
  await Promise.race([storedYet, transaction]);
  return {
    commit() {
      release();
      return transaction;
    },
  };
}
