/**
 * Label normalisation. Real reports write the template's labels with full- or half-width
 * characters, spaces inside words (`本年新 制作数量`), numbering (`1.`, `（三）`, `三、`) and
 * explanatory notes (`规范性文件(指各行政机关印发的有正式文号的文件)`); matching works on
 * the bare words.
 */

/**
 * Width-folded text without any whitespace: full-width letters, digits and punctuation become
 * half-width (`（` → `(`, `：` → `:`), so patterns need one spelling. Notes are kept, since
 * some carry meaning (`行政诉讼（复议后起诉）`, `（单位：万元）`).
 */
export function normalizeText(raw: string): string {
  return PLAIN_ASCII.test(raw) ? raw : foldedTexts(raw);
}

/** Printable ASCII without whitespace or a pipe (most number cells) is its own normal form. */
const PLAIN_ASCII = /^[\x21-\x7b\x7d\x7e]*$/;

/**
 * Every cell is normalised by several readers (template detection, headers, values), and
 * the template's labels repeat from report to report: NFKC and the label patterns are most
 * of the reader's cost, so the short texts seen (cells, labels, headings) are kept, up to a
 * bound (cleared when full) that no document can grow past. Prose is rarely seen twice.
 */
const KEPT_TEXTS = 4096;
const KEPT_LENGTH = 200;

function remembered(normalize: (raw: string) => string): (raw: string) => string {
  const seen = new Map<string, string>();
  return (raw) => {
    if (raw.length > KEPT_LENGTH) return normalize(raw);
    const known = seen.get(raw);
    if (known !== undefined) return known;
    if (seen.size >= KEPT_TEXTS) seen.clear();
    const text = normalize(raw);
    seen.set(raw, text);
    return text;
  };
}

const foldedTexts = remembered(foldText);

function foldText(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      // A stray pipe (` |` at the end of lines copied from a table view) separates, like a space.
      .replace(/\s+|[|｜]/g, '')
      .replace(/[\u2212\u2013]/g, '-')
      .replace(/其它/g, '其他')
  );
}

/** Whether a text has Chinese words: every label, header and heading of the templates has. */
export function hasChinese(text: string): boolean {
  return CHINESE.test(text);
}

const CHINESE = /[\u4e00-\u9fff]/;

const CHINESE_DIGITS = '一二三四五六七八九十';
const NUMBERING = new RegExp(`^(?:\\([${CHINESE_DIGITS}\\d]{1,3}\\)|[${CHINESE_DIGITS}]{1,3}[、.,]|\\d{1,2}[、.,)](?!\\d))`);
const NOTE = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;
const QUOTES = /[“”‘’"'「」『』《》]/g;

/** The bare words of a label: no numbering, no notes in brackets, no quotes. */
export const normalizeLabel = remembered(bareWords);

function bareWords(raw: string): string {
  return stripNotes(stripNumbering(normalizeText(raw)))
    .replace(QUOTES, '')
    .replace(/^[:,.、]+|[:,.、]+$/g, '');
}

/** Numbering can be nested (`三、(一)`), so it is stripped until none is left. */
function stripNumbering(text: string): string {
  return replaceUntilStable(text, NUMBERING);
}

/** Notes can nest (`(指(…)文件)`); a note left unclosed by a cut-off cell runs to the end. */
function stripNotes(text: string): string {
  return replaceUntilStable(text, NOTE)
    .replace(/[([【〔].*$/, '')
    .replace(/[)\]】〕]/g, '');
}

function replaceUntilStable(text: string, pattern: RegExp): string {
  const next = text.replace(pattern, '');
  return next === text ? text : replaceUntilStable(next, pattern);
}
