import fs from 'node:fs';
import { DOCUMENT_FORMATS, DocumentFormat } from '../reading/documents/formats';
import { runChecks } from '../checks/run-checks';
import { HubError } from '../core/errors';
import { parseDocument } from '../storage/ingest/parse-document';

function formatOption(value: string | undefined): DocumentFormat | 'AUTO' {
  const upper = (value ?? 'AUTO').toUpperCase();
  if (upper === 'AUTO' || (DOCUMENT_FORMATS as readonly string[]).includes(upper)) return upper as DocumentFormat | 'AUTO';
  throw new HubError('BAD_USER_INPUT', `--format「${value}」不是 ${['AUTO', ...DOCUMENT_FORMATS].join('、')} 之一`, { format: value });
}

/** `parse <file> [--format F]`: the ReportData JSON of a report file, with its issues. */
export async function parseCommand(file: string | undefined, format: string | undefined): Promise<string> {
  if (!file) throw new HubError('BAD_USER_INPUT', '用法：parse <文件> [--format AUTO|TEXT|HTML|DOCX|PDF]');
  if (!fs.existsSync(file)) throw new HubError('NOT_FOUND', `文件「${file}」不存在`, { file });
  const { data } = await parseDocument(fs.readFileSync(file), formatOption(format));
  data.issues = [...data.issues, ...runChecks(data)];
  return JSON.stringify(data, null, 2);
}
