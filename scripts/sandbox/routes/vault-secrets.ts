/** @module Vault secrets tag: values are write-only; every response leaves them out. */
import { badRequest, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** A secret without its value: the only shape that ever leaves the sandbox. */
const view = ({ value: _value, ...rest }: Record<string, any>) => rest;

function secretOf(store: Store, vaultId: string, secretId: string) {
  const vault = store.get('vaults', vaultId);
  const row = store.get('secrets', secretId);
  if (row.vault_id !== vault.id) notFound('secret not found');
  return row;
}

export const vaultSecrets: Handlers = {
  listVaultSecrets({ params }, { store }) {
    const vault = store.get('vaults', params.vault_id!);
    return { status: 200, body: store.all('secrets', (s) => s.vault_id === vault.id).map(view) };
  },
  createVaultSecret({ params, body }, { store }) {
    const vault = store.get('vaults', params.vault_id!);
    if (store.all('secrets', (s) => s.vault_id === vault.id && s.env_key === body.env_key).length) badRequest(`env_key ${body.env_key} already exists in this vault`);
    const at = store.now();
    const row = store.put('secrets', {
      id: newId('sec'), vault_id: vault.id, env_key: body.env_key, value: body.value, allowed_domains: body.allowed_domains ?? [], created_at: at, updated_at: at,
    });
    vault.updated_at = at;
    return { status: 201, body: view(row) };
  },
  updateVaultSecret({ params, body }, { store }) {
    const row = secretOf(store, params.vault_id!, params.secret_id!);
    const changes = (['value', 'allowed_domains'] as const).filter((k) => body[k] !== undefined);
    if (changes.length) {
      for (const key of changes) row[key] = body[key];
      row.updated_at = store.now();
    }
    return { status: 200, body: view(row) };
  },
  deleteVaultSecret({ params }, { store }) {
    const row = secretOf(store, params.vault_id!, params.secret_id!);
    store.remove('secrets', row.id);
    return { status: 204 };
  },
};
