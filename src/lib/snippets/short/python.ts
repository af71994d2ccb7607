/** @module The Python short form: one requests call; prints the response body. */
import { pythonString, writeValue } from '../literals.ts';
import { DEFAULT_BASE_URL, userAgent } from '../plan.ts';
import { style } from '../python.ts';
import type { ShortCall } from './call.ts';

export function pythonShort(call: ShortCall): string {
  const args = [
    `base_url + ${pythonString(call.target)},`,
    `headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": ${pythonString(userAgent('python'))}},`,
  ];
  // requests sets Content-Type for `json=` and `files=` itself.
  if (call.json !== undefined) args.push(`json=${writeValue(call.json, style, '    ')},`);
  // requests sends the file object's base name as the file name.
  if (call.upload) args.push(`files={${pythonString(call.upload.field)}: open(${pythonString(call.upload.path)}, "rb")},`);
  return [
    'import os',
    '',
    'import requests',
    '',
    `base_url = os.environ.get("NAIRI_BASE_URL") or ${pythonString(DEFAULT_BASE_URL)}`,
    `response = requests.${call.method.toLowerCase()}(`,
    ...args.map((a) => `    ${a}`),
    ')',
    'print(response.text)',
    '',
  ].join('\n');
}
