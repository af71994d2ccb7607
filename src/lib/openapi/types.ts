/** @module The parts of an OpenAPI 3.1 document this project reads. */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

export type Schema = Record<string, any>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema: Schema;
  example?: unknown;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value: unknown; 'x-illustrative'?: boolean }>;
  /** The error wording of these examples is the sandbox's, not documented by Nairi. */
  'x-illustrative'?: boolean;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaType>;
}

export interface OperationObject {
  operationId: string;
  'x-page': string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject | { $ref: string }>;
  /** Why this operation is inferred rather than read on a documented page. */
  'x-inferred'?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers: { url: string; description?: string }[];
  tags: { name: string; description?: string; 'x-slug'?: string; 'x-displayName'?: string }[];
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
}
