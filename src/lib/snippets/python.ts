/** @module Python emitter: requests with a shared Session, errors printed from the API's `error` field. */
import { API_PREFIX, isVar, type RequestModel } from '../request.ts';
import type { CallStep, PollStep, Program, Step } from '../samples/program.ts';
import { commentText, pythonString, writeValue, type LiteralStyle } from './literals.ts';
import { DEFAULT_BASE_URL, DOT_SEGMENT, KEY_LINE_BREAK, pathParts, queryPairs, queryText, snake, userAgent } from './plan.ts';
import { LANGUAGE_LABELS } from './labels.ts';
import type { Emitter } from './types.ts';

/** How values are written as literals; the short form (short/python.ts) writes its bodies with it too. */
export const style: LiteralStyle = {
  string: pythonString, variable: snake, null: 'None', true: 'True', false: 'False',
  object: ['{', '}'], key: (k) => `${pythonString(k)}: `, array: ['[', ']'],
};

function pathExpr(request: RequestModel): string {
  return pathParts(request).map((p) => ('var' in p ? `quote(${snake(p.var)}, safe="")` : pythonString(p.text))).join(' + ');
}

function callExpr(request: RequestModel, indent = ''): { pre: string[]; expr: string; wrap?: string } {
  const args = [pythonString(request.method), pathExpr(request)];
  if (request.query.length) {
    // Query values go as text, written as the other languages send them (`true`, not Python's `True`).
    const pairs = queryPairs(request).map(([k, v]) => `(${pythonString(k)}, ${isVar(v) ? snake(v.var) : pythonString(queryText(v))})`);
    args.push(`params=[${pairs.join(', ')}]`);
  }
  const body = request.body;
  if (body?.kind === 'json') args.push(`json=${writeValue(body.value, style, indent)}`);
  if (body?.kind === 'multipart') {
    const file = isVar(body.file) ? snake(body.file.var) : pythonString(String(body.file));
    args.push(`files={${pythonString(body.field)}: (os.path.basename(${file}), upload)}`);
    return { pre: [], expr: `api(${args.join(', ')})`, wrap: `with open(${file}, "rb") as upload:` };
  }
  return { pre: [], expr: `api(${args.join(', ')})` };
}

/** `target = call`, inside `with open(…)` for uploads. */
function emitCall(request: RequestModel, target: string, indent = ''): string[] {
  const call = callExpr(request, indent);
  const line = `${target}${call.expr}`;
  return call.wrap ? [`${indent}${call.wrap}`, `${indent}    ${line.replace(/\n/g, '\n    ')}`] : [`${indent}${line}`];
}

function callStep(step: CallStep): string[] {
  const lines: string[] = [];
  if (step.saveFile) {
    lines.push(...emitCall(step.request, 'attachment = '));
    const to = snake(step.saveFile.to.var);
    lines.push(`with open(${to}, "wb") as out:`, `    out.write(base64.b64decode(attachment[${pythonString(step.saveFile.field)}]))`, `print(f"Saved {attachment['filename']} to {${to}}")`);
  } else if (step.print === 'response') {
    if (step.noContent) lines.push(...emitCall(step.request, ''), 'print("Done (204 No Content).")');
    else lines.push(...emitCall(step.request, 'result = '), 'print(json.dumps(result, indent=2, ensure_ascii=False))');
  } else if (step.save.length) {
    lines.push(...emitCall(step.request, 'data = '));
    for (const save of step.save) {
      if ('path' in save) lines.push(`${snake(save.var)} = data[${pythonString(save.path[0]!)}]`);
      else {
        const cond = Object.entries(save.where).map(([k, v]) => `item[${pythonString(k)}] == ${pythonString(v)}`).join(' and ');
        const value = save.item === undefined ? `item[${pythonString(save.field)}]` : `(item.get(${pythonString(save.field)}) or [""])[${save.item}]`;
        lines.push(`${snake(save.var)} = next((${value} for item in reversed(data[${pythonString(save.last)}]) if ${cond}), "")`);
      }
    }
  } else {
    lines.push(...emitCall(step.request, ''));
  }
  if (typeof step.print === 'object') lines.push(`print(${pythonString(`${step.print.label}:`)}, ${snake(step.print.var)})`);
  return lines;
}

function pollStep(step: PollStep): string[] {
  const v = snake(step.saveAs);
  const finals = `(${step.until.map(pythonString).join(', ')}${step.until.length === 1 ? ',' : ''})`;
  return [
    `deadline = time.monotonic() + ${step.timeoutSeconds}`,
    'while True:',
    ...emitCall(step.request, `${v} = `, '    ').map((l) => `${l}[${pythonString(step.field)}]`),
    `    if ${v} in ${finals}:`,
    '        break',
    '    if time.monotonic() > deadline:',
    `        sys.exit(${pythonString(`Gave up after ${step.timeoutSeconds}s; ${step.field} is still `)} + str(${v}))`,
    `    time.sleep(${step.intervalSeconds})`,
    ...(step.failOn ? [`if ${v} == ${pythonString(step.failOn)}:`, `    sys.exit(${pythonString(`The agent's turn ended as ${step.failOn}; the conversation's system message says why.`)})`] : []),
  ];
}

function generate(program: Program): string {
  const has = (test: (s: Step) => boolean) => program.steps.some(test);
  const imports = [
    ...(has((s) => s.kind === 'call' && !!s.saveFile) ? ['import base64'] : []),
    ...(has((s) => s.kind === 'call' && s.print === 'response' && !s.noContent) ? ['import json'] : []),
    'import os',
    'import sys',
    ...(has((s) => s.kind === 'poll') ? ['import time'] : []),
    ...(has((s) => pathParts(s.request).some((p) => 'var' in p)) ? ['from urllib.parse import quote'] : []),
  ];
  const body = program.steps.flatMap((step) => ['', ...(step.title ? [`# ${commentText(step.title)}`] : []), ...(step.kind === 'poll' ? pollStep(step) : callStep(step))]);
  return [
    // The docstring is an ordinary string literal, so the writer's escaping covers quotes, backslashes and newlines.
    pythonString(program.title),
    '',
    ...imports,
    '',
    'import requests',
    '',
    'API_KEY = os.environ.get("NAIRI_API_KEY")',
    'if not API_KEY:',
    '    sys.exit("Set NAIRI_API_KEY to your Nairi public API key (nr_...).")',
    'if "\\r" in API_KEY or "\\n" in API_KEY:',
    `    sys.exit(${pythonString(KEY_LINE_BREAK)})`,
    `BASE_URL = (os.environ.get("NAIRI_BASE_URL") or ${pythonString(DEFAULT_BASE_URL)}).rstrip("/")`,
    '# The bare host works too: the API prefix is added when it is missing.',
    `if not BASE_URL.endswith(${pythonString(API_PREFIX)}):`,
    `    BASE_URL += ${pythonString(API_PREFIX)}`,
    ...program.inputs.map((i) => `${snake(i.name)} = os.environ.get(${pythonString(i.name)}) or ${pythonString(i.default)}`),
    '',
    'session = requests.Session()',
    `session.headers.update({"Authorization": f"Bearer {API_KEY}", "User-Agent": ${pythonString(userAgent('python'))}})`,
    '',
    '',
    'def api(method, path, **kwargs):',
    '    """Calls the API and returns the parsed JSON; on an HTTP error prints the API\'s message and exits."""',
    '    if any(part in (".", "..") for part in path.split("?")[0].split("/")):',
    `        sys.exit(${pythonString(DOT_SEGMENT)} + path)`,
    '    response = session.request(method, BASE_URL + path, timeout=30, **kwargs)',
    '    if not response.ok:',
    '        try:',
    '            message = response.json().get("error", response.text)',
    '        except ValueError:',
    '            message = response.text',
    '        sys.exit(f"Nairi API error {response.status_code} on {method} {path}: {message}")',
    '    return response.json() if response.content else None',
    '',
    ...body,
    '',
  ].join('\n');
}

export const python: Emitter = {
  id: 'python', label: LANGUAGE_LABELS.python, ext: 'py', shiki: 'python', comment: '#', generate,
  fileName: (name) => `${name.replace(/-/g, '_')}.py`, runCommand: (file) => `python3 -m pip install requests && python3 ${file}`,
};
