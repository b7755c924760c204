/**
 * Follows a pointer from `pointerdown` until it is released or cancelled, calling
 * `onMove` with how far it has moved horizontally. Captures the pointer, so the drag
 * goes on outside the element, and removes every listener it added when it ends.
 */
export function trackDrag(
  element: Element,
  down: PointerEvent,
  onMove: (dx: number, event: PointerEvent) => void,
): void {
  try {
    element.setPointerCapture(down.pointerId);
  } catch {
    // A pointer the browser no longer tracks (or a scripted one): follow it without capture.
  }
  const listening = new AbortController();
  const options = { signal: listening.signal };
  const mine = (event: PointerEvent) => event.pointerId === down.pointerId;
  element.addEventListener(
    'pointermove',
    ((event: PointerEvent) => {
      if (mine(event)) onMove(event.clientX - down.clientX, event);
    }) as EventListener,
    options,
  );
  const end = ((event: PointerEvent) => {
    if (mine(event)) listening.abort();
  }) as EventListener;
  element.addEventListener('pointerup', end, options);
  element.addEventListener('pointercancel', end, options);
}
