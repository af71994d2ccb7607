/** @module TypeScript emitter: global fetch, typed responses, runs as-is on Node 22.18+ (`node sample.ts`). */
import { API_PREFIX, isVar, type RequestModel } from '../request.ts';
import type { CallStep, PollStep, Program, Save, Step } from '../samples/program.ts';
import { commentText, tsString, writeValue, type LiteralStyle } from './literals.ts';
import { camel, DEFAULT_BASE_URL, DOT_SEGMENT, KEY_LINE_BREAK, pathParts, queryText, reassigned, userAgent, queryPairs } from './plan.ts';
import { tsType } from './ts-types.ts';
import { LANGUAGE_LABELS } from './labels.ts';
import type { Emitter } from './types.ts';

/** How values are written as literals; the short form (short/typescript.ts) writes its bodies with it too. */
export const style: LiteralStyle = {
  string: tsString, variable: camel, null: 'null', true: 'true', false: 'false',
  // `__proto__: x` (bare or quoted) would set the object's prototype; a computed key makes it a field.
  object: ['{', '}'], key: (k) => `${k === '__proto__' ? `[${tsString(k)}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? k : tsString(k)}: `, array: ['[', ']'],
};

/** Text for inside a template literal. */
const inTemplate = (s: string) => s.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');

/** The path as a string literal, or a template literal when it has variables or a query. */
function pathExpr(request: RequestModel, query?: string): string {
  const parts = pathParts(request);
  if (!query && parts.every((p) => 'text' in p)) return tsString(parts.map((p) => ('text' in p ? p.text : '')).join(''));
  const path = parts.map((p) => ('var' in p ? `\${encodeURIComponent(${camel(p.var)})}` : inTemplate(p.text))).join('');
  return `\`${path}${query ? `?\${${query}}` : ''}\``;
}

/** Hands out `data`, `data2`, … so consts of different steps never collide. */
type Fresh = (name: string) => string;

function callExpr(request: RequestModel, type: string, fresh: Fresh, indent = ''): string[] {
  const lines: string[] = [];
  const pairs = queryPairs(request).map(([k, v]) => `[${tsString(k)}, ${isVar(v) ? `String(${camel(v.var)})` : tsString(queryText(v))}]`);
  const query = pairs.length ? fresh('query') : undefined;
  if (query) lines.push(`${indent}const ${query} = new URLSearchParams([${pairs.join(', ')}]);`);
  const path = pathExpr(request, query);
  const body = request.body;
  const form = body?.kind === 'multipart' ? fresh('form') : '';
  const bodyArg = body?.kind === 'json' ? `, ${writeValue(body.value, style, indent)}` : form ? `, ${form}` : '';
  if (body?.kind === 'multipart') {
    const file = isVar(body.file) ? camel(body.file.var) : tsString(String(body.file));
    lines.push(`${indent}const ${form} = new FormData();`, `${indent}${form}.append(${tsString(body.field)}, new Blob([await readFile(${file})]), basename(${file}));`);
  }
  lines.push(`await api<${type}>(${tsString(request.method)}, ${path}${bodyArg})`);
  return lines;
}

/** `const x = <expr>;` where the last line of `expr` is the awaited call. */
function assign(prefix: string, call: string[]): string[] {
  return [...call.slice(0, -1), `${prefix}${call.at(-1)};`];
}

function saveType(saves: Save[]): string {
  const fields = saves.map((s) => ('path' in s ? `${s.path[0]}: ${s.type === 'integer' ? 'number' : s.type}` : `${s.last}: { ${[...Object.keys(s.where).map((f) => `${f}: string`), s.item === undefined ? `${s.field}: string` : `${s.field}?: string[]`].join('; ')} }[]`));
  return `{ ${[...new Set(fields)].join('; ')} }`;
}

function callStep(step: CallStep, program: Program, named: Map<string, string>, declared: Set<string>, multi: Set<string>, fresh: Fresh): string[] {
  const lines: string[] = [];
  const declare = (v: string) => (declared.has(v) ? '' : (declared.add(v), multi.has(v) ? 'let ' : 'const '));
  if (step.saveFile) {
    const attachment = fresh('attachment');
    lines.push(...assign(`const ${attachment} = `, callExpr(step.request, '{ filename: string; data: string }', fresh)));
    const to = camel(step.saveFile.to.var);
    lines.push(`await writeFile(${to}, Buffer.from(${attachment}.${step.saveFile.field}, "base64"));`, `console.log(\`Saved \${${attachment}.filename} to \${${to}}\`);`);
  } else if (step.print === 'response') {
    if (step.noContent) lines.push(...assign('', callExpr(step.request, 'void', fresh)), 'console.log("Done (204 No Content).");');
    else {
      const type = tsType(step.responseSchema, program.schemas, named);
      const result = fresh('result');
      lines.push(...assign(`const ${result} = `, callExpr(step.request, type, fresh)), `console.log(JSON.stringify(${result}, null, 2));`);
    }
  } else if (step.save.length) {
    const data = fresh('data');
    lines.push(...assign(`const ${data} = `, callExpr(step.request, saveType(step.save), fresh)));
    for (const save of step.save) {
      const value = 'path' in save
        ? `${data}.${save.path[0]}`
        : `${data}.${save.last}.filter((item) => ${Object.entries(save.where).map(([k, v]) => `item.${k} === ${tsString(v)}`).join(' && ')}).at(-1)?.${save.field}${save.item === undefined ? '' : `?.[${save.item}]`} ?? ""`;
      lines.push(`${declare(save.var)}${camel(save.var)} = ${value};`);
    }
  } else {
    lines.push(...assign('', callExpr(step.request, 'unknown', fresh)));
  }
  if (typeof step.print === 'object') lines.push(`console.log(${tsString(`${step.print.label}:`)}, ${camel(step.print.var)});`);
  return lines;
}

function pollStep(step: PollStep, declared: Set<string>, fresh: Fresh): string[] {
  const v = camel(step.saveAs);
  const head = declared.has(step.saveAs) ? [] : (declared.add(step.saveAs), [`let ${v} = "";`]);
  const call = callExpr(step.request, `{ ${step.field}: string }`, fresh, '  ');
  return [
    ...head,
    `for (const deadline = Date.now() + ${step.timeoutSeconds * 1000}; ; ) {`,
    ...call.slice(0, -1),
    `  ${v} = (${call.at(-1)}).${step.field};`,
    `  if (${step.until.map((u) => `${v} === ${tsString(u)}`).join(' || ')}) break;`,
    `  if (Date.now() > deadline) throw new Error(${tsString(`Gave up after ${step.timeoutSeconds}s; ${step.field} is still `)} + ${v});`,
    `  await new Promise((resolve) => setTimeout(resolve, ${step.intervalSeconds * 1000}));`,
    '}',
    ...(step.failOn ? [`if (${v} === ${tsString(step.failOn)}) {`, `  console.error(${tsString(`The agent's turn ended as ${step.failOn}; the conversation's system message says why.`)});`, '  process.exit(1);', '}'] : []),
  ];
}

function generate(program: Program): string {
  const declared = new Set(program.inputs.map((i) => i.name));
  const multi = reassigned(program);
  const uploads = program.steps.some((s) => s.request.body?.kind === 'multipart');
  const downloads = program.steps.some((s) => s.kind === 'call' && s.saveFile);
  const fsImports = [...(uploads ? ['readFile'] : []), ...(downloads ? ['writeFile'] : [])];
  const named = new Map<string, string>();
  const taken = new Set<string>(program.inputs.map((i) => camel(i.name)));
  const fresh: Fresh = (name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}${n}`;
    taken.add(candidate);
    return candidate;
  };
  const body = program.steps.flatMap((step: Step) => [
    '',
    ...(step.title ? [`// ${commentText(step.title)}`] : []),
    ...(step.kind === 'poll' ? pollStep(step, declared, fresh) : callStep(step, program, named, declared, multi, fresh)),
  ]);
  const types = [...named.values()].flatMap((t) => ['', t]);
  return [
    `// ${commentText(program.title)}`,
    '// Runs on Node.js 22.18 or newer with no build step: node sample.ts',
    ...(fsImports.length ? [`import { ${fsImports.join(', ')} } from "node:fs/promises";`] : []),
    ...(uploads ? ['import { basename } from "node:path";'] : []),
    '',
    'const apiKey = process.env.NAIRI_API_KEY;',
    'if (!apiKey) {',
    '  console.error("Set NAIRI_API_KEY to your Nairi public API key (nr_...).");',
    '  process.exit(1);',
    '}',
    'if (/[\\r\\n]/.test(apiKey)) {',
    `  console.error(${tsString(KEY_LINE_BREAK)});`,
    '  process.exit(1);',
    '}',
    '// An unset or empty variable falls back to the default.',
    `const rawBaseUrl = (process.env.NAIRI_BASE_URL || ${tsString(DEFAULT_BASE_URL)}).replace(/\\/+$/, "");`,
    '// The bare host works too: the API prefix is added when it is missing.',
    `const baseUrl = rawBaseUrl.endsWith(${tsString(API_PREFIX)}) ? rawBaseUrl : rawBaseUrl + ${tsString(API_PREFIX)};`,
    ...program.inputs.map((i) => `${multi.has(i.name) ? 'let' : 'const'} ${camel(i.name)} = process.env.${i.name} || ${tsString(i.default)};`),
    '',
    '/** Calls the API and returns the parsed JSON; on an HTTP error prints the API\'s message and exits. */',
    'async function api<T>(method: string, path: string, body?: unknown): Promise<T> {',
    '  if (path.split("?")[0]!.split("/").some((part) => part === "." || part === "..")) {',
    `    console.error(${tsString(DOT_SEGMENT)} + path);`,
    '    process.exit(1);',
    '  }',
    `  const headers: Record<string, string> = { Authorization: \`Bearer \${apiKey}\`, "User-Agent": ${tsString(userAgent('typescript'))} };`,
    '  if (body !== undefined && !(body instanceof FormData)) headers["Content-Type"] = "application/json";',
    '  const payload = body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body);',
    '  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(30_000) });',
    '  const text = await res.text();',
    '  if (!res.ok) {',
    '    let message = text;',
    '    try {',
    '      message = (JSON.parse(text) as { error?: string }).error ?? text;',
    '    } catch {',
    '      // Not JSON: show the raw body.',
    '    }',
    '    console.error(`Nairi API error ${res.status} on ${method} ${path}: ${message}`);',
    '    process.exit(1);',
    '  }',
    '  return (text ? JSON.parse(text) : undefined) as T;',
    '}',
    ...types,
    ...body,
    '',
  ].join('\n');
}

export const typescript: Emitter = {
  id: 'typescript', label: LANGUAGE_LABELS.typescript, ext: 'ts', shiki: 'ts', comment: '//', generate,
  fileName: (name) => `${name}.ts`, runCommand: (file) => `node ${file}`,
};
