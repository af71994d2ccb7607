/**
 * @module Build-time settings read from the environment, with their defaults, in one place.
 *
 * NAIRI_DOCS_BASE  base path the site is served under (default `/`; e.g. `/docs`)
 * NAIRI_DOCS_SITE  absolute origin used for the sitemap and canonical URLs
 */

/** Settings resolved from an environment object (process.env in the build). */
export function siteSettings(env: Record<string, string | undefined>) {
  const base = (env.NAIRI_DOCS_BASE ?? '/').trim() || '/';
  const site = (env.NAIRI_DOCS_SITE ?? 'https://docs.nairi.ai').trim();
  if (!base.startsWith('/')) throw new Error(`NAIRI_DOCS_BASE must start with "/" (got "${base}").`);
  if (!/^https?:\/\//.test(site)) throw new Error(`NAIRI_DOCS_SITE must be an http(s) origin (got "${site}").`);
  return { base, site };
}
