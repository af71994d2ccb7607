/**
 * @module The program the console's inputs describe: the same request model and emitters as the
 * static samples, with the typed values in place of the spec's examples.
 */
import { varRef, type RequestModel, type Value } from '../lib/request.ts';
import type { Program } from '../lib/samples/program.ts';
import { t } from '../strings/client.ts';
import type { ConsoleConfig } from './config.ts';

export interface ConsoleValues {
  params: Record<string, string>;
  /** The parsed body (the last one that parsed), for JSON operations. */
  body?: Value;
  fileName?: string;
}

/** The request the console sends, with variables named after the parameters. */
export function consoleRequest(config: ConsoleConfig, values: ConsoleValues): RequestModel {
  return {
    operationId: config.operationId,
    method: config.method.toUpperCase() as RequestModel['method'],
    path: config.path,
    pathParams: Object.fromEntries(config.pathParams.map((name) => [name, varRef(name)])),
    query: config.queryParams.filter((name) => values.params[name]).map((name): [string, Value] => [name, varRef(name)]),
    ...(config.body === 'json' ? { body: { kind: 'json' as const, value: values.body ?? {} } } : {}),
    ...(config.body === 'multipart' ? { body: { kind: 'multipart' as const, field: 'file', file: values.fileName ?? 'file' } } : {}),
  };
}

/** A one-step program with every value written as a literal. */
export function consoleProgram(config: ConsoleConfig, values: ConsoleValues): Program {
  const request = consoleRequest(config, values);
  const literal: RequestModel = {
    ...request,
    pathParams: Object.fromEntries(config.pathParams.map((name) => [name, values.params[name] ?? ''])),
    query: request.query.map(([name]) => [name, values.params[name]!]),
  };
  const show = { kind: 'call' as const, request: literal, save: [], noContent: config.noContent, print: 'response' as const, ...(config.responseSchema ? { responseSchema: config.responseSchema } : {}) };
  // With x-poll the samples run the console's loop: poll every 2 s for up to 2 minutes, then show it.
  const steps: Program['steps'] = config.poll
    ? [
      { kind: 'poll', title: t('console.pollStepWait'), request: literal, field: config.poll.field, until: config.poll.until, ...(config.poll.failWhen ? { failOn: config.poll.failWhen } : {}), saveAs: config.poll.field, intervalSeconds: 2, timeoutSeconds: 120 },
      { ...show, title: t('console.pollStepShow') },
    ]
    : [show];
  return { id: config.operationId, title: config.title, inputs: [], schemas: {}, steps };
}
