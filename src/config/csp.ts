/**
 * @module The Content Security Policy of every page (Astro's `security.csp`, a meta tag).
 *
 * - connect-src: this site and the configured API servers only, so the key can go nowhere else;
 * - script-src: this site, Astro's hashes of its own inline scripts, and the hashes of Starlight's
 *   `is:inline` scripts below (Astro cannot see those; `npm test` checks every inline script of the
 *   build against the policy, so a Starlight upgrade that changes one fails loudly);
 * - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing allows eval.
 */
import type { AstroUserConfig } from 'astro';
import { serverOrigins, type TryItServer } from './tryit.ts';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Starlight 0.42.4's `is:inline` scripts: theme provider, theme picker update, search shortcut label,
 * synced-tab restore (for syncKey "lang"), sidebar state restore and persist. Regenerate with
 * `node scripts/csp-check.ts` after a Starlight upgrade: it prints any inline script not listed.
 */
export const STARLIGHT_INLINE_SCRIPT_HASHES: `sha256-${string}`[] = [
  'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
  'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
  'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
  'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
  'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
  'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
];

export function cspConfig(servers: TryItServer[]): CspOptions {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `connect-src 'self' ${serverOrigins(servers).join(' ')}`,
      "img-src 'self' data:",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self' blob:",
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: STARLIGHT_INLINE_SCRIPT_HASHES },
    styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
  };
}
