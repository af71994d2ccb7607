/** `/llms.txt`: every page's Markdown twin, grouped like the sidebar (src/lib/twins/llms.ts). */
import type { APIRoute } from 'astro';
import { llmsIndex } from '../lib/twins/llms.ts';
import { twinPages } from '../lib/twins/pages.ts';

export const GET: APIRoute = async () => new Response(llmsIndex(await twinPages()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
