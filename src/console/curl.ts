/**
 * @module "Copy as curl": one command for the request the console would send. The key appears as
 * `$NAIRI_API_KEY` unless the user explicitly asks for the real one.
 */
import { buildUrl, type RequestModel } from '../lib/request.ts';
import { curlFormPath, shellQuote } from '../lib/snippets/literals.ts';

export interface CurlOptions {
  serverUrl: string;
  /** The real key, only when the user chose to include it. */
  key?: string;
  /** Local file name for a multipart upload (the browser never exposes the path). */
  fileName?: string;
}

export function toCurl(request: RequestModel, values: (name: string) => unknown, options: CurlOptions): string {
  const auth = options.key ? shellQuote(`Authorization: Bearer ${options.key}`) : '"Authorization: Bearer $NAIRI_API_KEY"';
  const parts = [`curl -sS -X ${request.method} ${shellQuote(buildUrl(request, options.serverUrl, values))}`, `-H ${auth}`];
  if (request.body?.kind === 'json') {
    parts.push(`-H 'Content-Type: application/json'`, `--data-raw ${shellQuote(String(values('__body') ?? JSON.stringify(request.body.value)))}`);
  }
  if (request.body?.kind === 'multipart') parts.push(`-F ${shellQuote(`${request.body.field}=@${curlFormPath(options.fileName ?? 'file')}`)}`);
  return parts.join(' \\\n  ');
}
