#!/usr/bin/env node
// The first step of `npm run build`: removes what the last build wrote (each package's
// dist/, and the declarations' incremental state, without which `tsc` would think the
// removed .d.ts files still there), so that no file of an older build is packed.
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url);
for (const path of [
  'packages/timeline/dist',
  'packages/events/dist',
  'packages/server/dist',
  'node_modules/.cache/tsc/timeline-dist.tsbuildinfo',
]) {
  rmSync(new URL(path, root), { recursive: true, force: true });
}
