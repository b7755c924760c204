import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { formatEventDate, statusName } from './core/format.js';
import { kindStyles, type KindOptions } from './core/kind-styles.js';
import { kindClass, readKind } from './core/kinds.js';
import { normalize } from './core/normalize.js';
import { canonicalLocale, stringsFor, type Strings } from './core/strings.js';
import { safeUrl } from './core/url.js';
import { countryName } from './country-names.js';
import { followTranslations } from './controllers/words-controller.js';
import { cssProps } from './internal/css-props.js';
import { resolveLocale, SERVER_LOCALE, takeRenderRoot } from './internal/server-render.js';
import { shapePath } from './core/shapes.js';
import type { SourceInfo, TimelineRecord } from './record.js';
import { cardStyles } from './summit-event-card.styles.js';
import { themeStyles } from './theme.styles.js';

/**
 * One diplomatic event: its kind, title, date written at its precision
 * ("September 2025", "8–9 April 2024", "planned: February 2026"), participants,
 * place, summary, and each source quote with its publisher and headline.
 *
 * Any kind is shown: a curated kind by its word, colour and shape; any other by its
 * name, in the first colour and shape of the custom kinds' scheme (as a timeline of
 * that kind alone shows it), unless `kindOptions` sets them. A record whose kind is not
 * a string shows as `other`.
 *
 * Used by `<summit-timeline>` for the selected event, and usable on its own.
 * All text is set as text, never as HTML.
 *
 * Server rendering (`@lit-labs/ssr`) renders the whole card, given `event` and
 * `sources`, in the words of `locale`, else British English (the server cannot read the
 * page's `lang`). With Lit's hydrate support loaded before Lit, and the same `event`
 * set before the element is defined, the browser takes it over, then speaks the page's
 * locale if it has no `locale`.
 *
 * @summary A card showing one event and its sources.
 * @tagname summit-event-card
 *
 * @csspart card - The card's box.
 * @csspart title - The event's title.
 * @csspart quote - Each source quote (a `<blockquote>`).
 *
 * @cssprop --summit-foreground - Text colour.
 * @cssprop --summit-background - Card background.
 * @cssprop --summit-muted - Secondary text (dates, labels, credits).
 * @cssprop --summit-grid - Borders.
 * @cssprop --summit-font - Font family.
 * @cssprop --summit-color-summit - Colour of summits (the kind's symbol and the card's edge).
 * @cssprop --summit-color-meeting - Colour of meetings and talks.
 * @cssprop --summit-color-visit - Colour of visits.
 * @cssprop --summit-color-call - Colour of phone calls.
 * @cssprop --summit-color-parade - Colour of parades.
 * @cssprop --summit-color-agreement - Colour of agreements.
 * @cssprop --summit-color-statement - Colour of statements.
 * @cssprop --summit-color-military - Colour of military events.
 * @cssprop --summit-color-legislation - Colour of legislation.
 * @cssprop --summit-color-inauguration - Colour of inaugurations.
 * @cssprop --summit-color-other - Colour of other events.
 */
export class SummitEventCard extends LitElement {
  static override styles = [themeStyles, cardStyles];
  /** Lit's options for the reactive properties; each is documented at its field below. */
  static override properties = {
    event: { attribute: false },
    sources: { attribute: false },
    locale: { reflect: true },
    strings: { attribute: false },
    kindOptions: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
  };

  /** The event to show: a record of `@summitline/events` or any record the timeline accepts. */
  declare event?: TimelineRecord;

  /**
   * The articles the event's quotes come from (`sources` of `@summitline/events`), so
   * that each quote is credited with its publisher and headline rather than an id.
   */
  sources: readonly SourceInfo[] = [];

  /** BCP 47 language tag for dates and words; default: the nearest `lang` in the document, else the browser's (on the server: `en-GB`). Words other than English need the language's module, as for `<summit-timeline>` (`@summitline/timeline/locales/fr.js`, …). */
  declare locale?: string;

  /** Words to use instead of the locale's (entries of the `Strings` table: `who`, `where`, kind names, statuses). */
  declare strings?: Partial<Strings>;

  /**
   * Label, colour and shape per kind, as the timeline's `kindOptions` (type `KindOptions`):
   * `{ election: { label: 'Election', color: '#7a1f5c', shape: 'square' } }`. Inside a
   * timeline, the timeline sets it, so that the card shows the kind as its legend does.
   */
  declare kindOptions?: KindOptions;

  /** Heading level of the title (2–6), to fit the outline of the page around it. */
  headingLevel = 3;

  /** Light or dark colours; default: the reader's `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  /** Whether this update takes over a shadow root that the server rendered (the first, with Lit's hydrate support). */
  #hydrating = false;

  constructor() {
    super();
    followTranslations(this);
  }

  /** @internal */
  get resolvedLocale(): string {
    return canonicalLocale(resolveLocale(this, this.locale, this.#hydrating));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const { root, hydrating } = takeRenderRoot(this, () => super.createRenderRoot());
    this.#hydrating = hydrating;
    return root;
  }

  protected override firstUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // Hydrated in the server's words: now in the page's, once this update is over.
    if (this.resolvedLocale !== (this.locale || SERVER_LOCALE))
      void this.updateComplete.then(() => this.requestUpdate());
  }

  override render(): TemplateResult | typeof nothing {
    const record = this.event;
    if (!record) return nothing;
    const item = normalize([record]).items[0];
    const locale = this.resolvedLocale;
    const words = stringsFor(locale, this.strings);
    const kind = readKind(record.kind) ?? 'other';
    const look = kindStyles([kind], words, this.kindOptions)(kind);
    const status = record.status && record.status !== 'happened' ? record.status : undefined;
    // Optional fields of a hand-written record may have any shape: show what reads as text, skip the rest.
    const participants = objects<{ name?: unknown; role?: unknown }>(record.participants).filter((p) => text(p.name));
    const location = objects<{ place?: unknown; country?: unknown }>([record.location])[0];
    const country = text(location?.country);
    const place = [text(location?.place), country && countryName(country, locale)].filter(Boolean).join(', ');
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`
      <article part="card" class=${kindClass(kind)} ${cssProps({ '--_kind': look.color })} aria-label=${record.title}>
        <p class="kind">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d=${shapePath(look.shape, 60)}></path>
          </svg>
          <span>${look.label}</span>
          ${status ? html`<span class="status">${statusName(status, words)}</span>` : nothing}
        </p>
        <p class="title" part="title" role="heading" aria-level=${level}>${record.title}</p>
        ${item ? html`<p class="date">${formatEventDate(item, locale, words)}</p>` : nothing}
        ${text(record.summary) ? html`<p class="summary">${record.summary}</p>` : nothing}
        ${
          participants.length || place
            ? html`<dl>
                ${
                  participants.length
                    ? html`<dt>${words.who}</dt>
                        <dd>
                          <ul class="participants">
                            ${participants.map(
                              (p) => html`<li>${p.name}${text(p.role) ? html`, <span>${p.role}</span>` : nothing}</li>`,
                            )}
                          </ul>
                        </dd>`
                    : nothing
                }
                ${
                  place
                    ? html`<dt>${words.where}</dt>
                        <dd>${place}</dd>`
                    : nothing
                }
              </dl>`
            : nothing
        }
        ${objects<SourceRef>(record.sources)
          .filter((ref) => text(ref.quote))
          .map((ref) => this.#renderQuote(ref))}
      </article>
    `;
  }

  #renderQuote(ref: SourceRef) {
    const source = this.sources.find((s) => s.id === ref.source);
    const publisher = ref.publisher ?? source?.publisher ?? ref.source;
    const headline = ref.headline ?? source?.headline;
    const url = safeUrl(source?.url);
    return html`<figure>
      <blockquote part="quote">${ref.quote}</blockquote>
      <figcaption>
        —
        ${publisher}${
          headline ? html`, <cite>${url ? html`<a href=${url}>${headline}</a>` : headline}</cite>` : nothing
        }
      </figcaption>
    </figure>`;
  }
}

type SourceRef = NonNullable<TimelineRecord['sources']>[number];

/** The string, if the value is a non-empty one. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The plain objects in a value that should be a list of them. */
function objects<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((v): v is T => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-event-card': SummitEventCard;
  }
}
