import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { dblclickAt, drag, emulateTouch, touchGesture, wheelAt } from './packages/timeline/test/commands.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
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
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
            commands: { dblclickAt, drag, emulateTouch, touchGesture, wheelAt },
          },
        },
      },
    ],
  },
});
