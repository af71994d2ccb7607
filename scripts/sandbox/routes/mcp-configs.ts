/** @module MCP configs tag: `{"mcpServers": {…}}` JSON with at least one server; sensitive content hidden. */
import { badRequest } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Handlers } from '../types.ts';

/** Checks the content string is `{"mcpServers": {…}}` with at least one server. */
export function checkMcpContent(content: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    badRequest('content must be a JSON string such as {"mcpServers": {…}}');
  }
  const servers = (parsed as { mcpServers?: unknown })?.mcpServers;
  if (!servers || typeof servers !== 'object' || Array.isArray(servers)) badRequest('content must have an mcpServers object');
  if (Object.keys(servers as object).length === 0) badRequest('content must define at least one server in mcpServers');
}

/** A config as the API shows it: without `content` when sensitive. */
const view = (row: Record<string, any>) => {
  const { content, ...rest } = row;
  return row.is_sensitive ? rest : { ...rest, content };
};

export const mcpConfigs: Handlers = {
  listMcpConfigs(_req, { store }) {
    return { status: 200, body: store.all('mcpConfigs').map(view) };
  },
  createMcpConfig({ body }, { store }) {
    checkMcpContent(body.content);
    const at = store.now();
    const row = store.put('mcpConfigs', {
      id: newId('amc'), title: body.title, description: body.description, content: body.content,
      is_sensitive: body.is_sensitive ?? false, created_at: at, updated_at: at,
    });
    return { status: 201, body: view(row) };
  },
  getMcpConfig({ params }, { store }) {
    return { status: 200, body: view(store.get('mcpConfigs', params.config_id!)) };
  },
  updateMcpConfig({ params, body }, { store }) {
    const row = store.get('mcpConfigs', params.config_id!);
    if (body.content !== undefined) checkMcpContent(body.content);
    Object.assign(row, { title: body.title, description: body.description, updated_at: store.now() });
    if (body.content !== undefined) row.content = body.content;
    if (body.is_sensitive !== undefined) row.is_sensitive = body.is_sensitive;
    return { status: 200, body: view(row) };
  },
  deleteMcpConfig({ params }, { store }) {
    const row = store.get('mcpConfigs', params.config_id!);
    store.refuseIfAttached(row.id, 'MCP config');
    store.remove('mcpConfigs', row.id);
    return { status: 204 };
  },
};
