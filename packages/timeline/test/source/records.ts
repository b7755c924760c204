// Made-up records for the source tests: busy enough to bin, with multi-country events,
// multi-day visits and month-long bands.
const KINDS = ['summit', 'meeting', 'visit', 'call', 'parade', 'election'];
const COUNTRIES = ['CHN', 'USA', 'FRA', 'IND'];

export function records(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2000, 0, 1) + ((i * 7919) % 7300) * 86_400_000;
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    // Some month-long bands, some visits of four days, the rest days.
    const month = i % 13 === 0;
    const first = month ? `${day(start).slice(0, 7)}-01` : day(start);
    const last = month
      ? day(Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 0))
      : day(start + (i % 5 === 0 ? 3 : 0) * 86_400_000);
    const date = month ? first.slice(0, 7) : first === last ? first : `${first}/${last}`;
    return {
      id: `r${i}`,
      title: `Event ${i}`,
      kind: KINDS[i % KINDS.length],
      date,
      start: first,
      end: last,
      precision: month ? 'month' : 'day',
      countries: COUNTRIES.slice(i % 3, (i % 3) + 1 + (i % 2)),
    };
  });
}
