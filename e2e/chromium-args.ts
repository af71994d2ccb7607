/**
 * @module How the browser tests and the benchmark start Debian's chromium.
 *
 * Every new window of Chromium's new headless mode preloads two WebUI omnibox popups (the address
 * bar's suggestion list and its AI-mode variant), each its own renderer process. No test has an
 * address bar, yet with a window per test they took about a third of a core all run long, so they
 * are switched off. Chromium reads only the last `--disable-features`, so this list repeats
 * Playwright's own (chromiumSwitches in playwright-core; e2e/chromium-args.test.ts checks it still
 * does after an upgrade) and adds the two popups.
 */

/** Features Playwright 1.65 turns off for Chromium. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The omnibox popup renderers no test needs. */
export const OMNIBOX_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Launch arguments: no sandbox (root in CI), no GPU, no background network traffic, no omnibox popups. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUPS].join(',')}`,
];
