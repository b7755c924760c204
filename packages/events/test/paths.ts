import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/events */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The article texts the records quote, beside the checkout (`../shared/seeds`). */
export const seedsDir = process.env.SUMMITLINE_SEEDS ?? resolve(packageDir, '../../../shared/seeds');
