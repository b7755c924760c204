// The stand-in for d3-selection that the embed gives d3-zoom: what d3-zoom and d3-drag
// rely on, as d3-selection does it.
import { afterEach, describe, expect, it } from 'vitest';
import { pointer, select, selection } from '../src/internal/selection.js';

const html = (markup: string) => {
  const div = document.createElement('div');
  div.innerHTML = markup;
  document.body.append(div);
  return div;
};

afterEach(() => document.body.replaceChildren());

describe('internal/selection', () => {
  it('adds listeners by type and name, called on the node with the event and its datum', () => {
    const div = html('<button>b</button>');
    const button = div.firstElementChild as HTMLButtonElement & { __data__?: unknown };
    button.__data__ = 'datum';
    const calls: unknown[][] = [];
    select(button).on('click.a', function (event, datum) {
      calls.push([this, event.type, datum]);
    });
    button.click();
    expect(calls).toEqual([[button, 'click', 'datum']]);
  });

  it('replaces a listener of the same type and name, and keeps those of other names', () => {
    const button = html('<button>b</button>').firstElementChild as HTMLButtonElement;
    const calls: string[] = [];
    const s = select(button);
    s.on('click.a', () => calls.push('first'));
    s.on('click.b', () => calls.push('other name'));
    s.on('click.a', () => calls.push('second'));
    button.click();
    expect(calls.sort()).toEqual(['other name', 'second']);
  });

  it('removes by type and name, or every type of a name, and returns a listener by its name', () => {
    const button = html('<button>b</button>').firstElementChild as HTMLButtonElement;
    const calls: string[] = [];
    const a = () => calls.push('click.a');
    const s = select(button)
      .on('click.a mouseup.a', a)
      .on('click.b', () => calls.push('click.b'))
      .on('mouseup.b', () => calls.push('mouseup.b'));
    expect(s.on('click.a')).toBe(a);
    expect(s.on('mouseup.a')).toBe(a);
    expect(s.on('keyup.a')).toBeUndefined();

    s.on('click.b', null);
    button.click();
    button.dispatchEvent(new MouseEvent('mouseup'));
    expect(calls).toEqual(['click.a', 'click.a', 'mouseup.b']);

    calls.length = 0;
    s.on('.a', null);
    button.click();
    button.dispatchEvent(new MouseEvent('mouseup'));
    expect(calls).toEqual(['mouseup.b']);
    expect(s.on('click.a')).toBeUndefined();

    s.on('.b', null);
    expect((button as { __on?: unknown }).__on).toBeUndefined();
  });

  it('reads typenames with any spacing, a type without a name, and finds a listener by any of several', () => {
    const button = html('<button>b</button>').firstElementChild as HTMLButtonElement;
    const calls: string[] = [];
    const plain = () => calls.push('plain');
    const named = () => calls.push('named');
    const s = select(button).on('  click \t', plain).on(' mouseup.x   click.x ', named);
    expect(s.on('click')).toBe(plain);
    expect(s.on('click.x')).toBe(named);
    expect(s.on('keyup.y click.x')).toBe(named);
    expect(s.on('keyup.y')).toBeUndefined();
    // A named removal leaves the unnamed listener, and the unnamed one leaves the named.
    s.on('click.x', null);
    button.click();
    expect(calls).toEqual(['plain']);
    s.on('click', null);
    button.click();
    button.dispatchEvent(new MouseEvent('mouseup'));
    expect(calls).toEqual(['plain', 'named']);
  });

  it('answers for an empty selection and a node without listeners', () => {
    const span = html('<span></span>').firstElementChild!;
    expect(select(span).on('click')).toBeUndefined();
    expect(select(span).datum()).toBeUndefined();
    const none = select(span).filter(() => false);
    expect(none.datum()).toBeUndefined();
    expect(none.on('click')).toBeUndefined();
    // A target that is neither an SVG nor an HTML element: the page.
    const at = new MouseEvent('mousemove', { clientX: 5, clientY: 6 });
    expect(pointer(at, document as unknown as Element)).toEqual([at.pageX, at.pageY]);
  });

  it('passes the listener options on: a capturing listener hears a child’s event first', () => {
    const div = html('<p><button>b</button></p>');
    const [p, button] = [div.querySelector('p')!, div.querySelector('button')!];
    const order: string[] = [];
    select(button).on('click.t', () => order.push('button'));
    select(p).on('click.t', () => order.push('p, capturing'), true);
    button.click();
    expect(order).toEqual(['p, capturing', 'button']);
  });

  it('sets properties (from a function called on the node, removed when null) and styles', () => {
    const div = html('<span></span>');
    const span = div.firstElementChild as HTMLElement & { __zoom?: unknown; __data__?: unknown };
    span.__data__ = 7;
    select(span).property('__zoom', function (this: unknown, d: unknown) {
      return [this, d];
    });
    expect(span.__zoom).toEqual([span, 7]);
    select(span).property('__zoom', null);
    expect('__zoom' in span).toBe(false);
    select(span).style('touch-action', 'pan-y');
    expect(span.style.touchAction).toBe('pan-y');
    // A window has no style: nothing happens.
    expect(() => select(window).style('color', 'red')).not.toThrow();
  });

  it('filters, calls, and reads the datum of its node', () => {
    const span = html('<span></span>').firstElementChild as HTMLElement & { __data__?: unknown };
    span.__data__ = 'd';
    const s = select(span);
    expect(s.filter(() => false).node()).toBeUndefined();
    expect(
      s
        .filter(function (this: unknown) {
          return this === span;
        })
        .node(),
    ).toBe(span);
    expect(s.datum()).toBe('d');
    const seen: unknown[] = [];
    expect(s.call((it, x: number) => seen.push(it, x), 3)).toBe(s);
    expect(seen).toEqual([s, 3]);
    expect(s.interrupt()).toBe(s);
    expect(() => s.transition()).toThrow(/not part of the embed/);
    expect(selection.prototype).toBe(Object.getPrototypeOf(s));
  });

  it('finds the pointer in an SVG element’s user space and an HTML element’s padding box', () => {
    const div = html(
      '<svg width="200" height="100" viewBox="0 0 400 200" style="position:fixed;left:10px;top:20px"><g transform="translate(50 0)"><rect width="10" height="10"></rect></g></svg>' +
        '<div style="position:fixed;left:300px;top:40px;width:50px;height:50px;border:5px solid"></div>',
    );
    const svg = div.querySelector('svg')!;
    const g = div.querySelector('g')!;
    const box = div.querySelector('div')!;
    const at = (x: number, y: number) => new MouseEvent('mousemove', { clientX: x, clientY: y });
    // The viewBox doubles every length; the group moves its space 50 units right.
    expect(pointer(at(60, 70), svg)).toEqual([100, 100]);
    expect(pointer(at(60, 70), g)).toEqual([50, 100]);
    expect(pointer(at(320, 50), box)).toEqual([15, 5]);
    // An event that came from another (d3-zoom's own events) is located by the first; a touch by itself.
    expect(pointer({ sourceEvent: at(60, 70) }, svg)).toEqual([100, 100]);
    expect(pointer({ clientX: 60, clientY: 70 }, svg)).toEqual([100, 100]);
    // Without a node, the page.
    expect(pointer({ pageX: 3, pageY: 4 })).toEqual([3, 4]);
  });

  it('finds the pointer in the event’s current target when given no node', () => {
    const button = html('<button style="position:fixed;left:0;top:0;border:0">b</button>').firstElementChild!;
    let found: [number, number] | undefined;
    button.addEventListener('click', (event) => (found = pointer(event)));
    button.dispatchEvent(new MouseEvent('click', { clientX: 4, clientY: 6 }));
    expect(found).toEqual([4, 6]);
  });
});
