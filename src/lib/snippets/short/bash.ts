/** @module The bash short form: one curl command; curl prints the response body. */
import { curlFormPath, inShellDoubleQuotes, shellQuote } from '../literals.ts';
import { DEFAULT_BASE_URL, userAgent } from '../plan.ts';
import type { ShortCall } from './call.ts';

/**
 * The URL as one shell word: the base from NAIRI_BASE_URL (or production), then the target. An
 * interactive bash expands `!` even inside double quotes, so a target holding one is single-quoted.
 */
function urlWord(target: string): string {
  const base = `\${NAIRI_BASE_URL:-${inShellDoubleQuotes(DEFAULT_BASE_URL)}}`;
  return target.includes('!') ? `"${base}"${shellQuote(target)}` : `"${base}${inShellDoubleQuotes(target)}"`;
}

export function bashShort(call: ShortCall): string {
  const lines = [
    `curl -sS${call.method === 'GET' ? '' : ` -X ${call.method}`} ${urlWord(call.target)}`,
    '-H "Authorization: Bearer $NAIRI_API_KEY"',
    `-H ${shellQuote(`User-Agent: ${userAgent('bash')}`)}`,
  ];
  if (call.json !== undefined) lines.push(`-H ${shellQuote('Content-Type: application/json')}`, `-d ${shellQuote(JSON.stringify(call.json, null, 2))}`);
  if (call.upload) lines.push(`-F ${shellQuote(`${call.upload.field}=@${curlFormPath(call.upload.path)}`)}`);
  return `${lines.join(' \\\n  ')}\n`;
}
