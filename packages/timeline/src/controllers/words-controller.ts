import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { canonicalLocale, LISTENERS, readStrings, stringsFor, type Strings } from '../core/strings.js';
import { SummitErrorEvent } from '../error-event.js';
import { resolveLocale } from '../internal/server-render.js';

/** What the words are read from. */
export interface WordsHost extends HTMLElement {
  locale?: string | undefined;
  strings?: Partial<Strings> | undefined;
}

/**
 * The timeline's language and words, resolved once per update: `locale`, else the
 * nearest `lang` in the document (on the server, British English), and the locale's
 * table with the entries of `strings` over it. Entries that cannot be used are left
 * out (the locale's words stay) and reported with `summit-error`, once per `strings`.
 */
export class WordsController {
  locale = 'en-GB';
  strings: Strings = stringsFor(this.locale);

  readonly #host: WordsHost;

  constructor(host: WordsHost & ReactiveControllerHost) {
    this.#host = host;
    followTranslations(host);
  }

  update(changed: PropertyValues, server: boolean): void {
    const host = this.#host;
    this.locale = canonicalLocale(resolveLocale(host, host.locale, server));
    const words = readStrings(this.locale, host.strings);
    this.strings = words.strings;
    if (changed.has('strings') && words.problems.length) host.dispatchEvent(new SummitErrorEvent(words.problems));
  }
}

/** Updates `host` whenever a language's table is added while it is in the page. */
export function followTranslations(host: ReactiveControllerHost): void {
  const update = () => host.requestUpdate();
  host.addController({
    hostConnected: () => LISTENERS.add(update),
    hostDisconnected: () => LISTENERS.delete(update),
  });
}
