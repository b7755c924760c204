#!/usr/bin/env node
// `npm run archive`: the archive example. Like `npm start`, it installs the packages on a
// fresh clone and builds them; on first run it generates the seeded archive of 1,000,000
// events (packages/server/data/, which git ignores); then it serves examples/archive/ —
// the page, the timeline's bundle and the server's wire format — on PORT (8788 unless
// given) and prints the URL.
import { existsSync } from 'node:fs';
import { ensureDependencies, run } from './setup.mjs';

const ARCHIVE = 'packages/server/data/archive.parquet';

ensureDependencies();
run('build', 'npm', ['run', 'build', '--silent']);
if (!existsSync(ARCHIVE)) {
  console.log('\nFirst run: generating the archive of 1,000,000 events (a minute or two; kept for later runs).');
  run('generate the archive', 'node', ['packages/server/scripts/generate-archive.mjs', '--out', ARCHIVE]);
}
run('serve', 'node', ['examples/archive/serve.mjs', ARCHIVE]);
