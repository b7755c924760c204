import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/events */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The article texts the records quote (kept in the repository, not published); `SUMMITLINE_SEEDS` points elsewhere. */
export const seedsDir = process.env.SUMMITLINE_SEEDS ?? resolve(packageDir, 'articles');
