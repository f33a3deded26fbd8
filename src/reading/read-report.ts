/**
 * Blocks of any document form → ReportData. Tables are read by label (read-tables), the
 * prose by src/narrative; this puts the two together and decides whether the document is a
 * report at all.
 */
import type { Block, ParsedDocument } from './documents/blocks';
import { HubError } from '../core/errors';
import { Narrative, readNarrative } from './narrative/read-narrative';
import { readBlankTables } from './template/blank-tables';
import { detectTemplate } from './template/detect-template';
import { mergeCounts } from './template/merge-counts';
import { missingTable } from './template/parse-issues';
import { previousYearSums, type PreviousYear } from './template/previous-year';
import { readTables } from './template/read-tables';
import { ReportBuilder } from './template/report-builder';
import { CASE_GROUPS, type ReportData, type ReportIssue } from './template/report-data';
import { REQUIRED_TABLES, RequiredTable, TABLE_KINDS } from './template/table-kind';

/** Where each required table's cells live, for the issue that says it is missing. */
const TABLE_PATHS: Record<RequiredTable, string[]> = {
  disclosure: ['activeDisclosure'],
  applications: ['applications'],
  cases: [...CASE_GROUPS],
};

/** What the reader may be told besides the document. */
export interface ReadOptions {
  /** The form the document was read as, for the cells' sources (TEXT, HTML, DOCX, PDF …). */
  form?: string;
  /**
   * The body's stored report of the year before, when the storage layer has one: its 结转下年度
   * and 现行有效 help choose among the splits of digits that ran together (previous-year).
   */
  previous?: PreviousYear;
}

/** `document`: a reader's ParsedDocument, or bare blocks (whose cells then have no sources). */
export function readReport(document: ParsedDocument | Block[], options: ReadOptions = {}): ReportData {
  const blocks = Array.isArray(document) ? document : document.blocks;
  if (!blocks.some(hasContent)) throw new HubError('EMPTY_DOCUMENT', '文档是空的，没有可读取的内容');
  const narrative = readNarrative(blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])));
  const text = Array.isArray(document) ? undefined : document.text;
  const previous = options.previous ? previousYearSums(options.previous) : [];
  const tables = readTables(blocks, detectTemplate(blocks, narrative.year), narrative.counts, { text, form: options.form, previous });
  readBlankTables(
    blocks,
    TABLE_KINDS.filter((kind) => !tables.tablesFound.has(kind)),
    tables,
  );
  if (!narrative.titled && tables.tablesFound.size === 0) {
    throw new HubError('NOT_A_REPORT', '这不是政府信息公开工作年度报告：既没有“政府信息公开工作年度报告”标题，也没有年度报告的统计表格');
  }
  return assemble(narrative, tables);
}

function hasContent(block: Block): boolean {
  if (block.kind === 'paragraph') return block.text.trim() !== '';
  return block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
}

function assemble(narrative: Narrative, tables: ReportBuilder): ReportData {
  const counts = mergeCounts(tables.counts, narrative.counts, tables.notApplicable);
  return {
    organization: narrative.organization,
    year: narrative.year,
    template: tables.template,
    publishedOn: narrative.publishedOn,
    ...nonEmpty('activeDisclosure', tables.activeDisclosure),
    ...nonEmpty('applications', tables.applications),
    ...tables.cases,
    ...counts,
    ...nonEmpty('sections', narrative.sections),
    narrativeCounts: narrative.counts,
    notApplicable: tables.notApplicable,
    readings: tables.readings,
    cellSources: tables.cellSources,
    issues: [...tables.issues, ...missingTables(tables)],
  };
}

/** An absent table stays absent rather than an empty object. */
function nonEmpty<K extends string, V extends object>(key: K, value: V): Partial<Record<K, V>> {
  return Object.keys(value).length > 0 ? ({ [key]: value } as Record<K, V>) : {};
}

function missingTables(tables: ReportBuilder): ReportIssue[] {
  return REQUIRED_TABLES.filter((kind) => !tables.tablesFound.has(kind)).map((kind) => missingTable(kind, TABLE_PATHS[kind]));
}
