// Expressive Code's options live here rather than in astro.config.mjs: the <Code> component can only
// read a plugin (a function) from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginTokenClasses } from './src/markdown/token-classes.ts';

export default defineEcConfig({
  // Long sample lines wrap instead of scrolling, so no code block is a scroll region that
  // keyboard users cannot reach (axe: scrollable-region-focusable). Copy still copies the exact text.
  defaultProps: { wrap: true },
  // Shorter token markup, same colours (src/markdown/token-classes.ts).
  plugins: [pluginTokenClasses()],
});
