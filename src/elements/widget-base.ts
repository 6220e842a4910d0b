import {
  LitElement,
  adoptStyles,
  isServer,
  html,
  nothing,
  unsafeCSS,
  type CSSResult,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg} from '@lit/localize';
import type {Organisation} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {languageReady, renderingIn} from '../i18n/localize.js';
import {DataController, defaultTimeout} from './data-controller.js';
import {LanguageController} from './language-controller.js';
import type {LazyModule} from '../lazy-module.js';
import {unavailable, type RenderOptions} from './render.js';
import {styles} from './widget-base.styles.js';
import {version} from '../version.js';

/**
 * The module that shows an element's loaded data, loaded on first use (see
 * `WidgetBase.renderer`): `render()`, a pure function of the data and the
 * element's options, and the `styles` of what it renders. A module it needs besides
 * (`WidgetBase.extraModules`) may have `styles` of its own too.
 */
export type RendererModule<Options extends RenderOptions> = LazyModule<{render(organisation: Organisation, options: Options): TemplateResult; readonly styles: CSSResult}>;

/**
 * The height an element reserves while its data loads, in em, for the full and the compact
 * variant (a line or two): about its usual height, so the page doesn't jump. With the element
 * itself, as the skeleton shows before anything else loads.
 */
export const loadingHeights = (full: number, compact: number): CSSResult => unsafeCSS(`:host{--_loading-height:${full}em}:host([variant=compact]){--_loading-height:${compact}em}`);

/**
 * What the three widgets share: their public properties, and the states
 * before their data is shown (loading, error, empty). Where the data comes
 * from is the `DataController`'s; which language they speak, the
 * `LanguageController`'s. A subclass names the module that renders its
 * loaded data (`renderer`) and the options it renders with.
 *
 * @attribute lang - The interface language: `fi`, `sv`, `en` or `de` (regional tags such as `sv-FI` count as their language; others show English). Without it, the nearest ancestor's `lang` (across shadow roots), then `<html lang>`, then Finnish; changes follow at once.
 * @fires {KoskeLoadEvent} koske-load - The data is shown; `detail` is the parsed data. Once per load.
 * @fires {KoskeErrorEvent} koske-error - The data could not be shown; `detail.reason` is `network`, `http`, `timeout`, `invalid`, or `missing` when the element was given no data. Once per load.
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
export abstract class WidgetBase<Options extends RenderOptions = RenderOptions> extends LitElement {
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

  readonly #language = new LanguageController(this);
  protected readonly dataSource = new DataController(this, () => this.#content !== undefined);
  /** The loaded data's template, made before render() by update(). */
  #content?: TemplateResult;
  /** How many style sheets are in this element's shadow root: more once the renderer's, or a module's it needs, are there. */
  #adopted = 0;
  /** The server-rendered content of the shadow root, until this element renders the same. */
  #serverContent: ChildNode[] = [];

  /**
   * The interface language now in force (fi, sv, en or de).
   * @internal
   */
  get language(): InterfaceLanguage {
    return this.#language.language;
  }

  /** The organisation on screen, once its data is loaded. */
  protected get shown(): Organisation | undefined {
    const {view} = this.dataSource;
    return view.state === 'loaded' ? view.organisation : undefined;
  }

  /** The module that renders this element's loaded data, shared by every element of its kind. */
  protected abstract readonly renderer: RendererModule<Options>;

  /** The options this element renders its data with: the element itself, read through the renderer's interface. */
  protected abstract rendererOptions(): Options;

  /**
   * The modules the renderer needs for this organisation besides itself (the contact block's
   * hours, the list's map), loaded with it; for no organisation, every one it may need (server
   * rendering loads them all first). A loaded module may name more (the map, the shapes of
   * the regions it shows).
   */
  protected extraModules?(organisation?: Organisation): readonly LazyModule<unknown>[];

  /** The renderer and what it needs besides (`extraModules`) for `organisation`, or for any. */
  #modules(organisation?: Organisation): readonly LazyModule<unknown>[] {
    return [this.renderer, ...(this.extraModules?.(organisation) ?? [])];
  }

  /** The renderer and the modules it needs for `organisation` (or for any), loaded, and those they name in turn. */
  async #modulesReady(organisation?: Organisation): Promise<void> {
    let modules;
    while ((modules = this.#modules(organisation)).some(({module}) => module === undefined)) await Promise.all(modules.map((module) => module.load()));
  }

  /**
   * Whether to render the compact variant (any value but `compact` means full).
   * @internal
   */
  get compact(): boolean {
    return this.variant === 'compact';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.#language.languageChanged();
    else super.attributeChangedCallback(name, old, value);
  }

  // The language's messages must be loaded before render() calls msg(), and
  // the renderer too when the data is at hand (`src` shows the skeleton
  // meanwhile): the renderer loads on first use, while the data loads, so a
  // page downloads the code of the widgets it shows only.
  protected override async scheduleUpdate(): Promise<unknown> {
    const source = this.dataSource.source();
    const shown = this.shown ?? (typeof source === 'object' && !(source instanceof Promise) && source.ok ? source.organisation : undefined);
    // Started at once, so that it loads while the data does.
    const renderer = this.renderer.load();
    // A document waiting for the parser (or the registry) is read again after it, and then shown: so its renderer too.
    await Promise.all([languageReady(this.language), shown && this.#modulesReady(shown), source instanceof Promise && source.then(() => renderer)]);
    return super.scheduleUpdate();
  }

  // A declarative shadow root, from server rendering (src/ssr.ts): what it shows stays until
  // the first render that shows the data, so the page neither flashes nor shifts. Ours goes
  // after it, not before (Lit's default), so that removing it leaves Lit's markers in place.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#serverContent = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    this.#adopted = (this.constructor as typeof LitElement).elementStyles.length;
    this.renderOptions.renderBefore = null;
    return root;
  }

  // Everything render() shows is decided here, before it: whether the data can be rendered, and its template.
  protected override update(changed: PropertyValues): void {
    renderingIn(this.language, () => {
      this.#content = this.#renderShown();
      const styles = this.#styles();
      if (styles.length !== this.#adopted) {
        this.#adopted = styles.length;
        adoptStyles(this.renderRoot as ShadowRoot, styles);
      }
      super.update(changed);
    });
    // Rendered next to the server's content, which goes in the same task: no frame shows both.
    if (!this.#waiting()) {
      for (const node of this.#serverContent) node.remove();
      this.#serverContent = [];
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#waiting()) return this.#serverContent.length ? nothing : this.#skeleton();
    const {view} = this.dataSource;
    if (view.state !== 'error') return this.#content ?? nothing;
    return html`<div part="error" lang=${this.language}>
      <p role="alert">
        ${
          view.reason === 'invalid'
            ? msg('Tietoja ei voi näyttää, koska ne ovat virheellisiä.', {
                id: 'widget.error-invalid',
                desc: 'Shown when the data is faulty. The reader cannot fix it: keep it short and calm.',
              })
            : unavailable()
        }
      </p>
      ${
        this.dataSource.fromUrl
          ? html`<button part="retry" type="button" @click=${this.dataSource.retry}>
            ${msg('Yritä uudelleen', {id: 'widget.retry', desc: 'Button: load the data again after a failure.'})}
          </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * Server rendering (src/ssr.ts): what an update decides and renders in the browser, from the
   * properties and the element's own `lang` alone, with the language's messages and the
   * renderer loaded (`loadOnServer`): the template and the styles of the shadow root.
   * @internal
   */
  declare renderOnServer?: () => {template: TemplateResult | typeof nothing; styles: CSSResultOrNative[]};

  /**
   * Server rendering: loads this kind of element's renderer.
   * @internal
   */
  declare loadOnServer?: () => Promise<void>;

  // Only in the server's build, where Lit's isServer is true: the browser's leaves them out.
  // (Lit's types are its browser build's, where isServer is `false`.)
  static {
    if (isServer as boolean) {
      this.prototype.renderOnServer = function (this: WidgetBase) {
        this.#language.languageChanged();
        this.dataSource.load();
        return renderingIn(this.language, () => {
          this.#content = this.#renderShown();
          return {template: this.render(), styles: this.#styles()};
        });
      };
      this.prototype.loadOnServer = function (this: WidgetBase) {
        return this.#modulesReady();
      };
    }
  }

  /** Whether the data is on its way, or its renderer: the skeleton shows meanwhile. */
  #waiting(): boolean {
    const {state} = this.dataSource.view;
    return state === 'loading' || (state === 'loaded' && !this.#content);
  }

  /** The shadow root's styles: the element's own, and its renderer's and its modules' once the data shows. */
  #styles(): CSSResultOrNative[] {
    const own = (this.constructor as typeof LitElement).elementStyles;
    if (!this.#content) return own;
    const modules = this.#modules(this.shown) as readonly LazyModule<{styles?: CSSResult}>[];
    return [...own, ...modules.flatMap(({module}) => module?.styles ?? [])];
  }

  /** The shown data's template; on failure, the error state instead (a bug of ours must not reach the host page). */
  #renderShown(): TemplateResult | undefined {
    const organisation = this.shown;
    if (!organisation) return undefined;
    const modules = this.#modules(organisation);
    // The data came before its renderer (a property set before the element was defined): the skeleton stays until it is there.
    if (modules.some(({module}) => module === undefined)) {
      void this.#modulesReady(organisation).then(() => this.requestUpdate());
      return undefined;
    }
    const failed = modules.find(({module}) => module === null);
    if (failed) {
      this.dataSource.fail('network', `the code that renders the data could not be loaded (${String(failed.error)})`);
      return undefined;
    }
    // Loaded, as every module was found above to be.
    const module = this.renderer.module as NonNullable<typeof this.renderer.module>;
    try {
      return module.render(organisation, this.rendererOptions());
    } catch (error) {
      this.dataSource.fail('invalid', `could not render the data (${String(error)})`);
      return undefined;
    }
  }

  #skeleton(): TemplateResult {
    return html`<div part="loading" class="loading" lang=${this.language}>
      <span class="visually-hidden">${msg('Ladataan…', {id: 'widget.loading', desc: 'Read by screen readers while the data loads.'})}</span>
    </div>`;
  }
}
