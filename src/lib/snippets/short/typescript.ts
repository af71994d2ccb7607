/** @module The TypeScript short form: one fetch call; runs as-is with `node file.ts` (top-level await). */
import { tsString, writeValue } from '../literals.ts';
import { DEFAULT_BASE_URL, userAgent } from '../plan.ts';
import { style } from '../typescript.ts';
import type { ShortCall } from './call.ts';

export function typescriptShort(call: ShortCall): string {
  const headers = ['Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,', `"User-Agent": ${tsString(userAgent('typescript'))},`];
  if (call.json !== undefined) headers.push('"Content-Type": "application/json",');
  const body = call.json !== undefined ? `body: JSON.stringify(${writeValue(call.json, style, '  ')}),` : call.upload ? 'body: form,' : undefined;
  const upload = call.upload;
  return [
    ...(upload ? ['import { readFile } from "node:fs/promises";', ''] : []),
    `const baseUrl = process.env.NAIRI_BASE_URL || ${tsString(DEFAULT_BASE_URL)};`,
    ...(upload
      ? ['const form = new FormData();', `form.append(${tsString(upload.field)}, new Blob([await readFile(${tsString(upload.path)})]), ${tsString(upload.fileName)});`]
      : []),
    `const response = await fetch(baseUrl + ${tsString(call.target)}, {`,
    ...(call.method === 'GET' ? [] : [`  method: ${tsString(call.method)},`]),
    '  headers: {',
    ...headers.map((h) => `    ${h}`),
    '  },',
    ...(body ? [`  ${body}`] : []),
    '});',
    'console.log(await response.text());',
    '',
  ].join('\n');
}
