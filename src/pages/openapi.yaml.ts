/** The public API spec as YAML, with the site's code samples (see published.ts). */
import { stringify } from 'yaml';
import { publishedSpec } from '../lib/openapi/published.ts';

export function GET() {
  return new Response(stringify(publishedSpec(import.meta.env.BASE_URL), { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml' } });
}
