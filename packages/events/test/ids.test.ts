import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, retiredIds } from '../src/index.js';
import { packageDir } from './paths.js';

/**
 * Every id the package has ever published, one a line. The list only grows: a new
 * record adds its id, and an id leaves the data only by being retired.
 */
const published = readFileSync(join(packageDir, 'test/published-ids.txt'), 'utf8').split('\n').filter(Boolean);
const current = new Set(events.map((e) => e.id));
const retired = new Set(retiredIds.map((r) => r.id));

describe('ids', () => {
  it('lists each published id once', () => {
    expect(published.length).toBe(new Set(published).size);
  });

  it('has every current id in the list of published ids (add a new record’s id to test/published-ids.txt)', () => {
    expect([...current].filter((id) => !published.includes(id))).toEqual([]);
  });

  it('keeps every published id, as a record or as retired', () => {
    expect(published.filter((id) => !current.has(id) && !retired.has(id))).toEqual([]);
  });

  it('retires only ids that were published, each once', () => {
    expect(retiredIds.map((r) => r.id).filter((id) => !published.includes(id))).toEqual([]);
    expect(retired.size).toBe(retiredIds.length);
  });

  it('never gives a current record, or a link, a retired id', () => {
    const reused = events.flatMap((e) => [
      ...(retired.has(e.id) ? [e.id] : []),
      ...(e.related ?? []).filter((r) => retired.has(r.id)).map((r) => `${e.id} → ${r.id}`),
    ]);
    expect(reused).toEqual([]);
  });

  it('points each retired id to current records only', () => {
    const dangling = retiredIds.flatMap((r) =>
      r.replacedBy.filter((id) => !current.has(id)).map((id) => `${r.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it('lists exactly the retired ids, and what replaced them, in the README', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Retired ids'),
      readme.indexOf('\n## ', readme.indexOf('## Retired ids') + 1),
    );
    const rows = section
      .split('\n')
      .filter((line) => /^\| `[a-z0-9-]+`/.test(line))
      .map((line) => {
        const [, id, fate] = line.split('|').map((cell) => cell.trim());
        return { id: id!.replace(/`/g, ''), replacedBy: [...fate!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]) };
      });
    expect(rows).toEqual(retiredIds.map(({ id, replacedBy }) => ({ id, replacedBy })));
  });
});
