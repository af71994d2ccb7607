/** @module Ruby emitter: Net::HTTP and the standard library only; `abort` prints the API's error and exits 1. */
import { API_PREFIX, isVar, type RequestModel } from '../request.ts';
import type { CallStep, PollStep, Program, Step } from '../samples/program.ts';
import { commentText, rubyString, writeValue, type LiteralStyle } from './literals.ts';
import { DEFAULT_BASE_URL, DOT_SEGMENT, KEY_LINE_BREAK, pathParts, queryText, snake, userAgent, queryPairs } from './plan.ts';
import { LANGUAGE_LABELS } from './labels.ts';
import type { Emitter } from './types.ts';

/** How values are written as literals; the short form (short/ruby.ts) writes its bodies with it too. */
export const style: LiteralStyle = {
  string: rubyString, variable: snake, null: 'nil', true: 'true', false: 'false',
  object: ['{', '}'], key: (k) => `${rubyString(k)} => `, array: ['[', ']'],
};

/** Text for inside a double-quoted Ruby string (the quotes removed from rubyString's output). */
const inString = (s: string) => rubyString(s).slice(1, -1);

function pathExpr(request: RequestModel): string {
  const path = pathParts(request).map((p) => ('var' in p ? `#{ERB::Util.url_encode(${snake(p.var)})}` : inString(p.text))).join('');
  if (!request.query.length) return `"${path}"`;
  const pairs = queryPairs(request).map(([k, v]) => `[${rubyString(k)}, ${isVar(v) ? snake(v.var) : rubyString(queryText(v))}]`);
  return `"${path}?#{URI.encode_www_form([${pairs.join(', ')}])}"`;
}

function callExpr(request: RequestModel, indent = ''): string {
  const args = [rubyString(request.method), pathExpr(request)];
  const body = request.body;
  if (body?.kind === 'json') args.push(`body: ${writeValue(body.value, style, indent)}`);
  if (body?.kind === 'multipart') args.push(`file: ${isVar(body.file) ? snake(body.file.var) : rubyString(String(body.file))}`);
  return `api(${args.join(', ')})`;
}

function callStep(step: CallStep): string[] {
  const lines: string[] = [];
  if (step.saveFile) {
    const to = snake(step.saveFile.to.var);
    lines.push(`attachment = ${callExpr(step.request)}`, `File.binwrite(${to}, Base64.strict_decode64(attachment[${rubyString(step.saveFile.field)}]))`, `puts "Saved #{attachment["filename"]} to #{${to}}"`);
  } else if (step.print === 'response') {
    if (step.noContent) lines.push(callExpr(step.request), 'puts "Done (204 No Content)."');
    else lines.push(`result = ${callExpr(step.request)}`, 'puts JSON.pretty_generate(result)');
  } else if (step.save.length) {
    lines.push(`data = ${callExpr(step.request)}`);
    for (const save of step.save) {
      if ('path' in save) lines.push(`${snake(save.var)} = data.fetch(${rubyString(save.path[0]!)})`);
      else {
        const cond = Object.entries(save.where).map(([k, v]) => `item[${rubyString(k)}] == ${rubyString(v)}`).join(' && ');
        lines.push(`${snake(save.var)} = data.fetch(${rubyString(save.last)}).select { |item| ${cond} }.last&.${save.item === undefined ? `fetch(${rubyString(save.field)})` : `dig(${rubyString(save.field)}, ${save.item})`}.to_s`);
      }
    }
  } else {
    lines.push(callExpr(step.request));
  }
  if (typeof step.print === 'object') lines.push(`puts "${inString(step.print.label)}: #{${snake(step.print.var)}}"`);
  return lines;
}

function pollStep(step: PollStep): string[] {
  const v = snake(step.saveAs);
  return [
    // Declared before the loop: a variable first set inside a block would not be visible after it.
    `${v} = nil`,
    `deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + ${step.timeoutSeconds}`,
    'loop do',
    `  ${v} = ${callExpr(step.request, '  ')}.fetch(${rubyString(step.field)})`,
    `  break if [${step.until.map(rubyString).join(', ')}].include?(${v})`,
    `  abort ${rubyString(`Gave up after ${step.timeoutSeconds}s; ${step.field} is still `)} + ${v}.to_s if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline`,
    `  sleep ${step.intervalSeconds}`,
    'end',
    ...(step.failOn ? [`abort ${rubyString(`The agent's turn ended as ${step.failOn}; the conversation's system message says why.`)} if ${v} == ${rubyString(step.failOn)}`] : []),
  ];
}

function generate(program: Program): string {
  const has = (test: (s: Step) => boolean) => program.steps.some(test);
  const requires = [
    ...(has((s) => s.kind === 'call' && !!s.saveFile) ? ['base64'] : []),
    ...(has((s) => pathParts(s.request).some((p) => 'var' in p)) ? ['erb'] : []),
    'json', 'net/http', 'uri',
  ];
  const body = program.steps.flatMap((step) => ['', ...(step.title ? [`# ${commentText(step.title)}`] : []), ...(step.kind === 'poll' ? pollStep(step) : callStep(step))]);
  return [
    `# ${commentText(program.title)}`,
    '# Standard library only. Reads your key from NAIRI_API_KEY.',
    ...requires.map((r) => `require "${r}"`),
    '',
    '# An unset or empty variable falls back to the default.',
    'def env_or(name, fallback)',
    '  value = ENV.fetch(name, "")',
    '  value.empty? ? fallback : value',
    'end',
    '',
    'API_KEY = env_or("NAIRI_API_KEY", "")',
    'abort "Set NAIRI_API_KEY to your Nairi public API key (nr_...)." if API_KEY.empty?',
    `abort ${rubyString(KEY_LINE_BREAK)} if API_KEY.match?(/[\\r\\n]/)`,
    '# The bare host works too: the API prefix is added when it is missing.',
    `BASE_URL = env_or("NAIRI_BASE_URL", ${rubyString(DEFAULT_BASE_URL)}).sub(%r{/+\\z}, "").then { |url| url.end_with?(${rubyString(API_PREFIX)}) ? url : url + ${rubyString(API_PREFIX)} }`,
    ...program.inputs.map((i) => `${snake(i.name)} = env_or(${rubyString(i.name)}, ${rubyString(i.default)})`),
    '',
    "# Calls the API and returns the parsed JSON; on an HTTP error prints the API's message and exits.",
    'def api(method, path, body: nil, file: nil)',
    `  abort ${rubyString(DOT_SEGMENT)} + path if path.split("?").first.split("/").any? { |part| part == "." || part == ".." }`,
    '  uri = URI("#{BASE_URL}#{path}")',
    '  request = Net::HTTP.const_get(method.capitalize).new(uri)',
    '  request["Authorization"] = "Bearer #{API_KEY}"',
    `  request["User-Agent"] = ${rubyString(userAgent('ruby'))}`,
    '  upload = file && File.open(file, "rb")',
    '  if upload',
    '    request.set_form([["file", upload]], "multipart/form-data")',
    '  elsif body',
    '    request["Content-Type"] = "application/json"',
    '    request.body = JSON.generate(body)',
    '  end',
    '  response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https", open_timeout: 10, read_timeout: 30) do |http|',
    '    http.request(request)',
    '  end',
    '  unless response.is_a?(Net::HTTPSuccess)',
    '    message = begin',
    '      JSON.parse(response.body).fetch("error", response.body)',
    '    rescue JSON::ParserError, TypeError',
    '      response.body',
    '    end',
    '    abort "Nairi API error #{response.code} on #{method} #{path}: #{message}"',
    '  end',
    '  response.body.to_s.empty? ? nil : JSON.parse(response.body)',
    'ensure',
    '  upload&.close',
    'end',
    ...body,
    '',
  ].join('\n');
}

export const ruby: Emitter = {
  id: 'ruby', label: LANGUAGE_LABELS.ruby, ext: 'rb', shiki: 'ruby', comment: '#', generate,
  fileName: (name) => `${name.replace(/-/g, '_')}.rb`, runCommand: (file) => `ruby ${file}`,
};
