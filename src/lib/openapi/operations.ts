/** @module Flattens the spec's paths into a list of operations with their references resolved. */
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type OperationObject, type Parameter, type ResponseObject } from './types.ts';

/** A parameter with the JSON pointer of its schema, so validators can compile it in place. */
export type ResolvedParameter = Parameter & { schemaPointer: string };

/** One operation, ready for pages, samples, the sandbox and tests. */
export interface Operation {
  id: string;
  method: HttpMethod;
  /** Path relative to the server URL, with `{param}` placeholders. */
  path: string;
  tag: string;
  /** Page slug inside its tag, such as `deploy`. */
  page: string;
  /** JSON pointer to the operation inside the spec, for schema references. */
  pointer: string;
  parameters: ResolvedParameter[];
  object: OperationObject;
  responses: Record<string, ResponseObject>;
}

/** Follows a local `$ref` such as `#/components/parameters/AgentId`. */
export function resolveRef<T>(spec: OpenApiDocument, value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const parts = value.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    return parts.reduce<any>((node, key) => node?.[key], spec) as T;
  }
  return value as T;
}

/** Escapes one JSON pointer segment. */
export const pointerSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every operation in document order. */
export function listOperations(spec: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const pathPointer = `#/paths/${pointerSegment(path)}`;
    const resolve = (list: unknown[] | undefined, at: string) =>
      (list ?? []).map((raw, i): ResolvedParameter => {
        const ref = (raw as { $ref?: string }).$ref;
        return { ...resolveRef<Parameter>(spec, raw as Parameter), schemaPointer: `${ref ?? `${at}/parameters/${i}`}/schema` };
      });
    const shared = resolve(item.parameters, pathPointer);
    for (const method of HTTP_METHODS) {
      const object = item[method] as OperationObject | undefined;
      if (!object) continue;
      const own = resolve(object.parameters, `${pathPointer}/${method}`);
      const inherited = shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const responses = Object.fromEntries(
        Object.entries(object.responses).map(([status, r]) => [status, resolveRef<ResponseObject>(spec, r)]),
      );
      operations.push({
        id: object.operationId,
        method,
        path,
        tag: object.tags[0]!,
        page: object['x-page'],
        pointer: `${pathPointer}/${method}`,
        parameters: [...inherited, ...own],
        object,
        responses,
      });
    }
  }
  return operations;
}

/** Finds an operation by `operationId`; throws with the known ids when missing. */
export function findOperation(spec: OpenApiDocument, id: string): Operation {
  const op = listOperations(spec).find((o) => o.id === id);
  if (!op) throw new Error(`No operation "${id}" in the spec.`);
  return op;
}
