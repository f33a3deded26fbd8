import { DataSource } from 'typeorm';
import { ReportVersion } from '../../../entities';
import { HubError } from '../../core/errors';
import { SaveReportResult } from '../store/save-report';
import { readWithRetry } from './retry-transaction';

function outcomeUnknown(uploadId: string): HubError {
  return new HubError(
    'OUTCOME_UNKNOWN',
    `提交本次上传时与数据库的连接中断，无法确认是否已保存（上传编号 ${uploadId}）。重新上传同一份文档是安全的：若已保存，结果为 UNCHANGED`,
    { uploadId, resendIsSafe: true },
  );
}

/**
 * What an upload whose connection broke during or after COMMIT left in the database, read on
 * a fresh connection by the id the upload wrote on its version in its own transaction: the
 * version found (CREATED or UPDATED), or OUTCOME_UNKNOWN (the commit may still be landing, or
 * the database cannot be asked), which tells the caller that re-sending is safe: the same
 * document again is UNCHANGED once stored. An upload that wrote nothing was UNCHANGED either way.
 */
export async function committedOutcome(dataSource: DataSource, attempted: SaveReportResult, uploadId: string): Promise<SaveReportResult> {
  if (attempted.status === 'UNCHANGED') return attempted;
  let version: ReportVersion | null;
  try {
    // Through the next node of a cluster when the one that died held the connection.
    version = await readWithRetry(() =>
      dataSource.manager.findOne(ReportVersion, { where: { uploadId }, select: { id: true, reportId: true, number: true } }),
    );
  } catch {
    throw outcomeUnknown(uploadId);
  }
  if (!version) throw outcomeUnknown(uploadId);
  return {
    status: version.number === 1 ? 'CREATED' : 'UPDATED',
    reportId: version.reportId,
    versionId: version.id,
    versionNumber: version.number,
  };
}
