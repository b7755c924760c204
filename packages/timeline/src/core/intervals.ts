// UTC calendar intervals for the axis: days, Sunday weeks, months and years, and every
// nth of them, as d3-time's `utcDay`, `utcWeek`, `utcMonth`, `utcYear` and `every`
// define them (a test checks they agree). Written out because the axis needs only
// `floor` and `range`, and d3-time with d3-array would add about 2.5 KB gzipped.
export interface UtcInterval {
  /** The start of the interval that holds `t`. */
  floor(t: number): number;
  /** Every interval start in `[from, to)`. */
  range(from: number, to: number): number[];
}

/**
 * An interval from its `floor` and its step to the next start; with `field` and
 * `step`, only the starts whose field is a multiple of `step` (d3-time's `every`).
 */
function interval(
  floor: (d: Date) => void,
  next: (d: Date) => void,
  field?: (d: Date) => number,
  step = 1,
): UtcInterval {
  const down = (t: number) => {
    const d = new Date(t);
    floor(d);
    return +d;
  };
  return {
    floor: down,
    range(from, to) {
      const starts: number[] = [];
      const d = new Date(down(from));
      if (+d < from) next(d);
      for (; +d < to; next(d)) if (!field || field(d) % step === 0) starts.push(+d);
      return starts;
    },
  };
}

const midnight = (d: Date) => d.setUTCHours(0, 0, 0, 0);

export const utcDay = (step = 1) =>
  interval(midnight, (d) => d.setUTCDate(d.getUTCDate() + 1), step > 1 ? (d) => d.getUTCDate() - 1 : undefined, step);

export const utcWeek = () =>
  interval(
    (d) => (midnight(d), d.setUTCDate(d.getUTCDate() - d.getUTCDay())),
    (d) => d.setUTCDate(d.getUTCDate() + 7),
  );

export const utcMonth = (step = 1) =>
  interval(
    (d) => (midnight(d), d.setUTCDate(1)),
    (d) => d.setUTCMonth(d.getUTCMonth() + 1),
    step > 1 ? (d) => d.getUTCMonth() : undefined,
    step,
  );

export const utcYear = (step = 1) =>
  interval(
    (d) => (midnight(d), d.setUTCMonth(0, 1)),
    (d) => d.setUTCFullYear(d.getUTCFullYear() + 1),
    step > 1 ? (d) => d.getUTCFullYear() : undefined,
    step,
  );
