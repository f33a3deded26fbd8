/**
 * Walks the document's tables row by row and places every row BY ITS LABEL. Which table a
 * row belongs to comes from the headers and headings above it, or from its own label when a
 * document runs two tables together; never from where its numbers stand in the document.
 */
import type { Block } from '../documents/blocks';
import { statedUnit } from './cell-value';
import { caseGroupNaming, headerKind, headingKind, isContextLabel } from './labels';
import { hasChinese, normalizeText } from './normalize-label';
import type { KnownSum } from './previous-year';
import { unplacedRow } from './parse-issues';
import { completeOtherHandling, groupNamedIn, placeApplicationRow } from './read-applications';
import { placeBareCaseRow, placeCaseRow } from './read-cases';
import { placeDisclosureRow } from './read-disclosure';
import { placeCountRow } from './read-platform';
import type { ReadingState, RowPlacer } from './reading-state';
import { ReportBuilder } from './report-builder';
import type { NarrativeCount, TemplateVersion } from './report-data';
import { hasValue, RowParts, splitRow } from './row-parts';
import { resolveRuns } from './split-runs';
import { TABLE_KINDS, TableKind } from './table-kind';

const PLACERS: Record<TableKind, RowPlacer> = {
  disclosure: placeDisclosureRow,
  applications: placeApplicationRow,
  cases: placeCaseRow,
  platform: placeCountRow,
};

/** Longer prose is narrative that merely mentions a table's subject, not a heading. */
const HEADING_MAX_LENGTH = 40;

/** What the table walk may know of the document besides its blocks. */
export interface DocumentContext {
  /** The document's extracted text, for the sources of cells worked out from several others. */
  text?: string;
  /** The form it was read as (TEXT, HTML, DOCX, PDF), for the cells' sources. */
  form?: string;
  /** Sums last year's stored report fixes (previous-year), to choose among splits. */
  previous?: KnownSum[];
}

/** `stated`: counts the narrative states, which help split digits that ran together. */
export function readTables(
  blocks: Block[],
  template: TemplateVersion,
  stated: NarrativeCount[] = [],
  document: DocumentContext = {},
): ReportBuilder {
  const out = new ReportBuilder(template, document.text, document.form);
  const previous = document.previous ?? [];
  const state: ReadingState = {};
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        noteHeading(block.text, state);
        break;
      case 'table':
        block.rows.forEach((cells, i) =>
          readRow(splitRow(cells, block.runTogether, block.starts?.[i], block.pages?.[i]), cells, state, out),
        );
        break;
      default: {
        const unknown: never = block;
        throw new Error(`unknown block ${JSON.stringify(unknown)}`);
      }
    }
  }
  resolveRuns(out, stated, previous);
  completeOtherHandling(out);
  return out;
}

/** A short prose heading (四、收到和处理政府信息公开申请情况, ### 行政复议) opens a table. */
function noteHeading(paragraph: string, state: ReadingState): void {
  const text = normalizeText(paragraph);
  if (text.length > HEADING_MAX_LENGTH || text.includes('。')) return;
  const kind = headingKind(text);
  if (!kind) return;
  enterTable(state, kind);
  noteContext([paragraph], state);
}

function enterContext(state: ReadingState, kind: TableKind, text: string): void {
  enterTable(state, kind);
  noteContext([text], state);
}

function enterTable(state: ReadingState, kind: TableKind): void {
  if (state.kind === kind) return;
  replaceState(state, { kind });
}

function replaceState(state: ReadingState, next: ReadingState): void {
  state.kind = next.kind;
  state.applicationGroup = next.applicationGroup;
  state.caseGroup = next.caseGroup;
  state.amountUnit = next.amountUnit;
}

function readRow(parts: RowParts, cells: string[], state: ReadingState, out: ReportBuilder): void {
  const header = tableHeaded(cells);
  if (header) enterTable(state, header);
  if (!hasValue(parts) && (header || parts.values.length === 0)) noteContext(cells, state);
  else if (parts.label === undefined) placeBare(parts, state, out);
  else placeLabelled(parts, state, out);
}

/** The table a header cell of the row belongs to; number cells head none. */
function tableHeaded(cells: string[]): TableKind | undefined {
  for (const cell of cells) {
    const text = normalizeText(cell);
    const kind = hasChinese(text) ? headerKind(text) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** Headers and headings carry no values but set what the rows below mean. */
function noteContext(cells: string[], state: ReadingState): void {
  const text = normalizeText(cells.join(''));
  switch (state.kind) {
    case 'disclosure':
      // Each 第二十条 block states its own unit, if any.
      state.amountUnit = statedUnit(text) ?? (text.includes('第二十条') ? undefined : state.amountUnit);
      break;
    case 'applications':
      state.applicationGroup = groupNamedIn(cells) ?? state.applicationGroup;
      break;
    case 'cases':
      state.caseGroup = caseGroupAfter(text, state.caseGroup);
      break;
    case 'platform':
    case undefined:
      break;
    default: {
      const unknown: never = state.kind;
      throw new Error(`unknown table ${String(unknown)}`);
    }
  }
}

/** A text naming one group selects it; naming several heads the wide layout; else no change. */
function caseGroupAfter(text: string, current: ReadingState['caseGroup']): ReadingState['caseGroup'] {
  const naming = caseGroupNaming(text);
  switch (naming.names) {
    case 'none':
      return current;
    case 'one':
      return naming.group;
    case 'several':
      return undefined;
    default: {
      const unknown: never = naming;
      throw new Error(`unknown naming ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A row of values without a label: only table 4 has those. Rows without a number are layout
 * (blank, or the `- | -` placeholders of markdown exports).
 */
function placeBare(parts: RowParts, state: ReadingState, out: ReportBuilder): void {
  if (state.kind === 'cases' && placeBareCaseRow(parts, state, out)) return;
  if (hasValue(parts)) out.issue(unplacedRow(state.kind, parts.text));
}

/**
 * The current table's rows first; then the other tables', for documents that run two tables
 * together (the row's label then says where it belongs, and the walk moves to that table).
 */
function placeLabelled(parts: RowParts, state: ReadingState, out: ReportBuilder): void {
  if (state.kind && PLACERS[state.kind](parts, state, out)) return;
  // Table 4's data row has no label: crawler text runs its headers into it (行政复议行政诉讼结果维持…0 1 1…).
  if (state.kind === 'cases' && placeBareCaseRow(parts, state, out)) return;
  if (state.kind && isContextLabel(state.kind, parts.key)) return noteContext([parts.text], state);
  for (const kind of TABLE_KINDS.filter((other) => other !== state.kind)) {
    const trial: ReadingState = { kind };
    if (PLACERS[kind](parts, trial, out)) return replaceState(state, trial);
  }
  // Another table's group row (（四）通过不同渠道和方式回应解读的情况 | ——): text that lost its
  // table structure runs it on from the table before, whose header set the walk's table.
  const heads = hasValue(parts) ? undefined : TABLE_KINDS.find((kind) => isContextLabel(kind, parts.key));
  if (heads) return enterContext(state, heads, parts.text);
  out.issue(unplacedRow(state.kind, parts.text));
}
