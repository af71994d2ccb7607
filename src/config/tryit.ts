/**
 * @module The servers the try-it console may call, fixed at build time (never taken from the page
 * URL). NAIRI_TRYIT_SERVERS adds comma-separated base URLs; NAIRI_TRYIT_DEFAULT picks the default
 * (the local sandbox unless set).
 */

export interface TryItServer {
  url: string;
  label: string;
}

export const PRODUCTION = 'https://api.nairi.ai/api/public/v1';
export const SANDBOX = 'http://127.0.0.1:4010/api/public/v1';

/** Parses and checks the server settings; a malformed URL fails the build with its value. */
export function tryItServers(env: Record<string, string | undefined>): { servers: TryItServer[]; defaultUrl: string } {
  const extra = (env.NAIRI_TRYIT_SERVERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const servers: TryItServer[] = [{ url: SANDBOX, label: 'Local sandbox' }, { url: PRODUCTION, label: 'Production' }];
  for (const raw of extra) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`NAIRI_TRYIT_SERVERS: "${raw}" is not a URL.`);
    }
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) throw new Error(`NAIRI_TRYIT_SERVERS: "${raw}" must be a plain http(s) base URL.`);
    const clean = raw.replace(/\/+$/, '');
    if (!servers.some((s) => s.url === clean)) servers.push({ url: clean, label: url.host });
  }
  const defaultUrl = (env.NAIRI_TRYIT_DEFAULT ?? SANDBOX).replace(/\/+$/, '');
  if (!servers.some((s) => s.url === defaultUrl)) throw new Error(`NAIRI_TRYIT_DEFAULT "${defaultUrl}" is not one of the servers.`);
  return { servers, defaultUrl };
}

/** Origins the Content Security Policy allows `connect-src` to reach. */
export const serverOrigins = (servers: TryItServer[]) => [...new Set(servers.map((s) => new URL(s.url).origin))];
