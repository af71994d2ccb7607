import { describe, expect, it } from 'vitest';
import { loadSpec } from '../lib/openapi/load.ts';
import { nextCallsByPrefix } from '../lib/openapi/id-links.ts';
import { findIds, prefillBody, prefillHref, readPrefill } from './id-links.ts';

const table = nextCallsByPrefix(loadSpec());

describe('IDs in a response', () => {
  it('finds each known ID once, in order, and nothing else', () => {
    const body = JSON.stringify({ job_id: 'job_01KRK1V46BXS73CSNK2VR35NPJ', message_id: 'cmsg_01KRK1V475HBTME8QJQMAPWK16', again: 'job_01KRK1V46BXS73CSNK2VR35NPJ', other: 'xyz_01KRK1V475HBTME8QJQMAPWK16', short: 'cmsg_123' });
    expect(findIds(body, table)).toEqual(['job_01KRK1V46BXS73CSNK2VR35NPJ', 'cmsg_01KRK1V475HBTME8QJQMAPWK16']);
  });

  it('links carry the ID in the fragment, encoded, under the base path, and read back exactly', () => {
    const href = prefillHref(table.cmsg![0]!, 'cmsg_01KRK1V475HBTME8QJQMAPWK16', '/docs/');
    expect(href).toBe('/docs/api/conversations/get-message/#prefill:message_id=cmsg_01KRK1V475HBTME8QJQMAPWK16');
    expect(readPrefill(href.slice(href.indexOf('#')))).toEqual({ message_id: 'cmsg_01KRK1V475HBTME8QJQMAPWK16' });
    expect(readPrefill('#prefill:agent_id=acme%2Freviewer%26x%3D1')).toEqual({ agent_id: 'acme/reviewer&x=1' });
  });

  it('ignores fragments that are not prefills (page anchors)', () => {
    expect(readPrefill('#try-it')).toEqual({});
    expect(readPrefill('')).toEqual({});
  });
});

describe('an ID carried into a body field', () => {
  const properties = { agent_id: {}, prompt: {} };
  it('sets a field the body has and keeps the rest as typed', () => {
    expect(JSON.parse(prefillBody('{"agent_id": "my-agent", "prompt": "hi"}', 'agent_id', 'cci_01KEQ6963XS96YDP3NF9NKB7QJ', properties)!)).toEqual({ agent_id: 'cci_01KEQ6963XS96YDP3NF9NKB7QJ', prompt: 'hi' });
  });
  it('leaves the text alone for a field the operation does not take, or a body that is not an object', () => {
    expect(prefillBody('{"prompt": "hi"}', 'is_admin', 'x', properties)).toBeUndefined();
    expect(prefillBody('{"prompt": ', 'agent_id', 'x', properties)).toBeUndefined();
    expect(prefillBody('[1]', 'agent_id', 'x', properties)).toBeUndefined();
  });
});
