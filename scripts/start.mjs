#!/usr/bin/env node
// `npm start`: the project's main job. Builds the packages, then prints the
// dataset summary (pass a country or person: `npm start JPN`).
import { ensureDependencies, run } from './setup.mjs';

ensureDependencies();
run('build', 'npm', ['run', 'build', '--silent']);
run('dataset summary', 'node', ['examples/data-node/summary.mjs', ...process.argv.slice(2)]);
