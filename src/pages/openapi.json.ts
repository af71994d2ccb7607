/** The public API spec as JSON, with the site's code samples (see published.ts). */
import { publishedSpec } from '../lib/openapi/published.ts';

export function GET() {
  return new Response(JSON.stringify(publishedSpec(import.meta.env.BASE_URL), null, 2), { headers: { 'Content-Type': 'application/json' } });
}
