/** `/llms-full.txt`: every Markdown twin in sidebar order, its size on top (src/lib/twins/llms.ts). */
import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/twins/llms.ts';
import { twinPages } from '../lib/twins/pages.ts';

export const GET: APIRoute = async () => new Response(await llmsFull(await twinPages()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
