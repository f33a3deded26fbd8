import { el } from './dom.js';
import { HubError } from './graphql.js';
import { currentToken } from './token.js';

/** The file name the hub gives (Content-Disposition: attachment; filename*=UTF-8''…). */
function filenameOf(response: Response, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/**
 * Downloads one of the hub's /export/* files with the user's token (a plain link could not send
 * it); a refusal throws a HubError with the hub's Chinese message.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HubError('无法连接服务器', 'NETWORK');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    throw new HubError(error?.message ?? `下载失败：服务器返回 ${response.status}`, error?.extensions?.code ?? 'HTTP');
  }
  const url = URL.createObjectURL(await response.blob());
  el('a', { href: url, download: filenameOf(response, fallbackName) }).click();
  // The click has handed the file to the browser; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url));
}
