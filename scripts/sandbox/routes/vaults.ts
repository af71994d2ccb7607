/** @module Vaults tag: vault CRUD; delete refused while attached or holding secrets. */
import { ApiError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** A vault as the API shows it, with its live secret count. */
export const vaultView = (store: Store, row: Record<string, any>) => ({
  ...row,
  secret_count: store.all('secrets', (s) => s.vault_id === row.id).length,
});

export const vaults: Handlers = {
  listVaults(_req, { store }) {
    return { status: 200, body: store.all('vaults').map((v) => vaultView(store, v)) };
  },
  createVault({ body }, { store }) {
    const at = store.now();
    const row = store.put('vaults', { id: newId('vlt'), name: body.name, description: body.description ?? '', created_at: at, updated_at: at });
    return { status: 201, body: vaultView(store, row) };
  },
  getVault({ params }, { store }) {
    return { status: 200, body: vaultView(store, store.get('vaults', params.vault_id!)) };
  },
  updateVault({ params, body }, { store }) {
    const row = store.get('vaults', params.vault_id!);
    const changes = (['name', 'description'] as const).filter((k) => body[k] !== undefined);
    if (changes.length) {
      for (const key of changes) row[key] = body[key];
      row.updated_at = store.now();
    }
    return { status: 200, body: vaultView(store, row) };
  },
  deleteVault({ params }, { store }) {
    const row = store.get('vaults', params.vault_id!);
    store.refuseIfAttached(row.id, 'vault');
    const secrets = store.all('secrets', (s) => s.vault_id === row.id).length;
    if (secrets) throw new ApiError(400, `cannot delete vault: vault still contains ${secrets} secret(s)`);
    store.remove('vaults', row.id);
    return { status: 204 };
  },
};
