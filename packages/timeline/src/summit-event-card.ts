import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatEventDate, statusName } from './core/format.js';
import { KINDS, type Kind } from './core/kinds.js';
import { normalize } from './core/normalize.js';
import { canonicalLocale, stringsFor, type Strings } from './core/strings.js';
import { safeUrl } from './core/url.js';
import { countryName } from './country-names.js';
import { kindPath } from './render/kind-symbols.js';
import type { SourceInfo, TimelineRecord } from './record.js';
import { cardStyles } from './summit-event-card.styles.js';
import { themeStyles } from './theme.styles.js';

/**
 * One diplomatic event: its kind, title, date written at its precision
 * ("September 2025", "8–9 April 2024", "planned: February 2026"), participants,
 * place, summary, and each source quote with its publisher and headline.
 *
 * Used by `<summit-timeline>` for the selected event, and usable on its own.
 * All text is set as text, never as HTML.
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
 * @cssprop --summit-color-summit - Colour of the kind `summit` (likewise `-meeting`, `-visit`, `-call`, `-parade`, `-agreement`, `-statement`, `-military`, `-legislation`, `-inauguration`, `-other`).
 */
export class SummitEventCard extends LitElement {
  static override styles = [themeStyles, cardStyles];

  /** The event to show: a record of `@summitline/events` or any record the timeline accepts. */
  @property({ attribute: false }) event?: TimelineRecord;

  /**
   * The articles the event's quotes come from (`sources` of `@summitline/events`), so
   * that each quote is credited with its publisher and headline rather than an id.
   */
  @property({ attribute: false }) sources: readonly SourceInfo[] = [];

  /** BCP 47 language tag for dates and words; default: the nearest `lang` in the document, else the browser's. */
  @property({ reflect: true }) locale?: string;

  /** Words to use instead of the locale's (entries of the `Strings` table: `who`, `where`, kind names, statuses). */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** Heading level of the title (2–6), to fit the outline of the page around it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Light or dark colours; default: the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** @internal */
  get resolvedLocale(): string {
    return canonicalLocale(
      this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en-GB',
    );
  }

  override render(): TemplateResult | typeof nothing {
    const record = this.event;
    if (!record) return nothing;
    const item = normalize([record]).items[0];
    const locale = this.resolvedLocale;
    const words = stringsFor(locale, this.strings);
    const kind: Kind = (KINDS as readonly string[]).includes(record.kind) ? (record.kind as Kind) : 'other';
    const status = record.status && record.status !== 'happened' ? record.status : undefined;
    // Optional fields of a hand-written record may have any shape: show what reads as text, skip the rest.
    const participants = objects<{ name?: unknown; role?: unknown }>(record.participants).filter((p) => text(p.name));
    const location = objects<{ place?: unknown; country?: unknown }>([record.location])[0];
    const country = text(location?.country);
    const place = [text(location?.place), country && countryName(country, locale)].filter(Boolean).join(', ');
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`
      <article part="card" class="kind-${kind}" aria-label=${record.title}>
        <p class="kind">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d=${kindPath(kind, 60)}></path>
          </svg>
          <span>${words[kind]}</span>
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
          .map((ref) => this.renderQuote(ref))}
      </article>
    `;
  }

  private renderQuote(ref: SourceRef) {
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
