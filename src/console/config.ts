/** @module What the server renders for each console: the operation's shape, servers, schemas. */
import type { Schema } from '../lib/openapi/types.ts';
import type { TryItServer } from '../config/tryit.ts';

export interface ConsoleConfig {
  operationId: string;
  title: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: 'json' | 'multipart' | null;
  /** Request body schema with references inlined, for checking before sending. */
  bodySchema: Schema | null;
  /** Success response schema with references inlined, for the TypeScript sample's types. */
  responseSchema: Schema | null;
  noContent: boolean;
  /** A DELETE, or an operation the spec marks `x-destructive`: asks before going to a real server. */
  destructive: boolean;
  servers: TryItServer[];
  defaultServer: string;
  /** From the spec's `x-poll`: the response field to watch, its final values and the failing one. */
  poll: { field: string; until: string[]; failWhen?: string } | null;
  /** Where the table of next calls is (ID prefix → the operations that take such an ID), on this site. */
  nextCallsUrl: string;
}
