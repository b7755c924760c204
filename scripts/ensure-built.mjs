// For tests that use the built packages (as a newsroom would): build them first if a
// fresh clone has no build yet, so that `vitest run` works on its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const outputs = [
  'packages/timeline/dist/summit-timeline.min.js',
  'packages/timeline/dist/summit-timeline-source.min.js',
  'packages/events/dist/index.js',
  'packages/server/dist/index.js',
];

export function ensureBuilt() {
  if (outputs.every((path) => existsSync(new URL(path, root)))) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe', cwd: root });
}
