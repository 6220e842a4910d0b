/**
 * Telling a lazy widget that it is about to be seen: one
 * IntersectionObserver for every lazy widget on the page, looking half a
 * viewport ahead so the data is there by the time the reader arrives.
 */
const callbacks = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Calls `callback` once, when `element` comes within half a viewport of being visible. */
export function whenNearViewport(element: Element, callback: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const near = entry.isIntersecting && callbacks.get(entry.target);
        if (!near) continue;
        stopWatching(entry.target);
        near();
      }
    },
    {rootMargin: '50% 0px'},
  );
  callbacks.set(element, callback);
  observer.observe(element);
}

export function stopWatching(element: Element): void {
  if (!callbacks.delete(element)) return;
  observer?.unobserve(element);
  if (callbacks.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
