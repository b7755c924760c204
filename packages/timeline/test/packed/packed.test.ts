// The packages as a newcomer gets them: `npm pack` of both workspaces (which builds
// them through `prepack`), installed from the tarballs into a new project, once in
// npm's default layout and once in an isolated one (`--install-strategy=linked`, as
// pnpm lays packages out, where a package sees only what it declares). In each, an
// adopter's TypeScript and React 19 code type-checks with `skipLibCheck` off, a bundler
// bundles the package within its budget, the server renders both elements, and a page
// that loads the embed twice beside the bundle draws without an error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What `import '@summitline/timeline'` may weigh, bundled and minified, gzipped: English
 * only, as an app that imports no language's module ships it.
 */
const BUNDLE_BUDGET_GZIP_BYTES = 42 * 1024;

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const app = fileURLToPath(new URL('./app/', import.meta.url));
const LAYOUTS = ['hoisted', 'linked'] as const;
type Layout = (typeof LAYOUTS)[number];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: '' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** The version installed in the workspace, so that the new project's install is served from npm's cache. */
const installed = (name: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;

let work: string;
const tarballs: Record<string, string> = {};
const dirs = {} as Record<Layout, string>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'summitline-packed-'));
  run(
    'npm',
    ['pack', '--pack-destination', work, '--workspace', 'packages/timeline', '--workspace', 'packages/events'],
    root,
  );
  for (const file of readdirSync(work)) {
    if (file.startsWith('summitline-timeline-')) tarballs.timeline = join(work, file);
    if (file.startsWith('summitline-events-')) tarballs.events = join(work, file);
  }
  for (const layout of LAYOUTS) {
    const dir = join(work, layout);
    cpSync(app, dir, { recursive: true });
    const dependencies = {
      '@summitline/timeline': `file:${tarballs.timeline}`,
      '@summitline/events': `file:${tarballs.events}`,
      ...Object.fromEntries(
        ['lit', 'react', 'react-dom', '@types/react', '@types/react-dom', '@lit-labs/ssr'].map((name) => [
          name,
          installed(name),
        ]),
      ),
    };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: `adopter-${layout}`, private: true, type: 'module', dependencies }, null, 2),
    );
    const strategy = layout === 'linked' ? ['--install-strategy=linked'] : [];
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...strategy], dir);
    dirs[layout] = dir;
  }
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const listing = (tarball: string) => run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);

describe('the packed tarballs', () => {
  it.each(['timeline', 'events'])('@summitline/%s ships its licence, readme, changelog and built files', (name) => {
    const files = listing(tarballs[name]!);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']) {
      expect(files).toContain(`package/${file}`);
    }
  });

  it.each(['timeline', 'events'])('@summitline/%s ships every file its exports name', (name) => {
    const files = new Set(listing(tarballs[name]!));
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const targets = Object.values(manifest.exports as Record<string, string | Record<string, string>>).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t),
    );
    // A target with `*` (`./dist/locales/*.js`) names the files it matches: at least one.
    const matches = (target: string) => {
      const [before, after = ''] = `package/${target.replace(/^\.\//, '')}`.split('*');
      return [...files].filter(
        (f) => f.startsWith(before!) && f.endsWith(after) && f.length > before!.length + after.length,
      );
    };
    const missing = targets.filter((target) =>
      target.includes('*') ? !matches(target).length : !files.has(`package/${target.replace(/^\.\//, '')}`),
    );
    expect(missing).toEqual([]);
    // And each file a pattern's code matches has its declarations beside it.
    const patterns = Object.values(manifest.exports as Record<string, Record<string, string>>).filter(
      (t) => typeof t === 'object' && t.default?.includes('*'),
    );
    for (const { default: code, types } of patterns) {
      const stems = (target: string, ext: string) => matches(target).map((f) => f.slice(0, -ext.length));
      expect(stems(types!, '.d.ts')).toEqual(expect.arrayContaining(stems(code!, '.js')));
    }
    expect(manifest.publishConfig?.access).toBe('public');
    expect(manifest.license).toBe('MIT');
  });

  it('points CDNs at the one-file embed', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/timeline/package.json'), 'utf8'));
    expect(manifest.unpkg).toBe('./dist/summit-timeline.min.js');
    expect(manifest.jsdelivr).toBe('./dist/summit-timeline.min.js');
  });
});

describe.each(LAYOUTS)('installed from the tarballs (%s layout)', (layout) => {
  const tsc = (config: string) => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/lib/tsc.js'), '-p', config], {
      cwd: dirs[layout],
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it.each(['tsconfig.json', 'tsconfig.node.json'])(
    'type-checks TypeScript and React 19 code, strict, skipLibCheck off (%s)',
    (config) => {
      const { status, output } = tsc(config);
      expect(output).toBe('');
      expect(status).toBe(0);
    },
  );

  it('refuses a wrong record in the same code', () => {
    writeFileSync(
      join(dirs[layout], 'wrong.ts'),
      "import { SummitTimeline } from '@summitline/timeline';\nnew SummitTimeline().events = [{ id: 1 }];\n",
    );
    try {
      const { status, output } = tsc('tsconfig.json');
      expect(status).not.toBe(0);
      expect(output).toMatch(/wrong\.ts\(2,\d+\): error TS2322/);
    } finally {
      rmSync(join(dirs[layout], 'wrong.ts'));
    }
  });

  it('renders both elements on the server (@lit-labs/ssr), the timeline as the list of every event', () => {
    const html = run(process.execPath, ['ssr.mjs'], dirs[layout]);
    const events: { title: string }[] = JSON.parse(
      readFileSync(join(dirs[layout], 'node_modules/@summitline/events/data/events.json'), 'utf8'),
    );
    expect(html.match(/<template shadowroot(mode)?="open"/g)?.length).toBeGreaterThanOrEqual(2);
    const escape = (text: string) =>
      text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
    const missing = events.filter(({ title }) => !html.includes(escape(title)));
    expect(missing).toEqual([]);
    // The French card, in the words of the language module the server imported.
    expect(html.replace(/<!--[^]*?-->/g, '')).toMatch(/<summit-event-card[^>]* locale="fr"[^]*?<dt>Qui<\/dt>/);
  });

  it(`bundles within ${BUNDLE_BUDGET_GZIP_BYTES / 1024} KiB gzipped (esbuild, minified)`, async () => {
    const result = await build({
      absWorkingDir: dirs[layout],
      entryPoints: ['bundle.js'],
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: 'bundle.out.js',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const bytes = readFileSync(join(dirs[layout], 'bundle.out.js'));
    expect(bytes.toString()).not.toContain('Lit is in dev mode');
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP_BYTES);
    // English only, unless the app imports a language's module: then that language is in.
    expect(bytes.toString()).not.toContain('Tout afficher');
    const french = await build({
      absWorkingDir: dirs[layout],
      stdin: {
        contents: "import '@summitline/timeline';\nimport '@summitline/timeline/locales/fr.js';",
        resolveDir: dirs[layout],
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(french.outputFiles[0]!.text).toContain('Tout afficher');
  });
});

describe('one page with the embed twice and the bundle beside it', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.json': 'application/json',
    };
    const dir = dirs.hoisted;
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
      try {
        const body = readFileSync(join(dir, path === '/' ? 'page.html' : path));
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('draws both timelines and throws nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}/`);
    const marks = (id: string) =>
      page.evaluate((id) => {
        const root = document.getElementById(id)?.shadowRoot;
        return root ? root.querySelectorAll('[part~="event"], [part~="cluster"]').length : 0;
      }, id);
    await expect.poll(() => marks('data'), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => marks('own'), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => typeof customElements.get('summit-event-card'))).toBe('function');
    // A kind of the page's own is drawn and named in the legend.
    const legend = await page.evaluate(() =>
      [...document.getElementById('own')!.shadowRoot!.querySelectorAll('[part~="legend-item"]')].map((b) =>
        b.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(legend).toEqual(['Phone call 1', 'election 2']);
  }, 60_000);
});
