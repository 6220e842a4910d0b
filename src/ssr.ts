/**
 * Server rendering (`koske-widgets/ssr`, Node ≥ 20): an element's HTML with its shadow root
 * declared in it (`<template shadowrootmode="open">`) and its data as a JSON child. The page
 * shows the content, styled and in the requested language, before any JavaScript runs, and
 * without JavaScript at all; the browser's element then takes the root over and reads the
 * JSON child, with no request (WidgetBase.createRenderRoot).
 *
 * The elements render with @lit-labs/ssr, which renders only elements built on the `lit` it
 * imports: this module is built with Lit external (dist/server/), the browser's files inline
 * their own. Each element renders through the same `render()` as in the browser, after the
 * same decisions (WidgetBase.renderOnServer), so the markup and styles are the browser's.
 */
import {render as renderTemplate, type RenderInfo} from '@lit-labs/ssr';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import {collectResult, type RenderResult} from '@lit-labs/ssr/lib/render-result.js';
import {RenderResultReadable} from '@lit-labs/ssr/lib/render-result-readable.js';
import {renderValue} from '@lit-labs/ssr/lib/render-value.js';
import type {ThunkedRenderResult} from '@lit-labs/ssr/lib/render-result.js';
import {nothing, type CSSResult} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
// Named apart from Lit's plain `html`: only static templates may bind a tag name, which the lint rules of plain ones refuse.
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {parserReady} from './data/read.js';
import {registryReady} from './data/registry.js';
import type {WidgetBase} from './elements/widget-base.js';
import {scriptSafeJson} from './format/script-json.js';
import {interfaceLanguages} from './i18n/language.js';
import {languageReady} from './i18n/localize.js';
import {ContactBlock, MunicipalityList, OrgCard} from './widgets.js';

/** The elements by tag name. */
const elements = {
  'koske-org-card': OrgCard,
  'koske-municipality-list': MunicipalityList,
  'koske-contact-block': ContactBlock,
} as const;

export type ElementName = keyof typeof elements;

/** What to render. */
export interface RenderRequest {
  /** The element: `koske-org-card`, `koske-municipality-list` or `koske-contact-block`. */
  element: ElementName;
  /** The data: a document as an object, or its JSON text. */
  data: unknown;
  /**
   * The interface language (`fi`, `sv`, `en` or `de`; a regional tag counts as its language,
   * another gets English). Written on the element as `lang`, so the browser keeps it. Default `fi`.
   */
  lang?: string;
  /** `full` (the default) or `compact`. */
  variant?: 'full' | 'compact';
  /** The heading's level, 1–6, for the card and the list. Default 2. */
  headingLevel?: number;
  /** For the list: shows the map of the area (its `map` attribute). Drawn on the server too, so it shows without JavaScript. */
  map?: boolean;
  /**
   * The nonce of the page's Content Security Policy, written on the shadow root's `<style>`, so
   * that a policy without `style-src 'unsafe-inline'` lets it apply (SECURITY.md).
   */
  nonce?: string;
}

/** What a render passes down to our element renderer besides Lit's own. */
type WidgetRenderInfo = RenderInfo & {readonly styleNonce?: string};

/**
 * Renders our elements: the same template and styles as in the browser (see
 * `WidgetBase.renderOnServer`), where Lit's renderer would call render() without the
 * decisions an update makes first.
 */
class WidgetRenderer extends LitElementRenderer {
  declare element: WidgetBase;

  static override matchesClass(element: typeof HTMLElement): boolean {
    return Object.values(elements).some((each) => element === each);
  }

  override renderShadow(renderInfo: WidgetRenderInfo): ThunkedRenderResult {
    // Defined in the server's build (WidgetBase), which is the only one this module imports.
    const {template, styles} = (this.element.renderOnServer as NonNullable<WidgetBase['renderOnServer']>)();
    // On the server, Lit keeps every style as a CSSResult (there are no stylesheets to adopt).
    const css = styles.map((style) => (style as CSSResult).cssText).join('');
    const nonce = renderInfo.styleNonce === undefined ? '' : ` nonce="${escapeAttribute(renderInfo.styleNonce)}"`;
    return [`<style${nonce}>${css}</style>`, () => renderValue(template, renderInfo)];
  }
}

/**
 * Everything a render needs loaded first, once per process: each element's renderer (the
 * list's with its map and every region's shapes), every language's messages, the parser and
 * the registry of municipality codes. After it, rendering is synchronous,
 * as @lit-labs/ssr requires.
 */
let ready: Promise<void> | undefined;
function loaded(): Promise<void> {
  return (ready ??= (async () => {
    for (const [name, element] of Object.entries(elements)) if (!customElements.get(name)) customElements.define(name, element);
    const renderers = Object.values(elements).map((element) => (new element().loadOnServer as NonNullable<WidgetBase['loadOnServer']>)());
    await Promise.all([...renderers, ...interfaceLanguages.map(languageReady), parserReady(), registryReady()]);
  })());
}

/** The element's template, after checking the request (a mistake of the caller's rejects). */
function template({element, data, lang = 'fi', variant, headingLevel, map}: RenderRequest): unknown {
  if (!Object.hasOwn(elements, element))
    throw new TypeError(`koske-widgets/ssr: unknown element "${element}"; render koske-org-card, koske-municipality-list or koske-contact-block`);
  if (data === undefined || data === null) throw new TypeError('koske-widgets/ssr: no data to render; pass the document as `data`');
  const tag = unsafeStatic(element);
  const json = `<script type="application/json">${scriptSafeJson(typeof data === 'string' ? data : JSON.stringify(data))}</script>`;
  return staticHtml`<${tag} lang=${lang} variant=${variant ?? nothing} heading-level=${headingLevel ?? nothing} ?map=${!!map && element === 'koske-municipality-list'} .data=${data}>${unsafeHTML(json)}</${tag}>`;
}

/** An attribute's value as HTML writes it between double quotes. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const renderInfo = ({nonce}: RenderRequest): Partial<WidgetRenderInfo> => ({elementRenderers: [WidgetRenderer], styleNonce: nonce});

/** Renders one element to an HTML string. Rejects when `element` is unknown or `data` is missing. */
export async function renderToString(request: RenderRequest): Promise<string> {
  const value = template(request);
  await loaded();
  return collectResult(renderTemplate(value, renderInfo(request)));
}

/** Renders one element as a stream, for servers that stream their pages. Throws when `element` is unknown or `data` is missing. */
export function renderToStream(request: RenderRequest): RenderResultReadable {
  const value = template(request);
  const result: RenderResult = [loaded().then(() => renderTemplate(value, renderInfo(request)))];
  return new RenderResultReadable(result);
}
