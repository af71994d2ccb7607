/** @module bash emitter: curl for requests, jq for JSON, `set -euo pipefail` so every failure stops the script. */
import { API_PREFIX, isVar, type RequestModel, type Value } from '../request.ts';
import type { CallStep, PollStep, Program, Step } from '../samples/program.ts';
import { commentText, curlFormPath, inShellDoubleQuotes, shellQuote, writeValue, type LiteralStyle } from './literals.ts';
import { DEFAULT_BASE_URL, DOT_SEGMENT, KEY_LINE_BREAK, pathParts, queryText, userAgent, queryPairs } from './plan.ts';
import { LANGUAGE_LABELS } from './labels.ts';
import type { Emitter } from './types.ts';

/** A jq program literal: JSON with `$name` for variables passed with --arg. */
const jqStyle: LiteralStyle = {
  string: (s) => JSON.stringify(s), variable: (n) => `$${n}`, null: 'null', true: 'true', false: 'false',
  object: ['{', '}'], key: (k) => `${JSON.stringify(k)}: `, array: ['[', ']'], trailingComma: false,
};

function collectVars(value: Value, out: Set<string>): Set<string> {
  if (isVar(value)) out.add(value.var);
  else if (Array.isArray(value)) value.forEach((v) => collectVars(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectVars(v, out));
  return out;
}

/** The path as one double-quoted shell word, with variables percent-encoded by jq. */
function pathWord(request: RequestModel): string {
  const word = pathParts(request).map((p) => ('var' in p ? `$(urlencode "$${p.var}")` : inShellDoubleQuotes(p.text))).join('');
  return `"${word}"`;
}

/** curl arguments after the path: query, JSON or multipart body. */
function curlArgs(request: RequestModel): string[] {
  const args: string[] = [];
  for (const [key, value] of queryPairs(request)) {
    args.push(isVar(value) ? `--data-urlencode "${inShellDoubleQuotes(key)}=$${value.var}"` : `--data-urlencode ${shellQuote(`${key}=${queryText(value)}`)}`);
  }
  if (request.query.length) args.unshift('-G');
  const body = request.body;
  if (body?.kind === 'multipart') {
    args.push(isVar(body.file) ? `-F "${body.field}=@$(form_path "$${body.file.var}")"` : `-F ${shellQuote(`${body.field}=@${curlFormPath(String(body.file))}`)}`);
  } else if (body?.kind === 'json') {
    const vars = [...collectVars(body.value, new Set())];
    const json = vars.length
      ? `"$(jq -n ${vars.map((v) => `--arg ${v} "$${v}"`).join(' ')} ${shellQuote(writeValue(body.value, jqStyle))})"`
      : shellQuote(JSON.stringify(body.value, null, 2));
    args.push('-H "Content-Type: application/json"', `-d ${json}`);
  }
  return args;
}

const apiCall = (request: RequestModel) => [`api ${request.method} ${pathWord(request)}`, ...curlArgs(request)].join(' \\\n  ');

function callStep(step: CallStep): string[] {
  const lines: string[] = [];
  const call = apiCall(step.request);
  if (step.saveFile) {
    lines.push(`response=$(${call})`);
    lines.push(`jq -r ${shellQuote(`.${step.saveFile.field}`)} <<<"$response" | base64 -d > "$${step.saveFile.to.var}"`);
    lines.push(`echo "Saved $(jq -r '.filename' <<<"$response") to $${step.saveFile.to.var}"`);
  } else if (step.print === 'response') {
    lines.push(step.noContent ? `${call} >/dev/null\necho "Done (204 No Content)."` : `${call} | jq .`);
  } else if (step.save.length) {
    lines.push(`response=$(${call})`);
    for (const save of step.save) {
      const filter = 'path' in save
        ? `.${save.path.join('.')}`
        : `[.${save.last}[] | select(${Object.entries(save.where).map(([k, v]) => `.${k} == ${JSON.stringify(v)}`).join(' and ')})] | last | .${save.field}${save.item === undefined ? '' : `[${save.item}]`} // ""`;
      lines.push(`${save.var}=$(jq -r ${shellQuote(filter)} <<<"$response")`);
    }
  } else {
    lines.push(`${call} >/dev/null`);
  }
  if (typeof step.print === 'object') lines.push(`printf '%s: %s\\n' ${shellQuote(step.print.label)} "$${step.print.var}"`);
  return lines;
}

function pollStep(step: PollStep): string[] {
  const done = step.until.map((v) => `$${step.saveAs} == ${shellQuote(v)}`).join(' || ');
  const lines = [
    `deadline=$((SECONDS + ${step.timeoutSeconds}))`,
    'while true; do',
    `  ${step.saveAs}=$(${apiCall(step.request).replace(/\n/g, '\n  ')} | jq -r ${shellQuote(`.${step.field}`)})`,
    `  if [[ ${done} ]]; then break; fi`,
    `  if (( SECONDS >= deadline )); then echo ${shellQuote(`Gave up after ${step.timeoutSeconds}s; ${step.field} is still `)}"$${step.saveAs}" >&2; exit 1; fi`,
    `  sleep ${step.intervalSeconds}`,
    'done',
  ];
  if (step.failOn) lines.push(`if [[ $${step.saveAs} == ${shellQuote(step.failOn)} ]]; then echo ${shellQuote(`The agent's turn ended as ${step.failOn}; the conversation's system message says why.`)} >&2; exit 1; fi`);
  return lines;
}

const stepLines = (step: Step) => (step.kind === 'poll' ? pollStep(step) : callStep(step));

function generate(program: Program): string {
  const needsEncode = program.steps.some((s) => pathParts(s.request).some((p) => 'var' in p));
  const uploadsVar = program.steps.some((s) => s.request.body?.kind === 'multipart' && isVar(s.request.body.file));
  const out = [
    '#!/usr/bin/env bash',
    `# ${commentText(program.title)}`,
    '# Needs curl and jq. Reads your key from NAIRI_API_KEY; never paste it into the script.',
    'set -euo pipefail',
    '',
    ': "${NAIRI_API_KEY:?Set NAIRI_API_KEY to your Nairi public API key (nr_...)}"',
    `if [[ $NAIRI_API_KEY == *[$'\\r\\n']* ]]; then echo ${shellQuote(KEY_LINE_BREAK)} >&2; exit 1; fi`,
    `BASE_URL="\${NAIRI_BASE_URL:-${DEFAULT_BASE_URL}}"`,
    '# The bare host works too: drop trailing slashes, then add the API prefix if it is missing.',
    'while [[ $BASE_URL == */ ]]; do BASE_URL=${BASE_URL%/}; done',
    `[[ $BASE_URL == *${API_PREFIX} ]] || BASE_URL="$BASE_URL${API_PREFIX}"`,
    ...program.inputs.map((i) => `${i.name}=\${${i.name}:-${shellQuote(i.default)}}`),
    '',
    '# api METHOD PATH [curl options]: prints the response body, or the API\'s error and exits.',
    'api() {',
    '  local method=$1 path=$2 response status body',
    '  shift 2',
    `  case "$path/" in */./* | */../*) echo ${shellQuote(DOT_SEGMENT)}"$path" >&2; exit 1 ;; esac`,
    '  response=$(curl -sS -X "$method" "$BASE_URL$path" \\',
    '    -H "Authorization: Bearer $NAIRI_API_KEY" \\',
    `    -H ${shellQuote(`User-Agent: ${userAgent('bash')}`)} \\`,
    '    -w $\'\\n%{http_code}\' "$@")',
    '  status=${response##*$\'\\n\'}',
    '  body=${response%$\'\\n\'*}',
    '  if (( status < 200 || status > 299 )); then',
    '    echo "Nairi API error $status on $method $path: $(jq -r \'.error // empty\' <<<"$body" 2>/dev/null || echo "$body")" >&2',
    '    exit 1',
    '  fi',
    '  printf \'%s\' "$body"',
    '}',
    ...(uploadsVar ? ['', '# Quotes a file path for curl -F, so ";", "," and \'"\' in its name stay part of it.', 'form_path() { local p=${1//\\\\/\\\\\\\\}; p=${p//\\"/\\\\\\"}; printf \'"%s"\' "$p"; }'] : []),
    ...(needsEncode ? ['', '# Percent-encodes one path segment (a slug may contain "/").', 'urlencode() { jq -rn --arg v "$1" \'$v | @uri\'; }'] : []),
  ];
  for (const step of program.steps) {
    out.push('');
    if (step.title) out.push(`# ${commentText(step.title)}`);
    out.push(...stepLines(step));
  }
  return `${out.join('\n')}\n`;
}

export const bash: Emitter = {
  id: 'bash', label: LANGUAGE_LABELS.bash, ext: 'sh', shiki: 'bash', comment: '#', generate,
  fileName: (name) => `${name}.sh`, runCommand: (file) => `bash ${file}`,
};
