/**
 * @module The spec as the site publishes it (`/openapi.json`, `/openapi.yaml`, the explorer): the
 * source spec plus our generated samples as `x-codeSamples` and, in each description, a link to the
 * operation's reference page. The file in openapi/ stays the only hand-written description.
 */
import { loadSpec } from './load.ts';
import { listOperations } from './operations.ts';
import { operationPath } from './pages.ts';
import type { OpenApiDocument } from './types.ts';
import { withBase } from '../../markdown/base-links.ts';
import { tryItServers, type TryItServer } from '../../config/tryit.ts';
import { programForOperation } from '../samples/from-operation.ts';
import { EMITTERS } from '../snippets/index.ts';

/**
 * `base` is the site's base path (`/` or `/docs/`); `servers` are the ones this build offers (the
 * try-it console's list), so the explorer and the downloads name no server the console would not.
 */
export function publishedSpec(base: string, servers: TryItServer[] = tryItServers(process.env).servers): OpenApiDocument {
  const spec = loadSpec();
  const copy = structuredClone(spec);
  copy.servers = servers.map((s) => ({ url: s.url, description: s.label }));
  for (const op of listOperations(spec)) {
    const target = copy.paths[op.path]![op.method];
    target['x-codeSamples'] = EMITTERS.map((e) => ({ lang: e.shiki, label: e.label, source: e.generate(programForOperation(spec, op)) }));
    target.description = `${op.object.description ?? ''}\n\n[Reference page for ${op.object.summary}](${withBase(operationPath(op), base)})`;
  }
  return copy;
}
