import { EntityManager, In } from 'typeorm';
import { ReportVersion } from '../../../entities';
import type { CellSource } from '../../reading/template/cell-source';
import { decodeCellSources } from './cell-sources-codec';
import { KEYS_PER_STATEMENT, chunks } from './chunks';

/**
 * Where the cells of each version were read, by version id (empty for a version stored
 * without them): one statement per 1,000 versions. Kept out of loadReportData, so that the
 * comparisons and the assessment, which read every report's numbers, never read them.
 */
export async function loadCellSources(manager: EntityManager, versionIds: readonly number[]): Promise<Map<number, CellSource[]>> {
  const sources = new Map<number, CellSource[]>();
  for (const chunk of chunks([...new Set(versionIds)], KEYS_PER_STATEMENT)) {
    const rows = await manager.find(ReportVersion, { where: { id: In(chunk) }, select: { id: true, cellSources: true } });
    for (const row of rows) sources.set(row.id, decodeCellSources(row.cellSources));
  }
  return sources;
}
