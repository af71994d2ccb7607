/**
 * @module Timing probes the benchmark installs in every page before the page's own scripts run
 * (Playwright serialises `installProbes`, so it must not use anything from outside its body). The
 * page records each time itself with performance.now() (milliseconds since the navigation started),
 * so the test side can poll lazily without adding its polling delay to any figure.
 *
 * - Content visible: the render time of the Largest Contentful Paint, the last entry a buffered
 *   PerformanceObserver saw; `lcpSeenAt` lets the reader wait until it has stopped changing.
 * - Explorer: the animation frame in which Scalar first lays out an operation section (a `section`
 *   whose id ends in `/tag/<tag>/<operationId>`, with a non-empty heading and a non-empty box). It is
 *   checked once per frame after the DOM changes, and the frame that finds it is the one about to
 *   paint it. It need not be scrolled into view: the introduction comes above it.
 */

export interface ProbeRecord {
  /** LCP render time, ms since navigation start. */
  lcp?: number;
  /** The LCP element, as `tag#id.class` and its first words, to tell what the figure is about. */
  lcpElement?: string;
  /** performance.now() when the last LCP entry arrived. */
  lcpSeenAt: number;
  /** First Scalar operation laid out, ms since navigation start. */
  explorerOperation?: number;
}

/** Matches the id Scalar gives an operation's section, e.g. `api-1/tag/agents/deployAgent`. */
export const SCALAR_OPERATION_ID = /\/tag\/[^/]+\/[^/.]+$/;

/** Runs in the page. Stores its figures in `window.__bench`. */
export function installProbes() {
  const record: ProbeRecord = { lcpSeenAt: 0 };
  (window as unknown as { __bench: ProbeRecord }).__bench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      record.lcp = entry.startTime;
      const el = entry.element;
      const name = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}` : '(removed)';
      const words = el?.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40);
      record.lcpElement = words ? `${name} "${words}"` : name;
      record.lcpSeenAt = performance.now();
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  // The regex is repeated here (not SCALAR_OPERATION_ID) because this body runs on its own in the page.
  const operationId = /\/tag\/[^/]+\/[^/.]+$/;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    for (const section of document.querySelectorAll<HTMLElement>('#nairi-explorer section[id*="/tag/"]')) {
      const heading = section.querySelector('.section-header-label, h2, h3');
      const box = section.getBoundingClientRect();
      if (operationId.test(section.id) && heading?.textContent?.trim() && box.width > 0 && box.height > 0) {
        record.explorerOperation = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(() => {
    if (scheduled || record.explorerOperation !== undefined) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  if (location.pathname.endsWith('/api/explorer/')) observer.observe(document, { childList: true, subtree: true });
}
