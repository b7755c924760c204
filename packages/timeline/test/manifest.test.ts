import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// What editors, Storybook and wrapper generators read about the elements: the manifest
// and the VS Code and JetBrains data made from it, generated here as `npm run build`
// does, into a directory of the test's own.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'packages/timeline/src');
const outdir = 'node_modules/.cache/summitline-manifest-test';

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string; references?: { name: string; module: string }[] };
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  members?: (Described & { kind: string; static?: boolean; privacy?: string })[];
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, outdir, name), 'utf8'));
let manifest: Manifest;
const element = (tag: string) => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`no <${tag}> in the manifest`);
  return found;
};
const names = (items: Described[] | undefined) => (items ?? []).map((i) => i.name).sort();

/** The source files of the package, with their text. */
function sources(dir = src): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : [{ path: join(dir, entry.name), text: readFileSync(join(dir, entry.name), 'utf8') }],
  );
}

/** The shadow parts a set of files sets, in templates (`part="x"`) or through the DOM. */
function partsIn(files: { text: string }[]): string[] {
  const parts = files.flatMap(({ text }) => [
    ...[...text.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]!),
    ...[...text.matchAll(/setAttribute\('part', '([\w-]+)'\)/g)].map((m) => m[1]!),
  ]);
  return [...new Set(parts)].sort();
}

beforeAll(() => {
  rmSync(join(root, outdir), { recursive: true, force: true });
  const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    cwd: root,
    env: { ...process.env, SUMMITLINE_MANIFEST_DIR: outdir },
    stdio: 'pipe',
  });
  manifest = read<Manifest>('custom-elements.json');
}, 60_000);

describe('custom-elements.json', () => {
  it('names the files the package ships, built from the sources it has', () => {
    const modules = manifest.modules.map((m) => m.path);
    const referenced = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => e.declaration.module ?? ''));
    for (const path of [...modules, ...referenced]) {
      expect(path).toMatch(/^dist\/[\w/-]+\.js$/);
      expect(existsSync(join(src, path.replace(/^dist\//, '').replace(/\.js$/, '.ts'))), path).toBe(true);
    }
    expect(modules).toContain('dist/summit-timeline.js');
    expect(JSON.stringify(manifest)).not.toContain('src/');
  });

  it('says which module registers each element, as the package exports name them', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/timeline/package.json'), 'utf8'));
    for (const tag of ['summit-timeline', 'summit-event-card']) {
      const module = manifest.modules.find((m) => m.path === `dist/define/${tag}.js`);
      const definition = module?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
      expect(definition?.declaration).toEqual({ name: element(tag).name, module: `dist/${tag}.js` });
      expect(pkg.exports[`./${tag}.js`].default).toBe(`./${module!.path}`);
    }
  });

  it('shows the two public elements, and neither the internal overview nor private members', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
    expect(tags.sort()).toEqual(['summit-event-card', 'summit-timeline']);
    expect(JSON.stringify(manifest)).not.toMatch(/summit-overview|OverviewWindowEvent|RangeReporter/);
    for (const tag of tags) {
      for (const member of element(tag).members ?? []) {
        expect(member.privacy ?? 'public', `${tag}.${member.name}`).toBe('public');
        expect(member.description, `${tag}.${member.name} is documented`).toBeTruthy();
      }
      expect(names(element(tag).members)).not.toContain('resolvedLocale');
    }
  });

  it('gives each event its class, which fires that event', () => {
    const timeline = element('summit-timeline');
    expect(timeline.events?.map((e) => [e.name, e.type?.text])).toEqual([
      ['summit-select', 'SummitSelectEvent'],
      ['summit-rangechange', 'SummitRangeChangeEvent'],
      ['summit-error', 'SummitErrorEvent'],
    ]);
    for (const event of timeline.events ?? []) {
      const [reference] = event.type!.references!;
      const module = manifest.modules.find((m) => m.path === reference!.module);
      const klass = module?.declarations?.find((d) => d.name === reference!.name);
      expect(klass?.members?.find((m) => m.name === 'eventName' && m.static)?.default).toBe(`'${event.name}'`);
      expect(event.description).toBeTruthy();
    }
  });

  it('spells out the values an attribute takes', () => {
    const attributes = new Map(element('summit-timeline').attributes?.map((a) => [a.name, a.type?.text]));
    expect(attributes.get('group-by')).toBe("'none' | 'kind' | 'country'");
    expect(attributes.get('wheel-zoom')).toBe("'ctrl' | 'free'");
    expect(attributes.get('direction')).toBe("'ltr' | 'rtl'");
    const members = new Map(element('summit-timeline').members?.map((m) => [m.name, m.type?.text]));
    expect(members.get('events')).toBe('readonly TimelineRecord[] | undefined');
    // Every attribute's type is made of primitives and literals: no alias a reader cannot look up.
    for (const tag of ['summit-timeline', 'summit-event-card']) {
      for (const attribute of element(tag).attributes ?? []) {
        for (const part of attribute.type!.text.split(' | ')) {
          expect(part, `${tag} ${attribute.name}`).toMatch(/^(string|number|boolean|undefined|'[\w-]+')$/);
        }
      }
    }
  });

  it('lists every custom property each element reads, with its default', async () => {
    const { themeStyles } = await import('../src/theme.styles.js');
    const theme = [...new Set([...themeStyles.cssText.matchAll(/var\((--summit-[\w-]+)/g)].map((m) => m[1]!))].sort();
    const colours = theme.filter((name) => name.startsWith('--summit-color-'));
    expect(colours.length).toBeGreaterThanOrEqual(11);
    const timeline = element('summit-timeline').cssProperties;
    const card = element('summit-event-card').cssProperties;
    expect(names(timeline)).toEqual(theme);
    expect(names(card)).toEqual(expect.arrayContaining(colours));
    expect(theme).toEqual(expect.arrayContaining(names(card)));
    for (const property of [...timeline!, ...card!]) {
      expect(property.description, property.name).toBeTruthy();
      expect(property.default, property.name).toBeTruthy();
    }
    expect(card!.find((p) => p.name === '--summit-color-visit')?.default).toMatch(/^light-dark\(#\w+, #\w+\)$/);
  });

  it('lists every shadow part each element has', () => {
    const files = sources().filter((f) => !f.path.endsWith('.styles.ts'));
    const cardFile = files.filter((f) => f.path.endsWith('summit-event-card.ts') && !f.path.includes('define'));
    expect(names(element('summit-timeline').cssParts)).toEqual(partsIn(files.filter((f) => !cardFile.includes(f))));
    expect(names(element('summit-event-card').cssParts)).toEqual(partsIn(cardFile));
    expect(partsIn(cardFile)).toEqual(['card', 'quote', 'title']);
  });
});

describe('the editors’ data', () => {
  interface Tag {
    name: string;
    description: string;
    attributes: { name: string; values: { name: string }[] }[];
  }

  it('gives VS Code both elements, with each attribute’s values', () => {
    const { tags } = read<{ tags: Tag[] }>('vscode.html-custom-data.json');
    expect(tags.map((t) => t.name).sort()).toEqual(['summit-event-card', 'summit-timeline']);
    const timeline = tags.find((t) => t.name === 'summit-timeline')!;
    const values = (name: string) => timeline.attributes.find((a) => a.name === name)?.values.map((v) => v.name);
    expect(values('group-by')).toEqual(['none', 'kind', 'country']);
    expect(values('wheel-zoom')).toEqual(['ctrl', 'free']);
    expect(values('src')).toEqual([]);
    // The description, then a rule (not a heading underline), then events, methods, slot, properties and parts.
    expect(timeline.description).toContain('A zoomable, accessible timeline');
    expect(timeline.description).toMatch(/\n\n---\n/);
    for (const word of ['summit-rangechange', 'zoomTo', '--summit-color-other', 'legend-item']) {
      expect(timeline.description).toContain(word);
    }
    expect(timeline.description).not.toContain('undefined');
  });

  it('gives VS Code’s CSS support each custom property and part once', () => {
    const css = read<{ properties: Described[]; pseudoElements: Described[] }>('vscode.css-custom-data.json');
    expect(names(css.properties)).toEqual(names(element('summit-timeline').cssProperties));
    expect(names(css.pseudoElements)).toContain('::part(quote)');
    expect(new Set(names(css.pseudoElements)).size).toBe(css.pseudoElements.length);
  });

  it('gives JetBrains IDEs the package, its elements and their typed events', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/timeline/package.json'), 'utf8'));
    const webTypes = read<{
      name: string;
      version: string;
      contributions: {
        html: { elements: { name: string; source: unknown; events: { name: string; type: string }[] }[] };
      };
    }>('web-types.json');
    expect([webTypes.name, webTypes.version]).toEqual([pkg.name, pkg.version]);
    const timeline = webTypes.contributions.html.elements.find((e) => e.name === 'summit-timeline')!;
    expect(timeline.source).toEqual({ symbol: 'SummitTimeline', module: './dist/summit-timeline.js' });
    expect(timeline.events.map((e) => e.type)).toEqual([
      'SummitSelectEvent',
      'SummitRangeChangeEvent',
      'SummitErrorEvent',
    ]);
  });
});
