/** The document part of UploadReportInput, from the chosen file or else the pasted text. */
export interface DocumentInput {
  content: string;
  encoding: 'UTF8' | 'BASE64';
  format: 'AUTO';
}

/** Base64 of the file's bytes: the hub detects the form (.docx, PDF, HTML in GBK …) from the bytes themselves. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function readDocument(file: File | undefined, pasted: string): Promise<DocumentInput> {
  if (file) return { content: await base64Of(file), encoding: 'BASE64', format: 'AUTO' };
  if (pasted.trim()) return { content: pasted, encoding: 'UTF8', format: 'AUTO' };
  throw new Error('请选择报告文件或粘贴报告全文');
}
