/**
 * The Markdown twin of every page, at the page's URL plus `.md` (`/help/vaults.md`,
 * `/api/agents/deploy.md`, `/index.md` for the home page). See src/lib/twins/pages.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { twinPages, twinPath, type TwinPage } from '../lib/twins/pages.ts';

export const getStaticPaths = (async () =>
  (await twinPages()).map((page) => ({ params: { twin: twinPath(page.path).slice(1, -'.md'.length) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.page as TwinPage).render(), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
