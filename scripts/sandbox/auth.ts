/** @module Bearer-key checks, with a message that tells each kind of wrong key apart. */

/** Why a request's Authorization header is refused, or undefined when the key is accepted. */
export function keyProblem(header: string | undefined, revoked: readonly string[]): string | undefined {
  if (!header) return 'missing API key: send Authorization: Bearer nr_…';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return 'malformed Authorization header: expected "Bearer nr_…"';
  const key = match[1]!;
  if (key.startsWith('ccagent_')) {
    return 'this is an agent key (ccagent_) for self-hosted nairid daemons; the public API needs an nr_ key from Settings → API Key';
  }
  if (!key.startsWith('nr_')) return 'invalid API key: public API keys start with nr_';
  if (key.length < 8 || revoked.includes(key)) return 'invalid or revoked API key';
  return undefined;
}
