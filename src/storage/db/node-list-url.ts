/**
 * A mysql:// URL naming several hosts, `mysql://user:pass@host1:3311,host2:3312/db?opt`, as
 * one URL per host, in order (a URL naming one host comes back alone, unchanged). WHATWG
 * `new URL()` refuses a comma-separated host list, so the authority is split here and each
 * host's URL is then checked by `new URL()`.
 */
const PARTS = /^(mysql:\/\/)((?:[^/?#]*@)?)([^/?#@]*)(.*)$/;

/** The URL with its password hidden, for messages. */
export function withoutPassword(url: string): string {
  return url.replace(/^(mysql:\/\/[^:/?#@]*):[^/?#]*@/, '$1:***@');
}

export function splitNodeList(url: string): string[] {
  const parts = PARTS.exec(url);
  if (!parts) throw new Error(`DATABASE_URL "${withoutPassword(url)}" is not mysql://user:pass@host:port/db`);
  const [, scheme, credentials, hosts, rest] = parts;
  return hosts.split(',').map((host) => {
    const single = `${scheme}${credentials}${host.trim()}${rest}`;
    if (!host.trim() || !URL.canParse(single) || !new URL(single).hostname) {
      throw new Error(`DATABASE_URL "${withoutPassword(url)}" names a host "${host}" that is not host or host:port`);
    }
    return single;
  });
}
