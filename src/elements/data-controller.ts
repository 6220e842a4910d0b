/**
 * Where an element's data comes from, and getting it: which source wins, the
 * fetch of `src` (shared by every element naming the URL: src/data/load.ts),
 * waiting to come near the viewport for `loading="lazy"`, abandoning a
 * request that is no longer wanted, retrying. The element renders `view`;
 * this controller tells the page with `aria-busy`, `koske-load` and
 * `koske-error` once what it shows has been rendered.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LoadError, loadDocument, type FailureReason} from '../data/load.js';
import {readDocument, readJson, type Pending, type ReadResult} from '../data/read.js';
import {webUrl} from '../data/rules.js';
import type {Organisation} from '../data/types.js';
import {KoskeErrorEvent, KoskeLoadEvent} from './events.js';

export type View =
  | {readonly state: 'empty'}
  | {readonly state: 'loading'}
  | {readonly state: 'loaded'; readonly organisation: Organisation}
  | {readonly state: 'error'; readonly reason: FailureReason};

/** What the controller reads from its element: the public properties that name the data. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  dataJson?: string;
  src?: string;
  loading: 'eager' | 'lazy';
  timeout: number;
}

export const defaultTimeout = 15_000;
/** A source that is not known until the page has been parsed. */
const untilParsed = Symbol('until parsed');
/** Where the data comes from: a read document, `src`, one to read again later, or none. */
type Source = ReadResult | string | typeof untilParsed | Pending | undefined;

export class DataController implements ReactiveController {
  view: View = {state: 'empty'};

  readonly #host: DataHost;
  /** Whether the loaded data is on screen (its renderer may still be on its way). */
  readonly #rendered: () => boolean;
  /** The request in flight; only its answer may change the view. */
  #request?: AbortController;
  /** While a lazy element waits to come near the viewport before it fetches: what watches for that. */
  #nearWatch?: IntersectionObserver;
  /** Whether a lazy element has come near the viewport. */
  #near = false;
  /** Whether the next update must (re)load: first, after a removal mid-request, after the page parsed. */
  #reload = true;
  /** The properties that named the source last time, to see when they change. */
  #named: readonly unknown[] = [];
  /** The source now shown or loading (see `source()`). */
  #source?: Source;
  #pendingEvent?: Event;

  constructor(host: DataHost, rendered: () => boolean) {
    this.#host = host;
    this.#rendered = rendered;
    host.addController(this);
  }

  /** Whether the data comes from `src` (so that retrying can help). */
  get fromUrl(): boolean {
    return typeof this.#source === 'string';
  }

  /**
   * Where the data comes from now, in order of precedence: the `data`
   * property, the `data` attribute, a JSON child (known once the page is
   * parsed), `src`.
   */
  source(): Source {
    const {data, dataJson, src} = this.#host;
    if (data !== undefined && data !== null) return typeof data === 'string' ? readJson(data) : readDocument(data);
    if (dataJson?.trim()) return readJson(dataJson);
    if (document.readyState === 'loading') return untilParsed;
    const child = this.#host.querySelector(':scope > script[type="application/json"]');
    if (child) return readJson(child.textContent);
    return src?.trim() || undefined;
  }

  hostConnected(): void {
    if (this.#reload) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#request || this.#nearWatch) {
      this.#stopLoading();
      this.#source = undefined;
      this.#reload = true;
    }
  }

  hostUpdate(): void {
    const host = this.#host;
    const named = [host.data, host.dataJson, host.src];
    if (this.#reload || named.some((value, index) => value !== this.#named[index])) {
      this.#named = named;
      // An element removed before this update loads nothing until it is back.
      this.#reload = !host.isConnected;
      if (host.isConnected) this.load();
    }
  }

  hostUpdated(): void {
    const host = this.#host;
    const event = this.#pendingEvent;
    // Loaded data whose renderer is still loading shows the skeleton: still busy, and its event waits.
    const {state} = this.view;
    if (state === 'loading' || (state === 'loaded' && !this.#rendered())) {
      host.setAttribute('aria-busy', 'true');
      return;
    }
    host.removeAttribute('aria-busy');
    this.#pendingEvent = undefined;
    if (event) host.dispatchEvent(event);
  }

  /** Loads the same source again; a failed request is not cached, so this asks the server anew. */
  retry = (): void => {
    this.#source = undefined;
    this.#reload = true;
    this.#host.requestUpdate();
  };

  /** Shows the error state, says why to the webmaster, and tells the page once rendered. */
  fail(reason: FailureReason, detail: string): void {
    this.view = {state: 'error', reason};
    this.#pendingEvent = new KoskeErrorEvent(reason);
    console.warn(`<${this.#host.localName}>: ${detail}`);
  }

  /** Reads the source and shows it, or starts loading it. Updates call it; server rendering too, with data at hand. */
  load(): void {
    const source = this.source();
    // The same document or URL again (say, `src` set while `data` wins) changes nothing.
    if (source !== undefined && source === this.#source && this.view.state !== 'error') return;
    this.#source = source;
    this.#stopLoading();

    if (source === untilParsed || source instanceof Promise) {
      // Read it again once the page is parsed, or once the parser or the registry of codes is there.
      this.view = {state: 'loading'};
      const reload = () => ((this.#reload = true), this.#host.requestUpdate());
      if (source instanceof Promise) void source.then(reload);
      else document.addEventListener('DOMContentLoaded', reload, {once: true});
    } else if (typeof source === 'string' && this.#host.loading === 'lazy' && !this.#near) {
      this.view = {state: 'loading'};
      // Half a viewport ahead, so the data is there by the time the reader arrives.
      this.#nearWatch = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.#stopLoading();
          this.#near = true;
          this.#fetch(source);
        },
        {rootMargin: '50% 0px'},
      );
      this.#nearWatch.observe(this.#host);
    } else if (typeof source === 'string') {
      this.#fetch(source);
    } else if (source === undefined) {
      // Told like a failure, so that an app that waits for koske-load or koske-error always hears.
      this.view = {state: 'empty'};
      this.#pendingEvent = new KoskeErrorEvent('missing');
      console.warn(`<${this.#host.localName}>: no data; set the src or data attribute, or add a <script type="application/json"> child.`);
    } else if (source.ok) {
      this.#show(source.organisation);
    } else {
      this.fail('unloaded' in source ? 'network' : 'invalid', source.problem);
    }
  }

  /** Abandons the request in flight, or the wait to come near the viewport. */
  #stopLoading(): void {
    const request = this.#request;
    this.#request = undefined;
    request?.abort();
    this.#nearWatch?.disconnect();
    this.#nearWatch = undefined;
  }

  #fetch(src: string): void {
    let url: string | undefined;
    try {
      url = webUrl(new URL(src, document.baseURI).href);
    } catch {
      // not a URL at all: reported below
    }
    if (!url) return this.fail('invalid', `src "${src}" is not an http(s) URL`);

    const request = new AbortController();
    this.#request = request;
    this.view = {state: 'loading'};
    const {timeout} = this.#host;
    loadDocument(url, {signal: request.signal, timeout: timeout > 0 ? timeout : defaultTimeout}).then(
      (organisation) => this.#answer(request, () => this.#show(organisation)),
      (error: unknown) => this.#answer(request, () => (error instanceof LoadError ? this.fail(error.reason, error.message) : this.fail('network', String(error)))),
    );
  }

  /** Applies the answer to `request` if it is still the one wanted, and renders it. */
  #answer(request: AbortController, apply: () => void): void {
    if (this.#request !== request) return;
    this.#request = undefined;
    apply();
    this.#host.requestUpdate();
  }

  #show(organisation: Organisation): void {
    this.view = {state: 'loaded', organisation};
    this.#pendingEvent = new KoskeLoadEvent(organisation);
  }
}
