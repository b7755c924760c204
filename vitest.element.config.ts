import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { drag } from './packages/timeline/test/commands.js';

// The browser tests of the element's keyboard, selection, hash and overview code: what
// `stryker.element.config.mjs` runs for each mutant (the runner cannot pick one
// project of vitest.config.ts). `vitest.render.config.ts` makes another such suite.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** A browser project named `name` that runs the `include`d test files, as `vitest.config.ts`'s browser project does. */
export function browserSuite(name: string, include: string[]) {
  return defineConfig({
    resolve: {
      alias: {
        '@summitline/events': source('./packages/events/src/index.ts'),
        '@summitline/timeline': source('./packages/timeline/src/index.ts'),
        // d3-zoom and the elements with the stand-ins the embed gives them (see rollup.config.mjs).
        'd3-selection': source('./packages/timeline/src/internal/selection.ts'),
        'd3-transition': source('./packages/timeline/src/internal/no-transition.ts'),
        'd3-interpolate': source('./packages/timeline/src/internal/no-transition.ts'),
        'd3-dispatch': source('./packages/timeline/src/internal/dispatch.ts'),
      },
    },
    test: {
      name,
      include,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
          },
          contextOptions: { timezoneId: 'UTC', locale: 'en-GB' },
        }),
        instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
        commands: { drag },
      },
    },
  });
}

export default browserSuite('element', [
  'packages/timeline/test/keyboard.browser.test.ts',
  'packages/timeline/test/hash-link.browser.test.ts',
  'packages/timeline/test/overview.browser.test.ts',
]);
