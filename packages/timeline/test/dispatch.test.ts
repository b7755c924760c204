// The stand-in for d3-dispatch that the build gives d3-zoom: what d3-zoom relies on, as
// d3-dispatch does it.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../src/internal/dispatch.js';

describe('internal/dispatch', () => {
  it('calls the listeners of a type in the order they were added, with `this` and the arguments', () => {
    const d = dispatch('start', 'zoom', 'end');
    const calls: unknown[][] = [];
    d.on('zoom.a', function (this: unknown, ...args: unknown[]) {
      calls.push(['a', this, ...args]);
    });
    d.on('zoom.b', function (this: unknown, ...args: unknown[]) {
      calls.push(['b', this, ...args]);
    });
    d.on('start', () => calls.push(['start']));
    const that = {};
    d.call('zoom', that, 1, 'two');
    expect(calls).toEqual([
      ['a', that, 1, 'two'],
      ['b', that, 1, 'two'],
    ]);
  });

  it('replaces a listener of the same type and name at the end, and returns a listener by its name', () => {
    const d = dispatch('zoom', 'end');
    const calls: string[] = [];
    const first = () => calls.push('first');
    const second = () => calls.push('second');
    d.on('zoom.a', first).on('zoom.b', () => calls.push('b'));
    expect(d.on('zoom.a')).toBe(first);
    d.on('zoom.a', second);
    expect(d.on('zoom.a')).toBe(second);
    expect(d.on('end.a')).toBeUndefined();
    expect(d.on('zoom.c end.b zoom.b')).toBeInstanceOf(Function);
    d.call('zoom', null);
    expect(calls).toEqual(['b', 'second']);
  });

  it('removes by type and name, or every type of a name, and adds one listener to several types', () => {
    const d = dispatch('start', 'zoom', 'end');
    const calls: string[] = [];
    d.on('start.x zoom.x end.x', (type) => calls.push(`x ${type}`)).on('zoom', (type) => calls.push(`plain ${type}`));
    d.on('end.x', null);
    for (const type of ['start', 'zoom', 'end']) d.call(type, null, type);
    expect(calls).toEqual(['x start', 'x zoom', 'plain zoom']);
    calls.length = 0;
    d.on('.x', null);
    for (const type of ['start', 'zoom', 'end']) d.call(type, null, type);
    expect(calls).toEqual(['plain zoom']);
  });

  it('does not call a listener taken out by an earlier one of the same call, nor one added by it', () => {
    const d = dispatch('zoom', 'end');
    const calls: string[] = [];
    let first = true;
    d.on('zoom.a', () => {
      calls.push('a');
      if (!first) return;
      first = false;
      d.on('zoom.b', null);
      d.on('zoom.c', () => calls.push('c'));
    });
    d.on('zoom.b', () => calls.push('b'));
    d.call('zoom', null);
    expect(calls).toEqual(['a']);
    d.call('zoom', null);
    expect(calls).toEqual(['a', 'a', 'c']);

    d.on('end.a', () => {
      calls.push('end a');
      if (!d.on('end.b')) d.on('end.b', () => calls.push('end b'));
    });
    calls.length = 0;
    d.call('end', null);
    d.call('end', null);
    expect(calls).toEqual(['end a', 'end a', 'end b']);
  });

  it('refuses a type it was not made with, and a callback that is not a function', () => {
    const d = dispatch('zoom');
    expect(() => d.on('zom.a', () => {})).toThrow('unknown type: zom');
    expect(() => d.on('zom')).toThrow('unknown type: zom');
    expect(() => d.call('zom', null)).toThrow('unknown type: zom');
    expect(() => d.call('toString', null)).toThrow('unknown type: toString');
    expect(() => d.on('zoom', 'f' as never)).toThrow('invalid callback: f');
  });
});
