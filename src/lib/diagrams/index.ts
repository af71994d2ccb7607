/**
 * @module Every diagram by the name of its MDX component. The Markdown twin of a page replaces
 * `<MessageLifecycle />` with `DIAGRAM_TEXT.MessageLifecycle({})`: the same text alternative the
 * HTML page shows under the drawing.
 */
import { programFor } from '../samples/index.ts';
import { FLOW_NAMES, type FlowName } from '../samples/flows.ts';
import { flowSequenceDiagram } from './flow-sequence-diagram.ts';
import { keyPath } from './key-path.ts';
import { messageLifecycle } from './message-lifecycle.ts';
import type { Diagram } from './svg.ts';

export type { Diagram } from './svg.ts';

function flowDiagram(props: Record<string, string>): Diagram {
  const flow = props.flow;
  if (!flow || !(FLOW_NAMES as readonly string[]).includes(flow)) throw new Error(`FlowSequence needs flow="${FLOW_NAMES.join('|')}", got ${JSON.stringify(flow)}`);
  return flowSequenceDiagram(programFor(flow as FlowName));
}

/** Component name → the whole diagram. */
export const DIAGRAMS: Record<string, (props: Record<string, string>) => Diagram> = {
  MessageLifecycle: () => messageLifecycle(),
  KeyPath: () => keyPath(),
  FlowSequence: flowDiagram,
};

/** Component name → its text alternative as Markdown (the title as a bold line, then a list). */
export const DIAGRAM_TEXT: Record<string, (props: Record<string, string>) => string> = Object.fromEntries(
  Object.entries(DIAGRAMS).map(([name, make]) => [name, (props: Record<string, string>) => {
    const d = make(props);
    return `**${d.title}**\n\n${d.markdown}`;
  }]),
);
