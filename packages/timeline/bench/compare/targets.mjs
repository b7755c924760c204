// The targets, judged from one run's results. The first drawing and the zoom are held
// to ratios measured side by side (against the floor and the fastest peer), since the
// machine's absolute timings move 2× from day to day; DOM nodes, heap, the embed's
// size and the longest task while 100,000 records are read keep absolute limits.
// `holds` is null where there is no figure to judge (a run that failed or was not run).
import { KIB, MIB, figures, int, ms } from './report.mjs';

/** First drawing within this many times the floor's, by size. */
const FLOOR_RATIO = [
  [1_000, 3],
  [10_000, 3],
  [100_000, 2],
];
/** At least this many times faster than the fastest peer. */
const PEER_SPEEDUP = 2;
/**
 * "Equal" zoom p95: frame intervals come in display frames (16.7 ms) and jitter by a
 * fraction of a millisecond, so within 2 ms of the floor's (or below it) is equal.
 */
const SAME_FRAME_MS = 2;

function add(list, events, target, value, shown, holds) {
  list.push({ events, target, value, shown, holds: value == null ? null : holds });
}

/** The ratio targets for summitline; `peers` are the libraries it is measured against. */
export function targets(runs, peers, limitMs = 60_000) {
  const list = [];
  const sizes = [...new Set(runs.map((r) => r.events))];
  for (const events of sizes) {
    const at = (library) => runs.find((r) => r.library === library && r.events === events);
    const summit = at('summitline');
    if (!summit) continue;
    const s = figures(summit);
    const floor = at('floor');
    const f = floor ? figures(floor) : null;

    const times = FLOOR_RATIO.find(([n]) => n === events)?.[1] ?? 3;
    const vsFloor = s.firstDraw != null && f?.firstDraw != null ? s.firstDraw / f.firstDraw : null;
    add(
      list,
      events,
      `first drawing ≤ ${times}× the floor's`,
      vsFloor,
      vsFloor == null
        ? 'no figure'
        : `${ms(s.firstDraw)} ms = ${vsFloor.toFixed(1)}× the floor's ${ms(f.firstDraw)} ms`,
      vsFloor <= times,
    );

    // A peer that drew nothing within the limit took longer than the limit.
    const peerRuns = peers.map(at).filter(Boolean);
    const drawn = peerRuns.filter((r) => figures(r).firstDraw != null);
    const fastest = drawn.sort((a, b) => a.firstDraw.ms - b.firstDraw.ms)[0];
    const peerMs = fastest ? fastest.firstDraw.ms : peerRuns.length ? limitMs : null;
    const speedup = s.firstDraw != null && peerMs != null ? peerMs / s.firstDraw : null;
    const peerText = fastest
      ? `the fastest peer, ${fastest.label}, ${ms(peerMs)} ms`
      : `no peer drew within ${limitMs / 1000} s`;
    add(
      list,
      events,
      `first drawing ≤ 1/${PEER_SPEEDUP} of the fastest peer's`,
      speedup,
      speedup == null
        ? 'no figure'
        : `${ms(s.firstDraw)} ms; ${peerText}: ${fastest ? '' : '> '}${speedup.toFixed(1)}× as fast`,
      speedup >= PEER_SPEEDUP,
    );

    for (const [sweep, key] of [
      ['wheel', 'wheelP95'],
      ['scripted', 'scriptedP95'],
    ]) {
      const mine = s[key];
      const theirs = f?.[key] ?? null;
      const value = mine != null && theirs != null ? mine - theirs : null;
      add(
        list,
        events,
        `${sweep} zoom p95 = the floor's`,
        value,
        value == null
          ? 'no figure'
          : `${ms(mine)} ms, the floor's ${ms(theirs)} ms${summit[sweep]?.timedOut ? ' (sweep cut short)' : ''}`,
        value <= SAME_FRAME_MS && !summit[sweep]?.timedOut,
      );
    }
  }
  return list;
}

/** The absolute targets that stand: long tasks while reading, DOM nodes, heap, embed. */
export function standingTargets(runs, bundles) {
  const list = [];
  const summits = runs.filter((r) => r.library === 'summitline');
  const big = summits.find((r) => r.events === 100_000);
  if (big) {
    const longest = figures(big).loadLongest;
    add(
      list,
      100_000,
      'no task over 100 ms while the records are read',
      longest,
      longest ? `longest ${int(longest)} ms` : 'no long task',
      longest <= 100,
    );
  }
  for (const run of summits) {
    const { nodes } = figures(run);
    add(list, run.events, 'DOM nodes ≤ 3,000', nodes, int(nodes ?? 0), nodes <= 3000);
  }
  if (big) {
    const { heap } = figures(big);
    add(list, 100_000, 'JS heap ≤ 60 MiB', heap, `${((heap ?? 0) / MIB).toFixed(1)} MiB`, heap <= 60 * MIB);
  }
  const embed = bundles.find((b) => b.library === 'summitline');
  if (embed) {
    add(
      list,
      null,
      'embed ≤ 43 KiB gzipped',
      embed.gzipBytes,
      `${(embed.gzipBytes / KIB).toFixed(1)} KiB`,
      embed.gzipBytes <= 43 * KIB,
    );
  }
  return list;
}

/** One line a target: size, target, met / not met, and the numbers. */
export function targetLines(list) {
  if (!list.length) return '(nothing to judge in this run)';
  const sizeWidth = Math.max(...list.map((t) => (t.events == null ? 0 : int(t.events).length)));
  const width = Math.max(...list.map((t) => t.target.length));
  const verdict = (t) => (t.holds === null ? '?' : t.holds ? 'met' : 'not met');
  return list
    .map((t) =>
      [
        (t.events == null ? '' : int(t.events)).padStart(sizeWidth),
        t.target.padEnd(width),
        verdict(t).padEnd(7),
        t.shown,
      ].join('  '),
    )
    .join('\n');
}
