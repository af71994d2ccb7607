/** @module Looks up a sample program by flow name or operationId. */
import { loadSpec } from '../openapi/load.ts';
import { findOperation } from '../openapi/operations.ts';
import { FLOW_NAMES, programForFlow, type FlowName } from './flows.ts';
import { programForOperation } from './from-operation.ts';
import type { Program } from './program.ts';

export const isFlowName = (name: string): name is FlowName => (FLOW_NAMES as readonly string[]).includes(name);

/** The program for a quickstart flow (`full-example`) or an operation (`deployAgent`). */
export function programFor(name: string): Program {
  const spec = loadSpec();
  return isFlowName(name) ? programForFlow(spec, name) : programForOperation(spec, findOperation(spec, name));
}
