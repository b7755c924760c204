// Pure helpers of the image export: what the legend and the credit line say, how
// lines wrap, and the file name. The DOM side is in render/export.ts.
import type { TimelineItem } from './normalize.js';
import { fill, STRINGS_EN, type Strings } from './strings.js';
import type { PlacedMark } from './view.js';

/** Every event in view: those of the event marks and those inside clusters. */
export function* itemsInView(marks: readonly PlacedMark[]): Generator<TimelineItem> {
  for (const { mark } of marks) {
    if (mark.type === 'event') yield mark.item;
    else yield* mark.items;
  }
}

/** The credit line: "Source: Associated Press, Firstpost · Chart: summitline", naming the publishers of the articles given, or only the chart when none is known; in the words of `strings`. */
export function sourceCredit(
  sources: readonly { publisher?: string | undefined }[],
  strings: Pick<Strings, 'source' | 'chartBy'> = STRINGS_EN,
): string {
  const names = [...new Set(sources.map((s) => s.publisher).filter(Boolean))];
  return `${names.length ? `${fill(strings.source, { names: names.join(', ') })} · ` : ''}${strings.chartBy}`;
}

/** Places boxes of the given widths left to right with `gap` between them, starting a new line where one would pass `max`: each box's x and line. */
export function flow(widths: readonly number[], max: number, gap: number): [x: number, line: number][] {
  let x = 0;
  let line = 0;
  return widths.map((width) => {
    if (x && x + width > max) [x, line] = [0, line + 1];
    const at: [number, number] = [x, line];
    x += width + gap;
    return at;
  });
}

/** Breaks `text` at spaces into lines no wider than `max` (as `measure` finds, word by word); a word longer than a line has one to itself. */
export function wrapText(text: string, max: number, measure: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  flow(words.map(measure), max, measure(' ')).forEach(([, line], i) => {
    lines[line] = lines[line] ? `${lines[line]} ${words[i]}` : words[i]!;
  });
  return lines;
}

/** A file name from the label and the window: `timeline-of-events_2024-01-01_2026-06-01.png`. */
export function exportFileName(label: string, [start, end]: readonly [number, number], extension: string): string {
  const slug =
    label
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline';
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return `${slug}_${day(start)}_${day(end)}.${extension}`;
}
