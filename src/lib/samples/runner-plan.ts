/**
 * @module A flow's Program as the browser runner receives it: JSON in the page. A variable reference
 * is a class (VarRef), which JSON cannot carry, so each value is tagged on the way out and rebuilt on
 * the way in. The tags are unambiguous: a body that happens to contain `{"var": …}` stays data.
 */
import { isVar, varRef, type Body, type RequestModel, type Value } from '../request.ts';
import type { Program, Step } from './program.ts';

export type WireValue =
  | { v: string }
  | { lit: string | number | boolean | null }
  | { arr: WireValue[] }
  | { obj: [string, WireValue][] };

export function toWire(value: Value): WireValue {
  if (isVar(value)) return { v: value.var };
  if (Array.isArray(value)) return { arr: value.map(toWire) };
  if (value !== null && typeof value === 'object') return { obj: Object.entries(value).map(([k, v]) => [k, toWire(v)]) };
  return { lit: value };
}

export function fromWire(wire: WireValue): Value {
  if ('v' in wire) return varRef(wire.v);
  if ('arr' in wire) return wire.arr.map(fromWire);
  // Built with defineProperty so a key named `__proto__` stays an own key, as in the flow file.
  if ('obj' in wire) return wire.obj.reduce<Record<string, Value>>((o, [k, v]) => Object.defineProperty(o, k, { value: fromWire(v), enumerable: true, writable: true, configurable: true }), {});
  return wire.lit;
}

/** Omit that keeps a union's members apart (a call step and a poll step stay distinguishable). */
type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type WireBody = { kind: 'json'; value: WireValue } | { kind: 'multipart'; field: string; file: WireValue };
type WireRequest = Omit<RequestModel, 'pathParams' | 'query' | 'body'> & { pathParams: [string, WireValue][]; query: [string, WireValue][]; body?: WireBody };
export type WireStep = DistOmit<Step, 'request' | 'responseSchema' | 'saveFile'> & { request: WireRequest; saveFile?: { field: string } };
export interface RunnerPlan { id: string; title: string; inputs: Program['inputs']; steps: WireStep[] }

const bodyToWire = (body: Body): WireBody => (body.kind === 'json' ? { kind: 'json', value: toWire(body.value) } : { ...body, file: toWire(body.file) });
const bodyFromWire = (body: WireBody): Body => (body.kind === 'json' ? { kind: 'json', value: fromWire(body.value) } : { ...body, file: fromWire(body.file) });

/** The runner's copy of a flow: requests, saves, prints and polls; schemas stay at build time. */
export function toRunnerPlan(program: Program): RunnerPlan {
  const steps = program.steps.map((step): WireStep => {
    const { request, ...rest } = step;
    const wire: WireStep = {
      ...rest,
      request: {
        ...request,
        pathParams: Object.entries(request.pathParams).map(([k, v]) => [k, toWire(v)]),
        query: request.query.map(([k, v]) => [k, toWire(v)]),
        ...(request.body ? { body: bodyToWire(request.body) } : {}),
      },
    } as WireStep;
    if (step.kind === 'call') {
      delete (wire as { responseSchema?: unknown }).responseSchema;
      if (step.saveFile) (wire as { saveFile?: unknown }).saveFile = { field: step.saveFile.field };
    }
    return wire;
  });
  return { id: program.id, title: program.title, inputs: program.inputs, steps };
}

/** A step with its request model rebuilt (variable references included). */
export type RunnerStep = DistOmit<WireStep, 'request'> & { request: RequestModel };

export function stepsFromPlan(plan: RunnerPlan): RunnerStep[] {
  return plan.steps.map((step) => ({
    ...step,
    request: {
      ...step.request,
      pathParams: Object.fromEntries(step.request.pathParams.map(([k, v]) => [k, fromWire(v)])),
      query: step.request.query.map(([k, v]): [string, Value] => [k, fromWire(v)]),
      ...(step.request.body ? { body: bodyFromWire(step.request.body) } : {}),
    },
  })) as RunnerStep[];
}
