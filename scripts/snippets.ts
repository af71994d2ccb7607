/**
 * @module `npm run -s snippets -- <flow-name | operationId> --lang <language>`: prints exactly the
 * program the site shows. Flows: configure-and-deploy, drive-a-conversation, full-example.
 */
import { parseArgs } from 'node:util';
import { loadSpec } from '../src/lib/openapi/load.ts';
import { listOperations } from '../src/lib/openapi/operations.ts';
import { FLOW_NAMES } from '../src/lib/samples/flows.ts';
import { isFlowName, programFor } from '../src/lib/samples/index.ts';
import { emitter, LANGUAGES, type Language } from '../src/lib/snippets/index.ts';

const usage = `Usage: npm run -s snippets -- <flow-name | operationId> --lang <${LANGUAGES.join('|')}>`;
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' } } });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = parsed!;
const [name] = positionals;
if (!name || positionals.length > 1) fail('Name one flow or operationId.');
if (!values.lang) fail('Choose a language with --lang.');
if (!(LANGUAGES as readonly string[]).includes(values.lang!)) fail(`Unknown language "${values.lang}"; choose one of ${LANGUAGES.join(', ')}.`);
const ids = listOperations(loadSpec()).map((o) => o.id);
if (!isFlowName(name!) && !ids.includes(name!)) {
  const close = ids.filter((id) => id.toLowerCase().includes(name!.toLowerCase())).slice(0, 5);
  fail(`No flow or operation named "${name}".${close.length ? ` Did you mean ${close.join(', ')}?` : ''} Flows: ${FLOW_NAMES.join(', ')}.`);
}
process.stdout.write(emitter(values.lang as Language).generate(programFor(name!)));
