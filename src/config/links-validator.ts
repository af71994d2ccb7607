/**
 * @module starlight-links-validator, pointed at our content folder.
 *
 * The validator derives each page's URL from its path below `<srcDir>/content/docs`. Our pages live
 * in `<root>/content/docs` (the product card's layout), so the validator is handed a config whose
 * `srcDir` is the project root. Nothing else about the config changes.
 */
import starlightLinksValidator from 'starlight-links-validator';
import type { StarlightPlugin } from '@astrojs/starlight/types';

type Options = Parameters<typeof starlightLinksValidator>[0];

/** The validator plugin, reading content from `content/docs` at the project root. */
export function linksValidator(options: Options): StarlightPlugin {
  const plugin = starlightLinksValidator(options);
  const setup = plugin.hooks['config:setup'];
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup': (context) =>
        setup?.({ ...context, astroConfig: { ...context.astroConfig, srcDir: context.astroConfig.root } }),
    },
  };
}
