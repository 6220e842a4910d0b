/**
 * What the tests share: the seed document, waiting for a widget to settle,
 * recording its events and console warnings, and reading what it shows.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {DataDocument} from '../src/data/types.js';
import type {FailureReason} from '../src/data/load.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import type {InterfaceLanguage} from '../src/i18n/language.js';
import '../src/index.js';
import {seedDocument} from './documents.js';

export {neuvonta, organisationOf, recordWarnings, seedDocument, seedUrl, withHours} from './documents.js';

/** The three elements' tags. */
export const tags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'] as const;
export type Tag = (typeof tags)[number];

export type Language = InterfaceLanguage;
export type Reason = FailureReason;

/** The error state's texts, from locales/*.xlf (the Finnish source is in src/elements/widget-base.ts). */
export const errorMessages: Record<Language, {readonly unavailable: string; readonly invalid: string; readonly retry: string}> = {
  fi: {
    unavailable: 'Tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.',
    invalid: 'Tietoja ei voi näyttää, koska ne ovat virheellisiä.',
    retry: 'Yritä uudelleen',
  },
  sv: {
    unavailable: 'Uppgifterna kunde inte laddas just nu. Försök igen senare.',
    invalid: 'Uppgifterna kan inte visas eftersom de innehåller fel.',
    retry: 'Försök igen',
  },
  en: {
    unavailable: 'The information could not be loaded just now. Please try again later.',
    invalid: 'The information cannot be shown because it contains errors.',
    retry: 'Try again',
  },
  de: {
    unavailable: 'Die Angaben konnten gerade nicht geladen werden. Bitte versuchen Sie es später erneut.',
    invalid: 'Die Angaben können nicht angezeigt werden, weil sie fehlerhaft sind.',
    retry: 'Erneut versuchen',
  },
};
export const languages = Object.keys(errorMessages) as Language[];

/** Polls until `read()` returns a truthy value, and resolves with it; fails after `timeout` ms saying what it waited for. */
export async function until<T>(read: () => T | null | undefined | false, what: string | (() => string), timeout = 5_000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Gives the test's page back the system's focus, which focus events and Tab need; call it first in
 * a test that uses them. Firefox lets Tab leave the document for the browser's own controls (a
 * test that tabs past the last element, in this file or an earlier one), and from then on
 * `focus()` moves `activeElement` but fires no `focusin`. Nothing inside the page brings focus
 * back, neither `window.focus()` nor a click; Tab round the browser's controls does.
 */
export async function regainFocus(): Promise<void> {
  for (let i = 0; i < 40 && !document.hasFocus(); i++) await sendKeys({press: 'Tab'});
  expect(document.hasFocus(), "the page's focus").to.equal(true);
}

/**
 * Presses the save button and returns what it downloads. The download
 * itself is stopped (a test has no file dialog): the link it clicked is
 * read instead, locally, as the browser would save it.
 */
export async function pressSave(block: Element): Promise<{name: string; type: string; text: string}> {
  let clicked: HTMLAnchorElement | undefined;
  const stop = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLAnchorElement) || !target.hasAttribute('download')) return;
    event.preventDefault();
    clicked = target;
  };
  document.addEventListener('click', stop, {capture: true});
  try {
    find(block, '[part="save"]').click();
    // The vCard code loads on the first press.
    await until(() => clicked, 'the button to download the vCard');
  } finally {
    document.removeEventListener('click', stop, {capture: true});
  }
  const {href, download} = clicked!;
  // The media type as written in the data: URL (WebKit's fetch drops its charset from the blob's type).
  return {name: download, type: href.slice('data:'.length, href.indexOf(',')), text: await (await fetch(href)).text()};
}

export async function seedWithSocialLinks(): Promise<DataDocument> {
  const document = await seedDocument();
  document.links = [
    ...(document.links ?? []),
    {type: 'facebook', url: 'https://www.facebook.com/yhdessaeiollayksin'},
    {type: 'instagram', url: 'https://www.instagram.com/yhdessaeiollayksin'},
    {type: 'twitter', url: 'https://twitter.com/yhdessaeiolla'},
  ];
  return document;
}

/** The widget's shadow root (every widget has an open one). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The first element matching `selector` in the widget's shadow root; throws when there is none. */
export function find<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = shadow(element).querySelector<E>(selector);
  if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
  return found;
}

/**
 * The language a screen reader reads `text` in (WCAG 3.1.2): the `lang` of the nearest element
 * around it that has one. Throws unless the widget shows `text` exactly once, as one text node.
 */
export function languageOfText(element: Element, text: string): string | null {
  const walker = document.createTreeWalker(shadow(element), NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.trim() === text) found.push(node as Text);
  if (found.length !== 1) throw new Error(`<${element.localName}> shows "${text}" ${found.length} times, not once`);
  return found[0].parentElement?.closest('[lang]')?.getAttribute('lang') ?? null;
}

/** The text a reader sees, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot): string {
  return node.textContent.replace(/\s+/g, ' ').trim();
}

/** Whether the widget shows its content or an error (not loading, not empty). */
function settled(element: Element): boolean {
  return !!shadow(element).querySelector('[part="base"], [part="error"]');
}

/**
 * Waits until the widget shows its content or its error, and resolves with
 * which. Resolves at once when it already has.
 */
export async function settle(element: WidgetBase, timeout = 5_000): Promise<'loaded' | 'error'> {
  const deadline = performance.now() + timeout;
  while (!settled(element)) {
    if (performance.now() > deadline) throw new Error(`<${element.localName}> did not settle in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
  await nextFrame();
  return shadow(element).querySelector('[part="error"]') ? 'error' : 'loaded';
}

export interface Recorded {
  readonly type: string;
  readonly target: EventTarget | null;
  readonly detail: unknown;
}

/**
 * Records every koske-load and koske-error that reaches the document from
 * now on (they bubble and are composed). Call `stop()` when done.
 */
export function recordEvents(): {events: Recorded[]; stop(): void} {
  const events: Recorded[] = [];
  const listener = (event: Event) => events.push({type: event.type, target: event.composedPath()[0], detail: (event as CustomEvent).detail});
  document.addEventListener('koske-load', listener);
  document.addEventListener('koske-error', listener);
  return {
    events,
    stop() {
      document.removeEventListener('koske-load', listener);
      document.removeEventListener('koske-error', listener);
    },
  };
}

/** How many requests the test server has had for /fixtures/counted/KEY. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/fixtures/count/${key}`);
  return (await response.json()) as number;
}

/** A key no other test uses, for /fixtures/counted/KEY. */
export function uniqueKey(): string {
  return Math.random().toString(36).slice(2);
}
