import { OriginalDocumentDocument } from '../graphql/operations.js';
import { el } from '../lib/dom.js';
import { errorText } from '../lib/format.js';
import { gql } from '../lib/graphql.js';

const EXTENSIONS: Record<string, string> = { TEXT: 'txt', HTML: 'html', DOCX: 'docx', PDF: 'pdf' };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function save(townshipCode: string, year: number, number: number): Promise<void> {
  const report = (await gql(OriginalDocumentDocument, { townshipCode, year })).report;
  const version = report?.versions.find((v) => v.number === number);
  if (!report || !version) throw new Error(`没有第 ${number} 版原文`);
  const url = URL.createObjectURL(new Blob([bytesOf(version.document)]));
  const name = `${report.township.name}${year}年度报告-第${number}版.${EXTENSIONS[version.format] ?? 'bin'}`;
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** 原文: downloads the document the township uploaded for this version, byte for byte. */
export function originalDocumentButton(townshipCode: string, year: number, number: number): HTMLElement {
  const message = el('span', { class: 'error-text' });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'original-document',
      onclick: () => {
        message.textContent = '';
        save(townshipCode, year, number).catch((error: unknown) => (message.textContent = errorText(error)));
      },
    },
    '原文',
  );
  return el('span', {}, button, message);
}
