import { describe, expect, it } from 'vitest';
import { PRODUCTION, SANDBOX, serverOrigins, tryItServers } from './tryit.ts';

describe('tryItServers', () => {
  it('offers the sandbox (default) and production, plus extra servers', () => {
    const { servers, defaultUrl } = tryItServers({ NAIRI_TRYIT_SERVERS: 'https://staging.example.com/api/public/v1/, http://10.0.0.5:8080/api/public/v1' });
    expect(servers.map((s) => s.url)).toEqual([SANDBOX, PRODUCTION, 'https://staging.example.com/api/public/v1', 'http://10.0.0.5:8080/api/public/v1']);
    expect(defaultUrl).toBe(SANDBOX);
    expect(serverOrigins(servers)).toEqual(['http://127.0.0.1:4010', 'https://api.nairi.ai', 'https://staging.example.com', 'http://10.0.0.5:8080']);
  });

  it.each(['not a url', 'ftp://x.example', 'https://x.example/?a=1', 'https://user@x.example'])('rejects %j', (value) => {
    expect(() => tryItServers({ NAIRI_TRYIT_SERVERS: value })).toThrow(/NAIRI_TRYIT_SERVERS/);
  });

  it('requires the default to be one of the servers', () => {
    expect(tryItServers({ NAIRI_TRYIT_DEFAULT: PRODUCTION }).defaultUrl).toBe(PRODUCTION);
    expect(() => tryItServers({ NAIRI_TRYIT_DEFAULT: 'https://elsewhere.example' })).toThrow(/not one of the servers/);
  });
});
