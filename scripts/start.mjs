#!/usr/bin/env node
// `npm start`: the project's main job. Builds the packages and the article page
// that embeds the timeline with the bundled events, then serves it on localhost.
import { ensureDependencies, run } from './setup.mjs';

ensureDependencies();
run('build', 'npm', ['run', 'build', '--silent']);
run('article page', 'node', ['examples/article/build.mjs']);
run('serve', 'node', ['examples/article/serve.mjs']);
