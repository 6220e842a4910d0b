import type {CSSResult, PropertyDeclarations} from 'lit';
import type {Organisation} from '../../data/types.js';
import {LazyModule} from '../../lazy-module.js';
import type {RenderOptions} from '../render.js';
import type {MapOptions} from './map.render.js';
import {loadingHeights, WidgetBase, type RendererModule} from '../widget-base.js';

/** The map's module (map.render.ts): loaded only for lists with `map`. */
export type MapRenderer = Pick<typeof import('./map.render.js'), 'renderArea' | 'shapesFor'>;

/** What the list's renderer is told besides the data. */
export interface ListOptions extends RenderOptions, MapOptions {
  readonly headingLevel: number;
  readonly map: boolean;
  /** The map's module, there when `map` is set. */
  readonly mapRenderer: MapRenderer | undefined;
}

const renderer: RendererModule<ListOptions> = new LazyModule(() => import('./municipality-list.render.js'));
const mapRenderer = new LazyModule<MapRenderer & {readonly styles: CSSResult}>(() => import('./map.render.js'));

/**
 * The area of operation: the region and the municipalities, in Finnish
 * alphabetical order whatever the interface language, each linked to its
 * website where known.
 *
 * With `variant="compact"`: the region, the count and the names in a run of text.
 *
 * With `map`: a map of the area above the list, or beside it when the element is wide
 * (36em or more), drawn in the page from the National Land Survey's open data (no tiles, no
 * request to anyone else). The map is hidden from assistive technology, as the list says
 * the same; pointer on a shape, or focus in the list, highlights the municipality in both.
 *
 * @summary Municipality list.
 * @tagname koske-municipality-list
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart region - The region line.
 * @csspart count - How many municipalities there are.
 * @csspart list - The list (`ul`).
 * @csspart map - With `map`: the map and its credit, above or beside the list.
 * @csspart map-attribution - With `map`: the credit to the National Land Survey of Finland under the map, with a link to the licence.
 * @cssprop --koske-map-fill - With `map`: the fill of the document's municipalities on the map. Default: the accent colour.
 */
export class MunicipalityList extends WidgetBase<ListOptions> implements ListOptions {
  static override styles = [WidgetBase.styles, loadingHeights(16, 7.5)];
  static override properties: PropertyDeclarations = {headingLevel: {type: Number, attribute: 'heading-level'}, map: {type: Boolean}};

  /** Level of the heading, 1–6, so the list fits the host page's outline. */
  headingLevel = 2;

  /**
   * Shows a map of the area with the list, above it or beside it as the element is wide: the
   * region of the municipalities, or all of Finland when they are in several regions, the
   * document's municipalities filled. Its code and shapes load only when this is set.
   */
  map = false;

  protected override readonly renderer = renderer;

  /** The municipality under the pointer, and the one with focus. */
  #highlights: {readonly pointer?: string | undefined; readonly focus?: string | undefined} = {};

  /**
   * The municipality highlighted on the map and in the list: the pointer's, else the focus's,
   * so that the pointer passing over the map leaves the keyboard's place as it was.
   * @internal
   */
  get highlighted(): string | undefined {
    return this.#highlights.pointer ?? this.#highlights.focus;
  }

  /** @internal */
  highlight = (by: 'pointer' | 'focus', code: string | undefined): void => {
    if (this.#highlights[by] === code) return;
    this.#highlights = {...this.#highlights, [by]: code};
    this.requestUpdate();
  };

  /** @internal */
  get mapRenderer(): MapRenderer | undefined {
    return mapRenderer.module ?? undefined;
  }

  // The map's module knows which regions' shapes a document needs: they are asked for once it is there.
  protected override extraModules(organisation?: Organisation): readonly LazyModule<unknown>[] {
    return organisation && !this.map ? [] : [mapRenderer, ...(mapRenderer.module?.shapesFor(organisation) ?? [])];
  }

  protected override rendererOptions(): ListOptions {
    return this;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-municipality-list': MunicipalityList;
  }
}
