/**
 * ID prefix → the operations that take such an ID, for the console's links from a response to the
 * next call. One shared file, fetched by the console when it first shows a response: embedded in
 * every operation page it was 4 KB each at 55 operations and 70 KB each at 1,000.
 */
import type { APIRoute } from 'astro';
import { loadSpec } from '../../lib/openapi/load.ts';
import { nextCallsByPrefix } from '../../lib/openapi/id-links.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(nextCallsByPrefix(loadSpec())), { headers: { 'Content-Type': 'application/json' } });
