// Shared by `npm start` and `npm test`: on a fresh clone, install the packages
// first, so that each of the README's two commands works on its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

export function ensureDependencies() {
  if (existsSync('node_modules/.package-lock.json')) return;
  console.log('First run: installing the packages (npm ci)…');
  run('install', 'npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
}
