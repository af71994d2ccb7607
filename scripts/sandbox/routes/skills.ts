/** @module Skills tag: archive upload and replacement, names unique per organization. */
import { badRequest } from '../errors.ts';
import { newId } from '../ids.ts';
import { readSkillArchive } from '../skill-archive.ts';
import type { ApiRequest, Handlers } from '../types.ts';
import type { Store } from '../store.ts';

async function readUpload(req: ApiRequest, store: Store, self?: string) {
  const file = req.form?.file;
  if (!(file instanceof File)) return badRequest('file is required (multipart form field "file")');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const pkg = readSkillArchive(file.name, bytes);
  if (store.all('skills', (s) => s.name === pkg.name && s.id !== self).length) badRequest(`a skill named ${pkg.name} already exists`);
  return { ...pkg, filename: file.name, size_bytes: bytes.length };
}

export const skills: Handlers = {
  listSkills(_req, { store }) {
    return { status: 200, body: store.all('skills') };
  },
  async createSkill(req, { store }) {
    const pkg = await readUpload(req, store);
    const at = store.now();
    return { status: 201, body: store.put('skills', { id: newId('ask'), ...pkg, created_at: at, updated_at: at }) };
  },
  getSkill({ params }, { store }) {
    return { status: 200, body: store.get('skills', params.skill_id!) };
  },
  async updateSkill(req, { store }) {
    const row = store.get('skills', req.params.skill_id!);
    Object.assign(row, await readUpload(req, store, row.id), { updated_at: store.now() });
    return { status: 200, body: row };
  },
  deleteSkill({ params }, { store }) {
    const row = store.get('skills', params.skill_id!);
    store.refuseIfAttached(row.id, 'skill');
    store.remove('skills', row.id);
    return { status: 204 };
  },
};
