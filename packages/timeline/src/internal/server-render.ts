import { isServer, type LitElement } from 'lit';
import type { Problem } from '../core/normalize.js';

/** The locale of a server render when the element has no `locale` attribute (the server cannot read the page's `lang`). */
export const SERVER_LOCALE = 'en-GB';

/**
 * The locale an element speaks: its `locale`, else (in the browser) the nearest `lang`
 * in the document, else the browser's language; on the server, and in the update that
 * takes over the server's HTML, `locale` or `SERVER_LOCALE`, so that both render the
 * same words.
 */
export function resolveLocale(host: Element, locale: string | undefined, server: boolean): string {
  if (locale) return locale;
  if (server || isServer) return SERVER_LOCALE;
  return host.closest('[lang]')?.getAttribute('lang') || navigator.language || SERVER_LOCALE;
}

/**
 * Whether Lit's hydrate support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`,
 * loaded before Lit) is installed: it makes every LitElement observe `defer-hydration`,
 * and hydrates a shadow root that the server rendered instead of rendering into it.
 */
function hydrateSupport(host: LitElement): boolean {
  return (host.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
}

/**
 * The render root, for `createRenderRoot()`: `create()` (LitElement's), and whether
 * the first update hydrates a shadow root that the server rendered (Declarative Shadow
 * DOM). Without Lit's hydrate support, Lit would render beside the server's nodes, and
 * the element show twice: they are removed first, and the element renders afresh.
 */
export function takeRenderRoot(
  host: LitElement,
  create: () => HTMLElement | DocumentFragment,
): { root: HTMLElement | DocumentFragment; hydrating: boolean } {
  const server = !!host.shadowRoot?.hasChildNodes();
  const hydrating = server && hydrateSupport(host);
  // Before `create()`, which renders before the root's first node (where styles go that it could not adopt).
  if (server && !hydrating) host.shadowRoot!.replaceChildren();
  return { root: create(), hydrating };
}

/**
 * The server's warning of skipped records, where its build or request log shows it
 * (no page listens to `summit-error` there): one line per problem, as the event lists them.
 */
export function serverWarning(tag: string, problems: readonly Problem[]): string {
  const lines = problems.map(({ index, id, field, message }) =>
    index < 0
      ? `  ${field}: ${message}`
      : `  record ${index}${id === undefined ? '' : ` (${id})`}, ${field}: ${message}`,
  );
  const skipped = new Set(problems.map((p) => p.index).filter((index) => index >= 0)).size;
  return `<${tag}>: ${skipped} record${skipped === 1 ? '' : 's'} skipped, the rest rendered:\n${lines.join('\n')}`;
}
