/** @module Go emitter: net/http and the standard library only, builds with Go 1.19; typed structs for what it reads. */
import { isVar, type RequestModel } from '../request.ts';
import type { CallStep, PollStep, Program, Save, ScalarType, Step } from '../samples/program.ts';
import { commentText, goString, writeValue, type LiteralStyle } from './literals.ts';
import { DEFAULT_BASE_URL, goName, KEY_LINE_BREAK, pathParts, queryPairs, queryText, userAgent } from './plan.ts';
import { goHelpers } from './go-helpers.ts';
import { LANGUAGE_LABELS } from './labels.ts';
import type { Emitter } from './types.ts';

/** How values are written as literals; the short form (short/go.ts) writes its bodies with it too. */
export const style: LiteralStyle = {
  string: goString, variable: (n) => goName(n), null: 'nil', true: 'true', false: 'false',
  object: ['map[string]any{', '}'], key: (k) => `${goString(k)}: `, array: ['[]any{', '}'],
};

const GO_TYPE: Record<ScalarType, [string, string]> = { string: ['string', '""'], number: ['float64', '0'], integer: ['int', '0'], boolean: ['bool', 'false'] };
const field = (name: string, type: string) => `${goName(name, true)} ${type} \`json:${goString(name)}\``;

function pathExpr(request: RequestModel): string {
  const parts = pathParts(request).map((p) => ('var' in p ? `url.PathEscape(${goName(p.var)})` : goString(p.text)));
  if (request.query.length) {
    const grouped = new Map<string, string[]>();
    for (const [k, v] of queryPairs(request)) grouped.set(k, [...(grouped.get(k) ?? []), isVar(v) ? goName(v.var) : goString(queryText(v))]);
    const values = [...grouped].map(([k, vs]) => `${goString(k)}: {${vs.join(', ')}}`);
    parts.push(`"?"`, `url.Values{${values.join(', ')}}.Encode()`);
  }
  return parts.join(' + ');
}

/** A call into `out` (a pointer expression or nil). */
function callExpr(request: RequestModel, out: string, indent: string): string {
  const body = request.body;
  if (body?.kind === 'multipart') return `upload(${goString(request.method)}, ${pathExpr(request)}, ${isVar(body.file) ? goName(body.file.var) : goString(String(body.file))}, ${out})`;
  const payload = body?.kind === 'json' ? writeValue(body.value, style, indent) : 'nil';
  return `call(${goString(request.method)}, ${pathExpr(request)}, ${payload}, ${out})`;
}

function saveStruct(saves: Save[]): string[] {
  const fields = saves.map((s) =>
    'path' in s
      ? `\t${field(s.path[0]!, GO_TYPE[s.type][0])}`
      : `\t${field(s.last, `[]struct {\n\t\t${[...Object.keys(s.where).map((k) => field(k, 'string')), field(s.field, `${s.item === undefined ? '' : '[]'}${GO_TYPE[s.type][0]}`)].join('\n\t\t')}\n\t}`)}`,
  );
  return [...new Set(fields)];
}

function callStep(step: CallStep, n: number, declared: Set<string>): string[] {
  const lines: string[] = [];
  const set = (v: string, value: string) => `${goName(v)} ${declared.has(v) ? '=' : (declared.add(v), ':=')} ${value}`;
  if (step.saveFile) {
    const to = goName(step.saveFile.to.var);
    lines.push('var attachment struct {', `\t${field('filename', 'string')}`, `\t${field(step.saveFile.field, 'string')}`, '}', callExpr(step.request, '&attachment', ''));
    lines.push(`data, err := base64.StdEncoding.DecodeString(attachment.${goName(step.saveFile.field, true)})`, 'check(err)', `check(os.WriteFile(${to}, data, 0o644))`, `fmt.Printf("Saved %s to %s\\n", attachment.Filename, ${to})`);
  } else if (step.print === 'response') {
    if (step.noContent) lines.push(callExpr(step.request, 'nil', ''), 'fmt.Println("Done (204 No Content).")');
    else lines.push('var result any', callExpr(step.request, '&result', ''), 'pretty, err := json.MarshalIndent(result, "", "  ")', 'check(err)', 'fmt.Println(string(pretty))');
  } else if (step.save.length) {
    const name = `result${n}`;
    lines.push(`var ${name} struct {`, ...saveStruct(step.save), '}', callExpr(step.request, `&${name}`, ''));
    for (const save of step.save) {
      if ('path' in save) lines.push(set(save.var, `${name}.${goName(save.path[0]!, true)}`));
      else {
        const cond = Object.entries(save.where).map(([k, v]) => `item.${goName(k, true)} == ${goString(v)}`).join(' && ');
        const pick = save.item === undefined
          ? [`\t\t${goName(save.var)} = item.${goName(save.field, true)}`]
          : [`\t\t${goName(save.var)} = ${GO_TYPE[save.type][1]}`, `\t\tif len(item.${goName(save.field, true)}) > ${save.item} {`, `\t\t\t${goName(save.var)} = item.${goName(save.field, true)}[${save.item}]`, '\t\t}'];
        lines.push(set(save.var, GO_TYPE[save.type][1]), `for _, item := range ${name}.${goName(save.last, true)} {`, `\tif ${cond} {`, ...pick, '\t}', '}');
      }
    }
  } else {
    lines.push(callExpr(step.request, 'nil', ''));
  }
  if (typeof step.print === 'object') lines.push(`fmt.Println(${goString(`${step.print.label}:`)}, ${goName(step.print.var)})`);
  return lines;
}

function pollStep(step: PollStep, declared: Set<string>): string[] {
  const v = goName(step.saveAs);
  const head = declared.has(step.saveAs) ? [] : (declared.add(step.saveAs), [`${v} := ""`]);
  return [
    ...head,
    `for deadline := time.Now().Add(${step.timeoutSeconds} * time.Second); ; time.Sleep(${step.intervalSeconds} * time.Second) {`,
    `\tvar polled struct {\n\t\t${field(step.field, 'string')}\n\t}`,
    `\t${callExpr(step.request, '&polled', '\t')}`,
    `\t${v} = polled.${goName(step.field, true)}`,
    `\tif ${step.until.map((u) => `${v} == ${goString(u)}`).join(' || ')} {`,
    '\t\tbreak',
    '\t}',
    '\tif time.Now().After(deadline) {',
    `\t\tfail(${goString(`Gave up after ${step.timeoutSeconds}s; ${step.field} is still `)} + ${v})`,
    '\t}',
    '}',
    ...(step.failOn ? [`if ${v} == ${goString(step.failOn)} {`, `\tfail(${goString(`The agent's turn ended as ${step.failOn}; the conversation's system message says why.`)})`, '}'] : []),
  ];
}

function generate(program: Program): string {
  const has = (test: (s: Step) => boolean) => program.steps.some(test);
  const uploads = has((s) => s.request.body?.kind === 'multipart');
  const imports = [
    'bytes',
    ...(has((s) => s.kind === 'call' && !!s.saveFile) ? ['encoding/base64'] : []),
    'encoding/json', 'fmt', 'io',
    ...(uploads ? ['mime/multipart'] : []),
    'net/http',
    ...(has((s) => s.request.query.length > 0 || pathParts(s.request).some((p) => 'var' in p)) ? ['net/url'] : []),
    'os',
    ...(uploads ? ['path/filepath'] : []),
    'strings',
    'time',
  ];
  const declared = new Set(program.inputs.map((i) => i.name));
  const steps = program.steps.flatMap((step, n) => ['', ...(step.title ? [`// ${commentText(step.title)}`] : []), ...(step.kind === 'poll' ? pollStep(step, declared) : callStep(step, n + 1, declared))]);
  const indent = (lines: string[]) => lines.map((l) => (l ? `\t${l.replace(/\n/g, '\n\t')}` : l));
  return [
    `// ${commentText(program.title)}`,
    '// Standard library only; builds with Go 1.19 or newer: go run main.go',
    'package main',
    '',
    'import (',
    ...imports.map((i) => `\t"${i}"`),
    ')',
    '',
    `const userAgent = ${goString(userAgent('go'))}`,
    '',
    'var (',
    '\tapiKey  = os.Getenv("NAIRI_API_KEY")',
    `\tbaseURL = apiBase(envOr("NAIRI_BASE_URL", ${goString(DEFAULT_BASE_URL)}))`,
    '\tclient  = &http.Client{Timeout: 30 * time.Second}',
    ')',
    '',
    'func main() {',
    '\tif apiKey == "" {',
    '\t\tfail("Set NAIRI_API_KEY to your Nairi public API key (nr_...).")',
    '\t}',
    '\tif strings.ContainsAny(apiKey, "\\r\\n") {',
    `\t\tfail(${goString(KEY_LINE_BREAK)})`,
    '\t}',
    ...program.inputs.map((i) => `\t${goName(i.name)} := envOr(${goString(i.name)}, ${goString(i.default)})`),
    ...indent(steps),
    '}',
    '',
    ...goHelpers(uploads),
  ].join('\n');
}

export const go: Emitter = {
  id: 'go', label: LANGUAGE_LABELS.go, ext: 'go', shiki: 'go', comment: '//', generate,
  fileName: () => 'main.go', runCommand: (file) => `go run ${file}`,
};
