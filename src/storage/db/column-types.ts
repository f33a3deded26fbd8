import { parseDatabaseUrl } from '../../config';

/**
 * Column types for large values. MySQL's TEXT and BLOB stop at 64 KB (a PDF report is
 * larger, and a long narrative section can be); SQLite has neither LONGTEXT nor LONGBLOB
 * and TypeORM rejects them there. Entity decorators are evaluated once at import, so the
 * choice follows the configured database: a process serves one kind of database.
 */
const onMysql = parseDatabaseUrl(process.env.DATABASE_URL).kind === 'mysql';

export const LARGE_TEXT = onMysql ? 'longtext' : 'text';
export const LARGE_BINARY = onMysql ? 'longblob' : 'blob';
