/**
 * @module The servers the try-it console may call, fixed at build time (never taken from the page
 * URL). The same list feeds the console, the explorer's spec, connect-src and the deploy headers.
 *
 *   NAIRI_TRYIT_SANDBOX   base URL of a local sandbox to offer; unset, none is offered or allowed
 *                         (`npm start` and `npm test` set it to the sandbox they start)
 *   NAIRI_TRYIT_SERVERS   extra base URLs, comma-separated
 *   NAIRI_TRYIT_DEFAULT   the server the console starts on: the sandbox when offered, else production
 *   NAIRI_TRYIT_ALLOW_LOOPBACK_DEFAULT=1
 *                         lets a public https site default to a loopback server, on purpose
 */
import { siteSettings } from './site.ts';

export interface TryItServer {
  url: string;
  label: string;
  /** The local sandbox: its calls change nothing real, so the console asks no confirmation. */
  sandbox?: boolean;
}

export const PRODUCTION = 'https://api.nairi.ai/api/public/v1';

type Env = Record<string, string | undefined>;

/** A plain http(s) base URL without a trailing slash; anything else fails the build with its value. */
function baseUrl(raw: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${variable}: "${raw}" is not a URL.`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) throw new Error(`${variable}: "${raw}" must be a plain http(s) base URL.`);
  return raw.replace(/\/+$/, '');
}

/** Whether a URL's host is this machine: localhost, 127.0.0.0/8, ::1 or 0.0.0.0. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0.0.0.0';
}

/** Parses and checks the server settings. */
export function tryItServers(env: Env): { servers: TryItServer[]; defaultUrl: string } {
  const servers: TryItServer[] = [{ url: PRODUCTION, label: 'Production' }];
  const sandbox = env.NAIRI_TRYIT_SANDBOX?.trim();
  if (sandbox) servers.unshift({ url: baseUrl(sandbox, 'NAIRI_TRYIT_SANDBOX'), label: 'Local sandbox', sandbox: true });
  for (const raw of (env.NAIRI_TRYIT_SERVERS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const url = baseUrl(raw, 'NAIRI_TRYIT_SERVERS');
    if (!servers.some((s) => s.url === url)) servers.push({ url, label: new URL(url).host });
  }
  const explicit = env.NAIRI_TRYIT_DEFAULT?.trim();
  const defaultUrl = explicit ? explicit.replace(/\/+$/, '') : servers[0]!.url;
  if (!servers.some((s) => s.url === defaultUrl)) {
    throw new Error(`NAIRI_TRYIT_DEFAULT "${defaultUrl}" is not one of the servers (${servers.map((s) => s.url).join(', ')}).`);
  }
  const { site } = siteSettings(env);
  if (site.startsWith('https:') && !isLoopback(site) && isLoopback(defaultUrl) && env.NAIRI_TRYIT_ALLOW_LOOPBACK_DEFAULT !== '1') {
    throw new Error(
      `The try-it console would default to ${defaultUrl}, a server on each visitor's own machine, on the public site ${site}. ` +
        `For a public build unset NAIRI_TRYIT_SANDBOX and NAIRI_TRYIT_DEFAULT (the console then defaults to production), ` +
        `or set NAIRI_DOCS_SITE to a local address; set NAIRI_TRYIT_ALLOW_LOOPBACK_DEFAULT=1 only to allow it on purpose.`,
    );
  }
  return { servers, defaultUrl };
}

/** Origins the Content Security Policy allows `connect-src` to reach. */
export const serverOrigins = (servers: TryItServer[]) => [...new Set(servers.map((s) => new URL(s.url).origin))];
