import fs from 'node:fs';
import path from 'node:path';
import { HubError } from '../../core/errors';

/** Endings of the files a folder of reports holds; anything else in a folder is passed over. */
const REPORT_FILE = /\.(txt|md|markdown|html?|docx|pdf)$/i;

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() && REPORT_FILE.test(entry.name) ? [full] : [];
  });
}

/** The report files named: files as given, folders searched through; sorted, each once. */
export function collectFiles(paths: readonly string[]): string[] {
  const files = paths.flatMap((given) => {
    if (!fs.existsSync(given)) throw new HubError('NOT_FOUND', `找不到文件或文件夹「${given}」`, { path: given });
    return fs.statSync(given).isDirectory() ? filesUnder(given) : [given];
  });
  return [...new Set(files.map((file) => path.resolve(file)))].sort();
}
