/**
 * @module A quickstart page's Markdown twin, from its flow file like the page: the description, the
 * inputs, each step with its prose, and the whole program in every language with how to run it.
 */
import type { FlowName } from '../samples/flows.ts';
import { loadFlow } from '../samples/flows.ts';
import { programFor } from '../samples/index.ts';
import { EMITTERS } from '../snippets/index.ts';
import { DIAGRAM_TEXT } from '../diagrams/index.ts';
import { code, fence, header, table } from './markdown-blocks.ts';

export function flowMarkdown(flow: FlowName): string {
  const meta = loadFlow(flow);
  const program = programFor(flow);
  const parts = [header(meta.title).trim(), meta.description.trim(), DIAGRAM_TEXT.FlowSequence!({ flow }), '## Before you start', 'Every program reads your key from `NAIRI_API_KEY` and the API address from `NAIRI_BASE_URL` (default: production). These variables change what it does:'];
  if (program.inputs.length) parts.push(table(['Variable', 'Default', 'Meaning'], program.inputs.map((i) => [code(i.name), code(i.default), i.description ?? ''])));
  parts.push('## Steps', program.steps.map((step, i) => `${i + 1}. **${step.title}.** ${(step.prose ?? '').replace(/\s*\n\s*/g, ' ').trim()}`).join('\n'));
  parts.push('## The whole program');
  for (const e of EMITTERS) {
    const file = e.fileName(flow);
    parts.push(`### ${e.label}\n\nSave it as ${code(file)} and run ${code(e.runCommand(file))}.\n\n${fence(e.generate(program), e.shiki)}`);
  }
  return `${parts.join('\n\n')}\n`;
}
