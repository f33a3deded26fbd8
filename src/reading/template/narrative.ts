/**
 * A report's narrative as a whole: its text, whether it has any, and a digest that names the
 * text without holding it. The digest is stored with each version (report_versions, and the
 * read model beside its cells), so that a reader of many reports, the assessment's similarity,
 * knows a narrative it has already shingled without reading its text again.
 */
import { createHash } from 'node:crypto';
import { SECTION_KEYS, type ReportData } from './report-data';

/** The narrative the assessment compares: 总体情况, 存在的主要问题及改进情况, 其他需要报告的事项. */
export function narrativeText(data: Pick<ReportData, 'sections'>): string {
  return SECTION_KEYS.map((key) => data.sections?.[key] ?? '').join('\n');
}

/** Whether any of the sections holds more than whitespace. */
export function hasNarrative(data: Pick<ReportData, 'sections'>): boolean {
  return Object.values(data.sections ?? {}).some((text) => text?.trim());
}

/**
 * SHA-256 of narrativeText, in base64 (44 characters); null for a report without narrative.
 * Equal digests are equal texts: a cache keyed by it cannot be stale.
 */
export function narrativeDigest(data: Pick<ReportData, 'sections'>): string | null {
  return hasNarrative(data) ? createHash('sha256').update(narrativeText(data)).digest('base64') : null;
}
