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
  const move = (event: PointerEvent) => {
    if (event.pointerId === down.pointerId) onMove(event.clientX - down.clientX, event);
  };
  const end = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    element.removeEventListener('pointermove', move as EventListener);
    element.removeEventListener('pointerup', end as EventListener);
    element.removeEventListener('pointercancel', end as EventListener);
  };
  element.addEventListener('pointermove', move as EventListener);
  element.addEventListener('pointerup', end as EventListener);
  element.addEventListener('pointercancel', end as EventListener);
}
