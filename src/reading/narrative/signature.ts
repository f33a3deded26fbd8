/**
 * The signature of a report: the body's name and the date, each usually on a line of its own
 * (丈亭镇人民政府 / 2020年01月20日), sometimes together on one line or in brackets. Reports
 * sign at the end; some put the same lines under the title instead.
 */
import { matchDate } from './dates';

export interface Signature {
  organization: string | null;
  publishedOn: string | null;
  /** How many of the given lines the signature takes, so that sections can leave them out. */
  paragraphs: number;
}

const SIGNATURE_MAX_LINES = 4;
const SIGNATURE_MAX_LENGTH = 40;
const ORGANIZATION = /(?:人民政府|政府|办事处|管委会|管理委员会|委员会|办公室|办公厅|局|厅|委|镇|乡|街道|中心)$/;

/** The signature at the end of the report. */
export function closingSignature(paragraphs: string[]): Signature {
  return signatureIn(paragraphs.slice(-SIGNATURE_MAX_LINES).reverse());
}

/** The signature lines right under the title (`titleAt` its index), if any. */
export function bylineUnder(paragraphs: string[], titleAt: number): Signature {
  return signatureIn(paragraphs.slice(titleAt + 1, titleAt + 1 + SIGNATURE_MAX_LINES));
}

/** The signature lines at the start of `lines`, up to the first line that is none. */
function signatureIn(lines: string[]): Signature {
  const signature: Signature = { organization: null, publishedOn: null, paragraphs: 0 };
  for (const paragraph of lines) {
    const line = signatureLine(paragraph);
    if (!line) break;
    signature.publishedOn ??= line.date;
    signature.organization ??= line.organization;
    signature.paragraphs++;
  }
  return signature;
}

/** A short line that is a date, a body's name, or both; undefined for anything else. */
function signatureLine(paragraph: string): { organization: string | null; date: string | null } | undefined {
  const text = paragraph.trim();
  if (text.length > SIGNATURE_MAX_LENGTH || /[。；，,:：]/.test(text)) return undefined;
  const match = matchDate(text);
  const rest = (match ? text.replace(match.written, '') : text).replace(/[\s()（）]+/g, '');
  const organization = ORGANIZATION.test(rest) ? rest : null;
  const isSignature = organization !== null || (rest === '' && match !== null);
  return isSignature ? { organization, date: match?.iso ?? null } : undefined;
}
