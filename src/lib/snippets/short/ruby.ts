/** @module The Ruby short form: one Net::HTTP request (standard library only); prints the response body. */
import { rubyString, writeValue } from '../literals.ts';
import { DEFAULT_BASE_URL, userAgent } from '../plan.ts';
import { style } from '../ruby.ts';
import type { ShortCall } from './call.ts';

/** `PATCH` → `Patch`: Net::HTTP's request class for the method. */
const requestClass = (method: string) => `${method[0]}${method.slice(1).toLowerCase()}`;

export function rubyShort(call: ShortCall): string {
  const body: string[] = [];
  if (call.json !== undefined) body.push('request["Content-Type"] = "application/json"', `request.body = JSON.generate(${writeValue(call.json, style)})`);
  // set_form sends the file's base name as the file name.
  if (call.upload) body.push(`request.set_form([[${rubyString(call.upload.field)}, File.open(${rubyString(call.upload.path)})]], "multipart/form-data")`);
  return [
    ...(call.json !== undefined ? ['require "json"'] : []),
    'require "net/http"',
    '',
    `uri = URI(ENV.fetch("NAIRI_BASE_URL", ${rubyString(DEFAULT_BASE_URL)}) + ${rubyString(call.target)})`,
    `request = Net::HTTP::${requestClass(call.method)}.new(uri)`,
    'request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"',
    `request["User-Agent"] = ${rubyString(userAgent('ruby'))}`,
    ...body,
    'response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }',
    'puts response.body',
    '',
  ].join('\n');
}
