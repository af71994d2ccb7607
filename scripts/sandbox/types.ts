/** @module Shapes shared by the sandbox's app, store and route handlers. */
import type { Store } from './store.ts';

/** Settings of one sandbox instance. */
export interface SandboxOptions {
  /** How long an agent takes to answer a prompt, in milliseconds. */
  replyDelayMs: number;
  /** `nr_` keys that answer 401 as if revoked. */
  revokedKeys: string[];
  /** Browser origins allowed by CORS (the docs site). */
  allowedOrigins: string[];
  /** Start with the fixture organization (a ready agent, channels, models). */
  seed: boolean;
  /**
   * Strict, for tests: a raw `/` inside a path parameter is a 404 (as a real router would answer),
   * and a repeated query key keeps every value.
   */
  strict: boolean;
  /** Strict only: append each request as it arrived to this file (see record.ts). */
  recordFile?: string;
  /** Largest request body, checked from Content-Length and while reading, before it is buffered. */
  maxBodyBytes: number;
  /** Organizations (one per key) kept in memory; the least recently used is dropped beyond this. */
  maxOrganizations: number;
}

/** What a handler receives: the validated request. */
export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: any;
  /** Multipart fields, for upload operations. */
  form?: Record<string, string | File>;
  /** Strict mode: every value of each query key given more than once, in order. */
  queries?: Record<string, string[]>;
}

/** What a handler returns; the app serialises it. */
export interface ApiResult {
  status: number;
  body?: unknown;
}

export interface SandboxContext {
  store: Store;
  options: SandboxOptions;
}

/** Implements one operation, named by its operationId in the route registries. */
export type Handler = (req: ApiRequest, ctx: SandboxContext) => ApiResult | Promise<ApiResult>;
export type Handlers = Record<string, Handler>;
