// Records for the source tests: a handful whose answers a reader can work out by hand,
// and a seeded archive of many for comparing answers.
import type { TimelineRecord } from '../../src/record.js';
import { mulberry32 } from '../core/random.js';

export const DAY = 86_400_000;
export const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** Early September 2025, around the SCO summit and the Beijing parade. */
export const SEPTEMBER: TimelineRecord[] = [
  {
    id: 'sco-summit',
    title: 'SCO summit in Tianjin',
    kind: 'summit',
    date: '2025-09-01',
    countries: ['IND', 'RUS', 'CHN'],
  },
  { id: 'call-1', title: 'Trump–Xi call', kind: 'call', date: '2025-09-01', countries: ['USA', 'CHN'] },
  { id: 'visit-1', title: 'Putin in China', kind: 'visit', date: '2025-09-02/2025-09-05', countries: ['RUS', 'CHN'] },
  { id: 'parade', title: 'Victory Day parade', kind: 'parade', date: '2025-09-03', countries: ['CHN', 'RUS', 'PRK'] },
  { id: 'statement', title: 'Statements on the parade', kind: 'statement', date: '2025-09', countries: [] },
  {
    id: 'exercise',
    title: 'Joint naval exercise',
    kind: 'military',
    date: '2025-08-20/2025-09-04',
    countries: ['RUS', 'CHN'],
  },
  {
    id: 'talks',
    title: 'Talks in Beijing',
    kind: 'meeting',
    date: '2025-09-08',
    countries: ['CHN', 'PRK'],
    summary: 'Kim and Xi met.',
    location: { place: 'Beijing', country: 'CHN' },
  },
  { id: 'forum', title: 'Energy forum', kind: 'forum', date: '2025-09-09', countries: ['RUS'] },
];

const KINDS = ['summit', 'meeting', 'visit', 'call', 'statement', 'agreement', 'military', 'forum'];
const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'IND', 'PRK', 'BRA'];
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * `rows` records over 2000–2009, seeded: mostly single days, some visits of days, some
 * known only to the month or the year, none to four countries, a kind of its own.
 */
export function archive(rows: number, seed = 1): TimelineRecord[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const records: TimelineRecord[] = [];
  for (let n = 0; n < rows; n++) {
    const start = utc(2000) + Math.floor(random() * 3650) * DAY;
    const roll = random();
    let date: string;
    if (roll < 0.03) date = day(start).slice(0, 4);
    else if (roll < 0.1) date = day(start).slice(0, 7);
    else if (roll < 0.25) date = `${day(start)}/${day(start + Math.floor(1 + random() * 6) * DAY)}`;
    else date = day(start);
    const countries = new Set<string>();
    const many = Math.floor(random() * 4);
    for (let c = 0; c < many; c++) countries.add(pick(COUNTRIES));
    records.push({
      id: `event-${n.toString(36).padStart(4, '0')}`,
      title: `Event ${n}`,
      kind: pick(KINDS),
      date,
      ...(random() < 0.05 ? { status: 'planned' as const } : {}),
      countries: [...countries],
      ...(random() < 0.2 ? { summary: `Summary of event ${n}.` } : {}),
    });
  }
  return records;
}
