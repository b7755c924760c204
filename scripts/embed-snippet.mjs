#!/usr/bin/env node
// Writes the CDN embed snippet (the pinned version's URL and its Subresource Integrity
// hash, from the built dist/summit-timeline.min.js) between the
// `<!-- embed-snippet -->` markers of the READMEs. Run by `npm run version-packages`
// after a version bump; `--check` (run by `npm run release`) fails if a README's
// snippet does not match what is about to be published.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const READMES = ['README.md', 'packages/timeline/README.md'];
const { name, version } = JSON.parse(readFileSync(new URL('packages/timeline/package.json', root), 'utf8'));
const bundle = readFileSync(new URL('packages/timeline/dist/summit-timeline.min.js', root));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

const snippet = `<!-- embed-snippet -->

\`\`\`html
<script
  src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/summit-timeline.min.js"
  integrity="${integrity}"
  crossorigin="anonymous"
  defer
></script>
\`\`\`

<!-- /embed-snippet -->`;

const check = process.argv.includes('--check');
let stale = [];
for (const file of READMES) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const next = text.replace(/<!-- embed-snippet -->[\s\S]*?<!-- \/embed-snippet -->/, snippet);
  if (!text.includes('<!-- embed-snippet -->')) throw new Error(`${file} has no <!-- embed-snippet --> markers`);
  if (next === text) continue;
  if (check) stale.push(file);
  else writeFileSync(url, next);
}
if (stale.length) {
  console.error(
    `The embed snippet in ${stale.join(' and ')} is not ${name}@${version}'s: run node scripts/embed-snippet.mjs`,
  );
  process.exit(1);
}
console.log(`${name}@${version} ${integrity}`);
