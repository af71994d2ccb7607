/**
 * @module The Go short form: a small complete `package main` (a fragment would not build), one
 * net/http request, the response body copied to stdout. Builds with Go 1.19.
 */
import { goString, writeValue } from '../literals.ts';
import { DEFAULT_BASE_URL, userAgent } from '../plan.ts';
import { style } from '../go.ts';
import type { ShortCall } from './call.ts';

/** Lines that build the request body into `body` and set `contentType`, if there is a body. */
function bodyLines(call: ShortCall): { lines: string[]; reader: string; contentType?: string; imports: string[] } {
  if (call.json !== undefined) {
    return {
      lines: [`payload, _ := json.Marshal(${writeValue(call.json, style)})`],
      reader: 'bytes.NewReader(payload)',
      contentType: '"application/json"',
      imports: ['bytes', 'encoding/json'],
    };
  }
  if (call.upload) {
    return {
      lines: [
        `file, err := os.Open(${goString(call.upload.path)})`,
        'if err != nil {',
        '\tpanic(err)',
        '}',
        'var body bytes.Buffer',
        'form := multipart.NewWriter(&body)',
        `part, _ := form.CreateFormFile(${goString(call.upload.field)}, ${goString(call.upload.fileName)})`,
        'io.Copy(part, file)',
        'form.Close()',
      ],
      reader: '&body',
      contentType: 'form.FormDataContentType()',
      imports: ['bytes', 'mime/multipart'],
    };
  }
  return { lines: [], reader: 'nil', imports: [] };
}

export function goShort(call: ShortCall): string {
  const body = bodyLines(call);
  const imports = [...new Set([...body.imports, 'io', 'net/http', 'os'])].sort();
  const main = [
    'baseURL := os.Getenv("NAIRI_BASE_URL")',
    'if baseURL == "" {',
    `\tbaseURL = ${goString(DEFAULT_BASE_URL)}`,
    '}',
    ...body.lines,
    `req, _ := http.NewRequest(${goString(call.method)}, baseURL+${goString(call.target)}, ${body.reader})`,
    'req.Header.Set("Authorization", "Bearer "+os.Getenv("NAIRI_API_KEY"))',
    `req.Header.Set("User-Agent", ${goString(userAgent('go'))})`,
    ...(body.contentType ? [`req.Header.Set("Content-Type", ${body.contentType})`] : []),
    'resp, err := http.DefaultClient.Do(req)',
    'if err != nil {',
    '\tpanic(err)',
    '}',
    'defer resp.Body.Close()',
    'io.Copy(os.Stdout, resp.Body)',
  ];
  return [
    'package main',
    '',
    'import (',
    ...imports.map((i) => `\t${goString(i)}`),
    ')',
    '',
    'func main() {',
    ...main.map((l) => `\t${l.replace(/\n/g, '\n\t')}`),
    '}',
    '',
  ].join('\n');
}
