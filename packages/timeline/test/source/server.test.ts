// HttpSource against the real server (DuckDB, a small archive in a JSON file): its
// answers are the fake source's for the same records, tile for tile.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type SummitlineServer } from '../../../server/src/http.js';
import { FakeSource } from '../../src/source/fake-source.js';
import { HttpSource } from '../../src/source/http-source.js';
import type { SourceWindow, WindowRequest } from '../../src/source/source.js';
import { joinTiles, tilesCovering, tileWindow, tileZoom } from '../../src/source/tiles.js';
import { archive, DAY, SEPTEMBER, utc } from './records.js';

const RECORDS = [...archive(2000, 11), ...SEPTEMBER];
const fake = new FakeSource(RECORDS);

/** The fake's answer for the tiles HttpSource asks for a view, joined, without the data version. */
async function fromTiles({ from, to, width, kinds, group }: WindowRequest) {
  const z = tileZoom(to - from, width, 512);
  const tiles = await Promise.all(
    tilesCovering(from, to, z).map((tile) => fake.window({ ...tileWindow(tile), width: 512, kinds, group })),
  );
  return withoutVersion(joinTiles(tiles));
}
const withoutVersion = ({ dataVersion: _, ...answer }: SourceWindow) => answer;

describe('HttpSource against the server', () => {
  let server: SummitlineServer;
  let source: HttpSource;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summitline-source-')), 'events.json');
    // The records as a source answers them: with their days, precision and status.
    writeFileSync(file, JSON.stringify(fake.archive.items.map((item) => fake.archive.record(item))));
    server = await createServer({ source: file });
    source = new HttpSource(await server.listen(0));
  }, 60_000);
  afterAll(() => server?.close());

  it('has the fake source’s totals and density', async () => {
    const totals = await source.totals();
    expect(totals.dataVersion).toBe(server.archive.dataVersion);
    expect({ ...totals, dataVersion: '' }).toEqual({ ...(await fake.totals()), dataVersion: '' });
    for (const request of [{ bins: 50 }, { bins: 7, kinds: ['forum', 'call'], from: utc(2004), to: utc(2005) }]) {
      expect(await source.density(request)).toEqual(await fake.density(request));
    }
  });

  it('answers windows as the fake source answers their tiles, in events and in bins mode', async () => {
    const views: WindowRequest[] = [
      { from: utc(2000), to: utc(2010), width: 1280 },
      { from: utc(2000), to: utc(2010), width: 600, group: 'country' },
      { from: utc(2003, 5), to: utc(2004, 2), width: 900, group: 'kind', kinds: ['meeting', 'forum', 'visit'] },
      { from: utc(2025, 8, 25), to: utc(2025, 9, 15), width: 720, group: 'country' },
    ];
    const modes = new Set<string>();
    for (const view of views) {
      const answer = await source.window(view);
      modes.add(answer.mode);
      expect(withoutVersion(answer), JSON.stringify(view)).toEqual(await fromTiles(view));
    }
    expect([...modes].sort()).toEqual(['bins', 'events']);
  });

  it('answers a view of exactly one tile as the fake source answers that window', async () => {
    const window = tileWindow({ z: 10, i: 11 });
    const view = { ...window, width: 512, group: 'country' as const };
    expect(withoutVersion(await source.window(view))).toEqual(withoutVersion(await fake.window(view)));
  });

  it('steps and looks up events as the fake source does', async () => {
    const id = fake.archive.items[500]!.id;
    for (const request of [
      { direction: 'next' as const, id },
      { direction: 'previous' as const, id, kinds: ['forum'] },
      { direction: 'next' as const, at: utc(2006, 6, 6) + DAY / 2 },
      { direction: 'last' as const, kinds: ['summit', 'military'] },
    ]) {
      expect(await source.step(request)).toEqual(await fake.step(request));
    }
    expect(await source.event('talks')).toEqual(await fake.event('talks'));
    expect(await source.event('nowhere')).toBeNull();
  });
});
