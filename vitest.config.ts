import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import {
  accessibilityTree,
  collectGarbage,
  dblclickAt,
  drag,
  emulateForcedColors,
  emulateMedia,
  emulateReducedMotion,
  emulateTouch,
  serverRender,
  routeRequests,
  touchGesture,
  wheelAt,
} from './packages/timeline/test/commands.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests use the packages' sources, so `vitest run` needs no build first; and d3-zoom
// and the elements with the stand-ins the embed gives them (see rollup.config.mjs).
const standIns = {
  'd3-selection': source('./packages/timeline/src/internal/selection.ts'),
  'd3-transition': source('./packages/timeline/src/internal/no-transition.ts'),
  'd3-interpolate': source('./packages/timeline/src/internal/no-transition.ts'),
  'd3-dispatch': source('./packages/timeline/src/internal/dispatch.ts'),
};
const alias = {
  '@summitline/events': source('./packages/events/src/index.ts'),
  // Before the package itself, which would take its subpaths too.
  '@summitline/timeline/react': source('./packages/timeline/src/react.ts'),
  '@summitline/timeline/locales/all.js': source('./packages/timeline/src/locales/all.ts'),
  '@summitline/timeline': source('./packages/timeline/src/index.ts'),
  ...standIns,
};

const chromium = (options: Parameters<typeof playwright>[0] = {}) =>
  playwright({
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    contextOptions: { timezoneId: 'UTC', locale: 'en-GB' },
    ...options,
  });

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**', 'packages/*/test/packed/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts', 'examples/*/test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
            commands: {
              accessibilityTree,
              collectGarbage,
              dblclickAt,
              drag,
              emulateForcedColors,
              emulateMedia,
              emulateReducedMotion,
              emulateTouch,
              routeRequests,
              serverRender,
              touchGesture,
              wheelAt,
            },
          },
        },
      },
      {
        // Every story in stories/ as a test: it renders, its play function passes, and axe finds no violation.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
          },
        },
      },
    ],
  },
});
