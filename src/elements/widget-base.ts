import {LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {LoadError, loadDocument, type FailureReason} from '../data/load.js';
import {readDocument, readJson, type RegistryPending} from '../data/read.js';
import type {ParseResult} from '../data/parse.js';
import type {Organisation} from '../data/types.js';
import {webUrl} from '../data/rules.js';
import {
  declaredLanguage,
  interfaceLanguageFor,
  unwatchLanguage,
  watchLanguage,
  type InterfaceLanguage,
  type LanguageListener,
} from '../i18n/language.js';
import {languageReady, renderingIn} from '../i18n/localize.js';
import {KoskeErrorEvent, KoskeLoadEvent} from './events.js';
import {unavailable} from './render.js';
import {styles} from './widget-base.styles.js';
import {version} from '../version.js';

type View =
  | {readonly state: 'empty'}
  | {readonly state: 'loading'}
  | {readonly state: 'loaded'; readonly organisation: Organisation}
  | {readonly state: 'error'; readonly reason: FailureReason};

/** Renders an element's loaded data; each element's lives in a module of its own. */
export type Renderer<E extends WidgetBase> = (element: E, organisation: Organisation) => TemplateResult;

/**
 * Each element class's renderer once its module is there; the promise of it
 * while it loads; null when it could not be loaded.
 */
const renderers = new Map<Function, Renderer<never> | Promise<void> | null>();

const defaultTimeout = 15_000;
/** A source that is not known until the page has been parsed. */
const untilParsed = Symbol('until parsed');
/** Where the data comes from: a read document, `src`, one to read again later, or none. */
type Source = ParseResult | string | typeof untilParsed | RegistryPending | undefined;

/**
 * What the three widgets share: where the data comes from, which language
 * they speak, and the loading, error and empty states. A subclass names
 * the module that renders an `Organisation` (`importRenderer()`), loaded on
 * first use.
 *
 * @attribute lang - The interface language: `fi`, `sv`, `en` or `de` (regional tags such as `sv-FI` count as their language; others show English). Without it, the nearest ancestor's `lang` (across shadow roots), then `<html lang>`, then Finnish; changes follow at once.
 * @fires koske-load - The data is shown; `detail` is the parsed data. Once per load.
 * @fires koske-error - The data could not be shown; `detail.reason` is `network`, `http`, `timeout` or `invalid`. Once per load.
 * @csspart loading - The placeholder shown while the data loads.
 * @csspart error - The box shown when the data could not be loaded: the message (an alert) and, for `src`, a retry button.
 * @csspart retry - The button in the error message that loads the data again (when it came from `src`).
 * @cssprop --koske-accent - Accent colour of the rule beside headings (decoration only, so any colour stays readable). Default `#00589c` light, `#6cb4ff` dark.
 * @cssprop --koske-text - Text colour. Default `#1f2328` light, `#e8eaed` dark; `currentColor` follows the page.
 * @cssprop --koske-background - Background of the box. Default `#ffffff` light, `#1b1c1f` dark; `transparent` shows the page.
 * @cssprop --koske-border - Border and divider colour. Default `#c5c9d0` light, `#575c66` dark.
 * @cssprop --koske-radius - Corner radius of the box. Default `0.5em`.
 * @cssprop --koske-spacing - Padding inside the box. Default `1em`.
 * @cssprop --koske-loading-height - Height reserved while loading, so the page doesn't jump. Default: about the element's usual height.
 */
export abstract class WidgetBase extends LitElement implements LanguageListener {
  static override styles: CSSResultGroup = styles;

  /** The koske-widgets version that defined this element. */
  static readonly version = version;

  // Declared here rather than with decorators: the decorators' runtime costs bytes.
  static override properties: PropertyDeclarations = {
    data: {attribute: false},
    dataJson: {attribute: 'data'},
    src: {},
    variant: {reflect: true},
    loading: {},
    timeout: {type: Number},
    view: {state: true, attribute: false},
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The data as an object (or JSON text). Wins over every other source.
   */
  data?: unknown;

  /** The data as JSON text. Used when the `data` property is not set. */
  dataJson?: string;

  /**
   * URL of the data, relative to the page. Used when neither `data` nor a
   * child `<script type="application/json">` gives the data. Fetched without
   * credentials, once per page however many elements share it.
   */
  src?: string;

  /**
   * `full` (the default) shows everything; `compact` shows the essentials
   * in a line or two, for sidebars.
   */
  variant: 'full' | 'compact' = 'full';

  /**
   * `eager` (the default) fetches `src` at once; `lazy` fetches it only as
   * the widget nears the viewport, for widgets far down a long page.
   */
  loading: 'eager' | 'lazy' = 'eager';

  /** How long to wait for `src`, in milliseconds. */
  timeout = defaultTimeout;

  /**
   * The interface language now in force (fi, sv, en or de); renderers read
   * it. Not a reactive property: `languageChanged()` updates when it changes.
   * @internal
   */
  language: InterfaceLanguage = 'fi';

  private view: View = {state: 'empty'};

  /** The request in flight; only its answer may change the view. */
  #request?: AbortController;
  /** While a lazy widget waits to come near the viewport before it fetches: what watches for that. */
  #nearWatch?: IntersectionObserver;
  /** Whether a lazy widget has come near the viewport. */
  #near = false;
  /** Whether the next update must (re)load: first, after a removal mid-request, after the page parsed. */
  #reload = true;
  /** The source now shown or loading (see `#findSource()`). */
  #source?: Source;
  #pendingEvent?: Event;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.languageChanged();
    if (this.#reload) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    if (this.#request || this.#nearWatch) {
      this.#stopLoading();
      this.#source = undefined;
      this.#reload = true;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.languageChanged();
    else super.attributeChangedCallback(name, old, value);
  }

  /** @internal */
  languageChanged(): void {
    const language = interfaceLanguageFor(declaredLanguage(this));
    if (language === this.language) return;
    this.language = language;
    this.requestUpdate();
  }

  // The language's messages must be loaded before render() calls msg(), and
  // the renderer too when the data is at hand (`src` shows the skeleton meanwhile).
  protected override async scheduleUpdate(): Promise<void> {
    const renderer = this.#renderer();
    const source = this.#findSource();
    await Promise.all([languageReady(this.language), typeof source === 'object' && renderer instanceof Promise ? renderer : undefined, source instanceof Promise && source]);
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderingIn(this.language, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#reload || changed.has('data') || changed.has('dataJson') || changed.has('src')) {
      // An element removed before this update loads nothing until it is back.
      this.#reload = !this.isConnected;
      if (this.isConnected) this.#load();
    }
  }

  protected override updated(): void {
    // Loaded data whose renderer is still loading shows the skeleton: still busy, and its event waits.
    const {state} = this.view;
    const busy = state === 'loading' || (state === 'loaded' && typeof renderers.get(this.constructor) !== 'function');
    if (busy) return void this.setAttribute('aria-busy', 'true');
    this.removeAttribute('aria-busy');
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.dispatchEvent(event);
  }

  protected override render(): TemplateResult | typeof nothing {
    const {view} = this;
    switch (view.state) {
      case 'loaded': {
        const render = this.#renderer();
        if (render instanceof Promise) {
          // The module is still on its way (the data came first): keep the skeleton until it is there.
          render.then(() => this.requestUpdate());
          return this.#skeleton();
        }
        if (render === null) {
          this.#fail('network', 'the code that renders the data could not be loaded');
          return this.render();
        }
        try {
          // Each class imports the renderer of its own kind of element.
          return render(this as never, view.organisation);
        } catch (error) {
          // A bug of ours must not reach the host page: show the error state instead.
          this.#fail('invalid', `could not render the data (${error})`);
          return this.render();
        }
      }
      case 'loading':
        return this.#skeleton();
      case 'error':
        return html`<div part="error" lang=${this.language}>
          <p role="alert">
            ${view.reason === 'invalid'
              ? msg('Tietoja ei voi näyttää, koska ne ovat virheellisiä.', {
                  id: 'widget.error-invalid',
                  desc: 'Shown when the data is faulty. The reader cannot fix it: keep it short and calm.',
                })
              : unavailable()}
          </p>
          ${typeof this.#source === 'string'
            ? html`<button part="retry" type="button" @click=${this.#retry}>
                ${msg('Yritä uudelleen', {id: 'widget.retry', desc: 'Button: load the data again after a failure.'})}
              </button>`
            : nothing}
        </div>`;
      case 'empty':
        return nothing;
    }
  }

  /**
   * Whether to render the compact variant (any value but `compact` means full).
   * @internal
   */
  get compact(): boolean {
    return this.variant === 'compact';
  }

  /**
   * Imports the module that renders this element's loaded data (it calls
   * `msg()`, so it runs inside `render()`). It loads on first use, while the
   * data loads, so a page downloads the code of the widgets it shows only.
   */
  protected abstract importRenderer(): Promise<{render: Renderer<never>}>;

  /** The renderer of this element's class; while its module loads (the first call starts it), the promise of it; null when it failed. */
  #renderer(): Renderer<never> | Promise<void> | null {
    const type = this.constructor;
    let renderer = renderers.get(type);
    if (renderer === undefined) {
      renderer = this.importRenderer().then(
        (module) => void renderers.set(type, module.render),
        () => void renderers.set(type, null),
      );
      renderers.set(type, renderer);
    }
    return renderer;
  }

  #skeleton(): TemplateResult {
    return html`<div part="loading" class="loading" lang=${this.language}>
      <span class="visually-hidden">${msg('Ladataan…', {id: 'widget.loading', desc: 'Read by screen readers while the data loads.'})}</span>
    </div>`;
  }

  /**
   * Where the data comes from now, in order of precedence: the `data`
   * property, the `data` attribute, a JSON child (known once the page is
   * parsed), `src`.
   */
  #findSource(): Source {
    const {data, dataJson} = this;
    if (data !== undefined && data !== null) return typeof data === 'string' ? readJson(data) : readDocument(data);
    if (dataJson?.trim()) return readJson(dataJson);
    if (document.readyState === 'loading') return untilParsed;
    const child = this.querySelector(':scope > script[type="application/json"]');
    if (child) return readJson(child.textContent ?? '');
    return this.src?.trim() || undefined;
  }

  #load(): void {
    const source = this.#findSource();
    // The same document or URL again (say, `src` set while `data` wins) changes nothing.
    if (source !== undefined && source === this.#source && this.view.state !== 'error') return;
    this.#source = source;
    this.#stopLoading();

    if (source === untilParsed || source instanceof Promise) {
      // Read it again once the page is parsed, or once the registry of codes is there.
      this.view = {state: 'loading'};
      const reload = () => ((this.#reload = true), this.requestUpdate());
      if (source instanceof Promise) source.then(reload);
      else document.addEventListener('DOMContentLoaded', reload, {once: true});
    } else if (typeof source === 'string' && this.loading === 'lazy' && !this.#near) {
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
      this.#nearWatch.observe(this);
    } else if (typeof source === 'string') {
      this.#fetch(source);
    } else if (source === undefined) {
      this.view = {state: 'empty'};
      console.warn(`<${this.localName}>: no data; set the src or data attribute, or add a <script type="application/json"> child.`);
    } else if (source.ok) {
      this.#show(source.organisation);
    } else {
      this.#fail('invalid', source.problem);
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

  /** Loads the same source again; a failed request is not cached, so this asks the server anew. */
  #retry = (): void => {
    this.#source = undefined;
    this.#reload = true;
    this.requestUpdate();
  };

  #fetch(src: string): void {
    let url: string | undefined;
    try {
      url = webUrl(new URL(src, document.baseURI).href);
    } catch {
      // not a URL at all: reported below
    }
    if (!url) return this.#fail('invalid', `src "${src}" is not an http(s) URL`);

    const request = new AbortController();
    this.#request = request;
    this.view = {state: 'loading'};
    const timeout = this.timeout > 0 ? this.timeout : defaultTimeout;
    loadDocument(url, {signal: request.signal, timeout}).then(
      (organisation) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#show(organisation);
      },
      (error: unknown) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        if (error instanceof LoadError) this.#fail(error.reason, error.message);
        else this.#fail('network', String(error));
      },
    );
  }

  #show(organisation: Organisation): void {
    this.view = {state: 'loaded', organisation};
    this.#pendingEvent = new KoskeLoadEvent(organisation);
  }

  #fail(reason: FailureReason, detail: string): void {
    this.view = {state: 'error', reason};
    this.#pendingEvent = new KoskeErrorEvent(reason);
    console.warn(`<${this.localName}>: ${detail}`);
  }
}
