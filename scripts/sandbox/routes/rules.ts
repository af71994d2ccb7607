/** @module Rules tag: org-level Markdown rules; delete refused while attached. */
import { newId } from '../ids.ts';
import type { Handlers } from '../types.ts';

export const rules: Handlers = {
  listRules(_req, { store }) {
    return { status: 200, body: store.all('rules') };
  },
  createRule({ body }, { store }) {
    const at = store.now();
    const row = store.put('rules', { id: newId('aar'), title: body.title, description: body.description, content: body.content, created_at: at, updated_at: at });
    return { status: 201, body: row };
  },
  getRule({ params }, { store }) {
    // The API leaves timestamps out of this one response.
    const { created_at: _c, updated_at: _u, ...rule } = store.get('rules', params.rule_id!);
    return { status: 200, body: rule };
  },
  replaceRule({ params, body }, { store }) {
    const row = store.get('rules', params.rule_id!);
    Object.assign(row, { title: body.title, description: body.description, content: body.content, updated_at: store.now() });
    return { status: 200, body: row };
  },
  deleteRule({ params }, { store }) {
    const row = store.get('rules', params.rule_id!);
    store.refuseIfAttached(row.id, 'rule');
    store.remove('rules', row.id);
    return { status: 204 };
  },
};
