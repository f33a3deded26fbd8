import { HubError } from '../../core/errors';
import { normalizeRegionCode } from '../../core/region-code';
import { quoteInput } from '../../core/quote-input';

/** One line of an official list of codes (the 民政部 form): code, name, and optionally the parent's code. */
export interface ListedRegion {
  code: string;
  name: string;
  parentCode: string | null;
}

/** C0 and C1 controls, DEL, and the line and paragraph separators: nothing a region's name holds. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function refuse(lineNumber: number, line: string, why: string): HubError {
  const quoted = quoteInput(line);
  return new HubError('BAD_REGION_LIST', `区划清单第 ${lineNumber} 行「${quoted}」${why}`, { lineNumber, line: quoted });
}

/** A header names its columns instead of starting with a code. */
const isHeader = (cells: readonly string[]) => cells[0]?.trim().toLowerCase() === 'code' || cells[0]?.trim() === '代码';

function listedRegion(line: string, lineNumber: number): ListedRegion {
  const cells = line.split(',');
  if (cells.length < 2 || cells.length > 3) throw refuse(lineNumber, line, '不是「代码,名称[,上级代码]」');
  const [codeCell, nameCell, parentCell] = cells;
  const code = normalizeRegionCode(codeCell);
  if (!code) throw refuse(lineNumber, line, `的代码「${quoteInput(codeCell)}」不是区划代码`);
  if (CONTROL.test(nameCell)) throw refuse(lineNumber, line, '的名称含控制字符');
  const name = nameCell.trim();
  if (!name) throw refuse(lineNumber, line, '没有名称');
  const parent = parentCell?.trim() ? normalizeRegionCode(parentCell) : null;
  if (parentCell?.trim() && !parent) throw refuse(lineNumber, line, `的上级代码「${quoteInput(parentCell)}」不是区划代码`);
  return { code, name, parentCode: parent };
}

/**
 * Reads a CSV list `code,name[,parent]`, header line optional, UTF-8 with or without BOM. A
 * name with a control character is refused, quoting its line: names are data that every page
 * and export shows. A code listed twice is refused too.
 */
export function parseRegionList(text: string): ListedRegion[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const listed: ListedRegion[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (line.trim() === '' || (index === 0 && isHeader(line.split(',')))) return;
    const region = listedRegion(line, index + 1);
    if (seen.has(region.code)) throw refuse(index + 1, line, `的代码 ${region.code} 已在前面出现过`);
    seen.add(region.code);
    listed.push(region);
  });
  if (!listed.length) throw new HubError('BAD_REGION_LIST', '区划清单是空的', {});
  return listed;
}
