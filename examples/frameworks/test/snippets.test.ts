// The framework pages of the docs show these files as they are: each must type-check
// as an adopter's strict project would (every library's types checked too), and each
// must fail to when given what the elements do not take, so that the check can fail.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));
const run = promisify(execFile);

/**
 * Wrong uses of the elements, each as a change to a snippet (the first of its
 * replacements that applies: JSX and Svelte, or a Vue template), and what the checker
 * must say about it.
 */
const MISTAKES = [
  {
    name: 'unknown-grouping',
    change: [
      ['group-by="kind"', 'group-by="year"'],
      ['groupBy="kind"', 'groupBy="year"'],
    ],
    says: /'\\?"year\\?"'/,
  },
  {
    name: 'records-of-numbers',
    change: [
      ['events={events}', "events={[1, 'two']}"],
      [':events="events"', ':events="[1, \'two\']"'],
    ],
    says: /number/,
  },
  { name: 'misread-event', change: [['e.detail.start', 'e.detail.begin']], says: /'begin' does not exist/ },
] as const;

function mistake(source: string, { name, change }: (typeof MISTAKES)[number]): string {
  const found = change.find(([from]) => source.includes(from));
  if (!found) throw new Error(`the snippet has nothing to change for ${name}`);
  return source.replace(found[0], found[1]);
}

const message = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, '\n');

describe('the JSX snippets, checked with the TypeScript compiler', () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(message(d));
      },
    },
  )!;
  const options = { ...config.options, strict: true, skipLibCheck: false, noEmit: true };

  const files = ['react.tsx', 'react-wrapper.tsx', 'preact.tsx', 'vue.tsx'];
  const copyOf = (file: string, m: (typeof MISTAKES)[number]) => join(dir, `${m.name}.${file}`);

  // One program (each file names its JSX runtime): the snippets as they are, and one copy of each per mistake.
  let diagnostics: readonly ts.Diagnostic[];
  let copies: Map<string, string>;
  beforeAll(() => {
    copies = new Map(
      files.flatMap((file) => {
        const source = readFileSync(join(dir, file), 'utf8');
        return MISTAKES.map((m) => [copyOf(file, m), mistake(source, m)] as const);
      }),
    );
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => copies.has(name) || exists(name);
    host.getSourceFile = (name, language, ...rest) =>
      copies.has(name) ? ts.createSourceFile(name, copies.get(name)!, language) : read(name, language, ...rest);
    const program = ts.createProgram([...files.map((f) => join(dir, f)), ...copies.keys()], options, host);
    diagnostics = ts.getPreEmitDiagnostics(program);
  }, 180_000);

  it('type-check, with every library they use', () => {
    expect(diagnostics.filter((d) => !d.file || !copies.has(d.file.fileName)).map(message)).toEqual([]);
  });

  it.each(files)('%s refuses what the elements do not take', (file) => {
    for (const m of MISTAKES) {
      const found = diagnostics.filter((d) => d.file?.fileName === copyOf(file, m)).map(message);
      expect(found.join('\n'), m.name).toMatch(m.says);
    }
  });
});

// Templates go through the frameworks' own checkers (which run TypeScript on them):
// vue-tsc for the single-file component, svelte-check for the Svelte component. Both
// run once over the component and its wrong copies, in a directory of their own.
describe('the template snippets, checked with vue-tsc and svelte-check', () => {
  const work = join(dir, '.checked');
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    for (const file of ['Timeline.vue', 'Timeline.svelte']) {
      const source = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(work, file), source);
      for (const m of MISTAKES) writeFileSync(join(work, `${m.name}.${file}`), mistake(source, m));
    }
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../tsconfig.json', include: ['*.vue', '*.svelte'] }),
    );
    const output = (run: Promise<{ stdout: string }>) =>
      run.then(
        ({ stdout }) => stdout,
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
    // One after the other: each takes a core for some seconds.
    outputs.vue = await output(run(bin('vue-tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: work }));
    outputs.svelte = await output(
      run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: work }),
    );
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The errors reported for a file, from either tool's output. */
  const errors = (output: string, file: string) =>
    output
      .split('\n')
      .filter((line) => line.startsWith(`${file}(`) || line.includes(`ERROR "${file}"`))
      .join('\n');

  it.each([
    ['vue', 'Timeline.vue'],
    ['svelte', 'Timeline.svelte'],
  ])('%s: %s', (tool, file) => {
    const output = outputs[tool]!;
    expect(output).not.toMatch(/Cannot find|Could not find|Invalid/);
    expect(errors(output, file)).toBe('');
    for (const m of MISTAKES) expect(errors(output, `${m.name}.${file}`), m.name).toMatch(m.says);
  });
});
