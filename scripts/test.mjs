#!/usr/bin/env node
// `npm test`: every check, in order: lint, type-check, build (packages and the static
// Storybook), then the unit (Node), browser (Chromium) and story tests, then the packed
// packages installed into new projects. Finds a Chromium first, and on a Debian machine
// where we are root installs Debian's own when there is none; likewise a PostgreSQL
// server for the server package's conformance suite (scripts/postgres.mjs), whose
// address the tests get in SUMMITLINE_PG_URL.
import { existsSync } from 'node:fs';
import { ensurePostgres } from './postgres.mjs';
import { ensureDependencies, run } from './setup.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
    process.exit(1);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (debian && root) {
    console.log('No Chromium found: installing Debian\u2019s chromium package (apt-get install chromium)…');
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run('install chromium', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    [
      'The browser tests need Chromium or Chrome, and none was found.',
      debian
        ? 'Install it with:  sudo apt-get install chromium   (then run npm test again)'
        : 'Install Chromium or Google Chrome, then run:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

ensureDependencies();
const only = process.argv[2];
const chrome = findChromium();
console.log(`Chromium: ${chrome}`);
const postgres = ensurePostgres();
const env = {
  CHROME_PATH: chrome,
  TZ: 'UTC',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  ...(postgres ? { SUMMITLINE_PG_URL: postgres } : {}),
};

if (!only) {
  run('lint', 'npx', ['eslint', '.']);
  run('format', 'npx', ['prettier', '--check', '.']);
  run('type-check', 'npx', ['tsc', '-b']);
  run('build', 'npm', ['run', 'build']);
  run('build Storybook', 'npm', ['run', 'build-storybook'], env);
}
run('unit and browser tests', 'npx', ['vitest', 'run', ...(only ? [only] : [])], env);
// Last, on its own: packing builds the packages again, rewriting files the other tests read.
if (!only) run('packed packages', 'npx', ['vitest', 'run', '--config', 'vitest.packed.config.ts'], env);
