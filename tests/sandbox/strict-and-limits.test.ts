/**
 * The strict sandbox the sample runner uses, and the limits every sandbox enforces before doing the
 * work: body size (413 from Content-Length, before buffering), archive expansion, organizations.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { BASE_PATH, createApp } from '../../scripts/sandbox/app.ts';
import { keyFingerprint, readRecorded } from '../../scripts/sandbox/record.ts';
import { MAX_EXPANDED_BYTES } from '../../scripts/sandbox/skill-archive.ts';

const KEY = 'nr_limits_test_key';
const get = (app: ReturnType<typeof createApp>['app'], path: string, headers: Record<string, string> = {}) =>
  app.request(`${BASE_PATH}${path}`, { headers: { Authorization: `Bearer ${KEY}`, ...headers } });

describe('strict mode', () => {
  it('answers a raw "/" inside a path parameter with 404, as a real router would; encoded, it finds the agent', async () => {
    const { app } = createApp({ strict: true });
    expect((await get(app, '/agents/acme/reviewer')).status).toBe(404);
    expect((await (await get(app, '/agents/acme%2Freviewer')).json()).agent_id).toBe('acme/reviewer');
    // The default sandbox accepts the raw slash, as the API does.
    expect((await get(createApp().app, '/agents/acme/reviewer')).status).toBe(200);
  });

  it('keeps every value of a repeated query key, and checks each one', async () => {
    const { app } = createApp({ strict: true });
    const models = (await (await get(app, '/models?provider=anthropic&provider=opencode')).json()) as { provider: string }[];
    expect([...new Set(models.map((m) => m.provider))].sort()).toEqual(['anthropic', 'opencode']);
    const bad = await get(app, '/agents/my-agent/conversations?limit=5&limit=500');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'limit must be <= 100' });
  });

  it('records each request as it arrived, with the key only as a fingerprint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nairi-record-'));
    try {
      const recordFile = join(dir, 'requests.jsonl');
      const { app } = createApp({ strict: true, recordFile });
      await app.request(`${BASE_PATH}/artifacts/rules?x=%2F&x=2`, { method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: '{"title":"t","description":"d","content":"c"}' });
      const [sent] = readRecorded(recordFile, KEY);
      expect(sent).toMatchObject({ method: 'POST', path: `${BASE_PATH}/artifacts/rules`, query: 'x=%2F&x=2', key: keyFingerprint(KEY) });
      expect(Buffer.from(sent!.body, 'base64').toString()).toBe('{"title":"t","description":"d","content":"c"}');
      expect(readFileSync(recordFile, 'utf8')).not.toContain(KEY);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('limits', () => {
  it('refuses a body over the limit with 413 from its Content-Length, in the API\'s error shape', async () => {
    const { app } = createApp({ maxBodyBytes: 1024 });
    const res = await app.request(`${BASE_PATH}/artifacts/rules`, {
      method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'Content-Length': '2048' }, body: 'x'.repeat(2048),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'request body is larger than 1024 bytes' });
  });

  it('refuses an archive that would expand past the bound before unpacking it (a zip bomb under the upload cap)', async () => {
    // A small archive whose directory declares a 4 GB SKILL.md: only the declared size is read.
    const archive = zipSync({ 'SKILL.md': new TextEncoder().encode('---\nname: bomb\ndescription: d\n---\n') });
    const view = new DataView(archive.buffer);
    for (let i = 0; i < archive.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    const form = new FormData();
    form.append('file', new File([archive], 'bomb.zip'));
    const { app } = createApp();
    const res = await app.request(`${BASE_PATH}/artifacts/skills`, { method: 'POST', headers: { Authorization: `Bearer ${KEY}` }, body: form });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: `archive expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB; the sandbox refuses it before unpacking` });
  });

  it('keeps at most maxOrganizations organizations, dropping the least recently used', async () => {
    const { storeFor } = createApp({ maxOrganizations: 2 });
    const vaults = (key: string) => storeFor(key).all('vaults', () => true).length;
    const first = vaults('nr_org_a');
    storeFor('nr_org_a').put('vaults', { id: 'vlt_extra', name: 'kept?' });
    expect(vaults('nr_org_a')).toBe(first + 1);
    storeFor('nr_org_b');
    expect(vaults('nr_org_a'), 'a was used last: b is the least recent').toBe(first + 1);
    storeFor('nr_org_c');
    storeFor('nr_org_d');
    expect(vaults('nr_org_a'), 'a was dropped and starts again from the fixtures').toBe(first);
  });

  it('refuses two Authorization headers (they arrive joined) as malformed', async () => {
    const { app } = createApp();
    const res = await app.request(`${BASE_PATH}/agents`, { headers: [['Authorization', `Bearer ${KEY}`], ['Authorization', 'Bearer nr_other_key_5678']] });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatch(/^malformed Authorization header/);
  });
});
