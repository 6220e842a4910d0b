'use client';
// Defines the elements in the browser (the server-rendered card upgrades) and lists the load
// events that reach the document.
import 'koske-widgets';
import {useSyncExternalStore} from 'react';

const none: readonly string[] = [];
let lines = none;
const subscribers = new Set<() => void>();

function add(line: string) {
  lines = [...lines, line];
  for (const subscriber of subscribers) subscriber();
}

// Listening from when this module runs, right after the elements are defined: a card can
// fire koske-load before React has hydrated this component.
if (typeof document !== 'undefined') {
  document.addEventListener('koske-load', (event) => add(`${event.target instanceof Element ? event.target.localName : 'unknown'} loaded`));
  document.addEventListener('koske-error', (event) => add(`${event.target instanceof Element ? event.target.localName : 'unknown'} error: ${event.detail.reason}`));
}

function subscribe(subscriber: () => void) {
  subscribers.add(subscriber);
  return () => void subscribers.delete(subscriber);
}

export function LoadEvents() {
  const shown = useSyncExternalStore(
    subscribe,
    () => lines,
    () => none,
  );
  return (
    <output id="events">
      {shown.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </output>
  );
}
