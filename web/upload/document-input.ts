/** The document part of UploadReportInput, from the chosen file or else the pasted text. */
export interface DocumentInput {
  content: string;
  encoding: 'UTF8' | 'BASE64';
  format: 'AUTO';
}

/** Pictures a clerk may pick by mistake (a scan, a screenshot), by their first bytes. */
const PICTURES: readonly { name: string; magic: number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'BMP', magic: [0x42, 0x4d] },
];

/** A size as people say it: 20.0 MB, or under a megabyte 980 KB. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The size limit in plain words: what the clerk can do about it, no setting's name. */
export function tooLargeText(bytes: number | null, maxBytes: number): string {
  const size = bytes === null ? '文件' : `文件有 ${sizeText(bytes)}，`;
  return `${size}超过上传上限 ${sizeText(maxBytes)}：请删去报告中的图片，或另存为较小的文件后再上传。`;
}

/** Base64 of the file's bytes: the hub detects the form (.docx, PDF, HTML in GBK …) from the bytes themselves. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function pictureKind(bytes: Uint8Array): string | undefined {
  return PICTURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte))?.name;
}

/** The file or the pasted text, checked before anything is sent: not over the hub's limit, not a picture. */
export async function readDocument(file: File | undefined, pasted: string, maxBytes: number): Promise<DocumentInput> {
  if (file) {
    if (file.size > maxBytes) throw new Error(tooLargeText(file.size, maxBytes));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const picture = pictureKind(bytes);
    if (picture) throw new Error(`所选文件是一张图片（${picture}），不是报告：请上传报告的文本、网页（HTML）、Word（.docx）或 PDF 文件。`);
    return { content: base64Of(bytes), encoding: 'BASE64', format: 'AUTO' };
  }
  if (pasted.trim()) {
    const bytes = new TextEncoder().encode(pasted).length;
    if (bytes > maxBytes) throw new Error(tooLargeText(bytes, maxBytes));
    return { content: pasted, encoding: 'UTF8', format: 'AUTO' };
  }
  throw new Error('请选择报告文件或粘贴报告全文');
}
