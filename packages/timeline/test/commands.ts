/// <reference types="@vitest/browser-playwright" />
// Browser-test commands that run in the test runner and drive Chromium's real mouse
// (through playwright-core), for gestures that userEvent does not cover: a drag with
// intermediate moves, a wheel at a chosen point with modifier keys held; and media emulation.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';
import type { Scene } from './server-render.js';

interface Point {
  selector: string;
  /** Fraction of the element's width and height, from its top-left corner. */
  at?: [number, number];
}

async function locate(context: Parameters<BrowserCommand<[]>>[0], { selector, at = [0.5, 0.5] }: Point) {
  const frame = await context.frame();
  const box = await frame.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width * at[0], y: box.y + box.height * at[1] };
}

export const drag: BrowserCommand<[Point, number, number?]> = async (context, point, dx, dy = 0) => {
  const { page } = context;
  const { x, y } = await locate(context, point);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
};

export const wheelAt: BrowserCommand<[Point, number, ('Control' | 'Meta')?]> = async (
  context,
  point,
  deltaY,
  modifier,
) => {
  const { page } = context;
  const { x, y } = await locate(context, point);
  await page.mouse.move(x, y);
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.wheel(0, deltaY);
  if (modifier) await page.keyboard.up(modifier);
};

export const dblclickAt: BrowserCommand<[Point]> = async (context, point) => {
  const { x, y } = await locate(context, point);
  await context.page.mouse.dblclick(x, y);
};

/**
 * Touch gestures through the DevTools protocol, with touch emulation on so the page
 * sees a touch screen: one finger dragged by `dx` and `dy`, or two fingers spread apart (or
 * pinched together) around the point by `spread` pixels each.
 */
export const touchGesture: BrowserCommand<[Point, { dx?: number; dy?: number; spread?: number }]> = async (
  context,
  point,
  { dx = 0, dy = 0, spread = 0 },
) => {
  const { x, y } = await locate(context, point);
  const cdp = await session(context);
  const fingers = (t: number) =>
    spread
      ? [
          { x: x - 30 - spread * t, y, id: 1 },
          { x: x + 30 + spread * t, y, id: 2 },
        ]
      : [{ x: x + dx * t, y: y + dy * t, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
  for (let step = 1; step <= 8; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(step / 8) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
};

/** Turns touch emulation on or off, so `navigator.maxTouchPoints` reports a touch screen. */
export const emulateTouch: BrowserCommand<[boolean]> = async (context, enabled) => {
  const cdp = await session(context);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: enabled ? 5 : 1 });
};

/** Emulates a media type (`print`), or goes back to the page's own (`null`). */
export const emulateMedia: BrowserCommand<['print' | 'screen' | null]> = async ({ page }, media) => {
  await page.emulateMedia({ media });
};

/** Emulates the reader's `prefers-reduced-motion: reduce` (or turns it back off). */
export const emulateReducedMotion: BrowserCommand<[boolean]> = async ({ page }, reduce) => {
  await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
};

/** Where the server-render script is built, beside the repository's dependencies (which it imports). */
const SERVER_SCRIPT = fileURLToPath(new URL('../../../node_modules/.cache/summitline-ssr/render.mjs', import.meta.url));
let serverScript: Promise<void> | undefined;

/**
 * The HTML a server renders for `scene` (see server-render.ts), from the sources, in
 * Node: as the browser would receive it. The script is bundled once (with the d3
 * stand-ins, as the package ships) and runs in a child process of its own, so that the
 * DOM shim Lit installs on the server stays out of the test runner.
 */
export const serverRender: BrowserCommand<[Scene]> = async (_context, scene) => {
  serverScript ??= import('esbuild').then(({ build }) =>
    build({
      stdin: {
        contents: `import { renderScene } from './server-render.ts';
          let input = '';
          for await (const chunk of process.stdin) input += chunk;
          process.stdout.write(renderScene(JSON.parse(input)));`,
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      outfile: SERVER_SCRIPT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      // Lit (with its DOM shim) and the renderer from node_modules, as a server imports them.
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'],
      alias: {
        'd3-selection': fileURLToPath(new URL('../src/internal/selection.ts', import.meta.url)),
        'd3-transition': fileURLToPath(new URL('../src/internal/no-transition.ts', import.meta.url)),
        'd3-interpolate': fileURLToPath(new URL('../src/internal/no-transition.ts', import.meta.url)),
        'd3-dispatch': fileURLToPath(new URL('../src/internal/dispatch.ts', import.meta.url)),
        '@summitline/events': fileURLToPath(new URL('../../events/src/index.ts', import.meta.url)),
      },
      logLevel: 'error',
    }).then(() => undefined),
  );
  await serverScript;
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`server render failed: ${err}`))));
    child.stdin.end(JSON.stringify(scene));
  });
};

/** Emulates the reader's forced colours (Windows High Contrast), or turns them back off. */
export const emulateForcedColors: BrowserCommand<[boolean]> = async ({ page }, forced) => {
  await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
};

/**
 * Collects garbage in the page's JavaScript heap (DevTools' "Collect garbage") and
 * returns what is left: the heap's used bytes, and the DOM nodes and JavaScript event
 * listeners the page holds.
 */
export const collectGarbage: BrowserCommand<[]> = async (context) => {
  const cdp = await session(context);
  // Twice: objects freed by the first collection (weak maps' values, finalisers) go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
};

/** One node of Chromium's accessibility tree, as a screen reader gets it. */
export interface AXNode {
  id: string;
  parentId?: string;
  childIds: string[];
  ignored: boolean;
  role: string;
  name: string;
  /** `selected`, `focused`, `multiselectable`…, by name; a relation (`activedescendant`) as the ids of the nodes it names. */
  properties: Record<string, unknown>;
}

/** The accessibility tree of the test's frame (the Chrome DevTools Protocol's `Accessibility.getFullAXTree`). */
export const accessibilityTree: BrowserCommand<[]> = async (context): Promise<AXNode[]> => {
  const cdp = await session(context);
  const url = (await context.frame()).url();
  type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
  const find = (tree: Tree): string | undefined =>
    tree.frame.url === url ? tree.frame.id : tree.childFrames?.map(find).find(Boolean);
  const frameId = find(frameTree);
  if (!frameId) throw new Error(`no frame at ${url}`);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', { frameId });
  const byDomNode = new Map(nodes.map((node) => [node.backendDOMNodeId, node.nodeId]));
  return nodes.map((node) => ({
    id: node.nodeId,
    ...(node.parentId ? { parentId: node.parentId } : {}),
    childIds: node.childIds ?? [],
    ignored: node.ignored,
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    properties: Object.fromEntries(
      (node.properties ?? []).map(({ name, value }) => [
        name,
        value.relatedNodes ? value.relatedNodes.map((n) => byDomNode.get(n.backendDOMNodeId)) : value.value,
      ]),
    ),
  }));
};

/**
 * Makes requests to URLs that match `pattern` (a glob, as playwright's `page.route`
 * takes it) hang with no answer (`'hold'`), answer with this JSON, or reach the network
 * again (`null`).
 */
export const routeRequests: BrowserCommand<[string, unknown]> = async ({ page }, pattern, answer) => {
  await page.unroute(pattern);
  if (answer === null) return;
  await page.route(pattern, (route) => (answer === 'hold' ? undefined : route.fulfill({ json: answer })));
};

type Context = Parameters<BrowserCommand<[]>>[0];
type Session = Awaited<ReturnType<ReturnType<Context['page']['context']>['newCDPSession']>>;
// Emulation lasts as long as the session that set it, so each page keeps one.
const sessions = new WeakMap<Context['page'], Promise<Session>>();
function session({ page }: Context): Promise<Session> {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = page.context().newCDPSession(page)));
  return cdp;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    dblclickAt(point: Point): Promise<void>;
    touchGesture(point: Point, gesture: { dx?: number; dy?: number; spread?: number }): Promise<void>;
    emulateTouch(enabled: boolean): Promise<void>;
    emulateMedia(media: 'print' | 'screen' | null): Promise<void>;
    emulateReducedMotion(reduce: boolean): Promise<void>;
    emulateForcedColors(forced: boolean): Promise<void>;
    drag(point: Point, dx: number, dy?: number): Promise<void>;
    wheelAt(point: Point, deltaY: number, modifier?: 'Control' | 'Meta'): Promise<void>;
    serverRender(scene: Scene): Promise<string>;
    collectGarbage(): Promise<{ heap: number; nodes: number; listeners: number }>;
    accessibilityTree(): Promise<AXNode[]>;
    routeRequests(pattern: string, answer: 'hold' | null | unknown): Promise<void>;
  }
}
