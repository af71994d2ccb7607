import { describe, expect, it } from 'vitest';
import { isLoopback, PRODUCTION, serverOrigins, tryItServers } from './tryit.ts';

const SANDBOX = 'http://127.0.0.1:4010/api/public/v1';
const LOCAL_SITE = { NAIRI_DOCS_SITE: 'http://127.0.0.1:4321' };

describe('tryItServers', () => {
  it('with no settings offers production only, and defaults to it', () => {
    const { servers, defaultUrl } = tryItServers({});
    expect(servers).toEqual([{ url: PRODUCTION, label: 'Production' }]);
    expect(defaultUrl).toBe(PRODUCTION);
    expect(serverOrigins(servers)).toEqual(['https://api.nairi.ai']);
  });

  it('offers the sandbox, first and as the default, only when the build asks for it', () => {
    const { servers, defaultUrl } = tryItServers({ ...LOCAL_SITE, NAIRI_TRYIT_SANDBOX: `${SANDBOX}/` });
    expect(servers).toEqual([{ url: SANDBOX, label: 'Local sandbox', sandbox: true }, { url: PRODUCTION, label: 'Production' }]);
    expect(defaultUrl).toBe(SANDBOX);
    expect(serverOrigins(servers)).toEqual(['http://127.0.0.1:4010', 'https://api.nairi.ai']);
  });

  it('adds extra servers, once each', () => {
    const { servers } = tryItServers({ NAIRI_TRYIT_SERVERS: 'https://staging.example.com/api/public/v1/, http://10.0.0.5:8080/api/public/v1, https://staging.example.com/api/public/v1' });
    expect(servers.map((s) => s.url)).toEqual([PRODUCTION, 'https://staging.example.com/api/public/v1', 'http://10.0.0.5:8080/api/public/v1']);
  });

  it.each(['not a url', 'ftp://x.example', 'https://x.example/?a=1', 'https://user@x.example'])('rejects %j', (value) => {
    expect(() => tryItServers({ NAIRI_TRYIT_SERVERS: value })).toThrow(/NAIRI_TRYIT_SERVERS/);
    expect(() => tryItServers({ ...LOCAL_SITE, NAIRI_TRYIT_SANDBOX: value })).toThrow(/NAIRI_TRYIT_SANDBOX/);
  });

  it('requires the default to be one of the servers', () => {
    expect(tryItServers({ NAIRI_TRYIT_SERVERS: 'https://staging.example.com', NAIRI_TRYIT_DEFAULT: 'https://staging.example.com' }).defaultUrl).toBe('https://staging.example.com');
    expect(() => tryItServers({ NAIRI_TRYIT_DEFAULT: 'https://elsewhere.example' })).toThrow(/not one of the servers/);
  });
});

describe('a public https site never defaults visitors to their own machine', () => {
  const publicSite = { NAIRI_DOCS_SITE: 'https://docs.nairi.ai' };

  it('fails the build, naming the variables to set', () => {
    expect(() => tryItServers({ ...publicSite, NAIRI_TRYIT_SANDBOX: SANDBOX })).toThrow(/NAIRI_TRYIT_SANDBOX and NAIRI_TRYIT_DEFAULT.*NAIRI_TRYIT_ALLOW_LOOPBACK_DEFAULT=1/);
    // The default site is the public one, so a sandbox build without a local site fails too.
    expect(() => tryItServers({ NAIRI_TRYIT_SANDBOX: SANDBOX })).toThrow(/public site https:\/\/docs\.nairi\.ai/);
    expect(() => tryItServers({ ...publicSite, NAIRI_TRYIT_SERVERS: 'http://localhost:9000', NAIRI_TRYIT_DEFAULT: 'http://localhost:9000' })).toThrow(/http:\/\/localhost:9000/);
  });

  it('allows a sandbox that is offered but not the default', () => {
    expect(tryItServers({ ...publicSite, NAIRI_TRYIT_SANDBOX: SANDBOX, NAIRI_TRYIT_DEFAULT: PRODUCTION }).defaultUrl).toBe(PRODUCTION);
  });

  it('allows a loopback default on purpose with the opt-in variable', () => {
    expect(tryItServers({ ...publicSite, NAIRI_TRYIT_SANDBOX: SANDBOX, NAIRI_TRYIT_ALLOW_LOOPBACK_DEFAULT: '1' }).defaultUrl).toBe(SANDBOX);
  });

  it('allows it on a local or plain-http site', () => {
    expect(tryItServers({ ...LOCAL_SITE, NAIRI_TRYIT_SANDBOX: SANDBOX }).defaultUrl).toBe(SANDBOX);
    expect(tryItServers({ NAIRI_DOCS_SITE: 'https://localhost:4321', NAIRI_TRYIT_SANDBOX: SANDBOX }).defaultUrl).toBe(SANDBOX);
    expect(tryItServers({ NAIRI_DOCS_SITE: 'http://docs.internal.example', NAIRI_TRYIT_SANDBOX: SANDBOX }).defaultUrl).toBe(SANDBOX);
  });
});

describe.each([
  ['http://127.0.0.1:4010', true],
  ['http://127.8.9.10', true],
  ['http://localhost:4010', true],
  ['http://docs.localhost', true],
  ['http://[::1]:4010', true],
  ['http://0.0.0.0:4010', true],
  ['https://api.nairi.ai', false],
  ['http://10.0.0.5:8080', false],
  ['http://127.example.com', false],
])('isLoopback(%s)', (url, expected) => {
  it(`is ${expected}`, () => expect(isLoopback(url)).toBe(expected));
});
