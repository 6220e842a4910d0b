import type {PropertyDeclarations} from 'lit';
import {LazyModule} from '../../lazy-module.js';
import type {RenderOptions} from '../render.js';
import {loadingHeights, WidgetBase, type RendererModule} from '../widget-base.js';

/** What the list's renderer is told besides the data. */
export interface ListOptions extends RenderOptions {
  readonly headingLevel: number;
}

const renderer: RendererModule<ListOptions> = new LazyModule(() => import('./municipality-list.render.js'));

/**
 * The area of operation: the region and the municipalities, in Finnish
 * alphabetical order whatever the interface language, each linked to its
 * website where known.
 *
 * With `variant="compact"`: the region, the count and the names in a run of text.
 *
 * @summary Municipality list.
 * @tagname koske-municipality-list
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart region - The region line.
 * @csspart count - How many municipalities there are.
 * @csspart list - The list (`ul`).
 */
export class MunicipalityList extends WidgetBase<ListOptions> implements ListOptions {
  static override styles = [WidgetBase.styles, loadingHeights(16, 7.5)];
  static override properties: PropertyDeclarations = {headingLevel: {type: Number, attribute: 'heading-level'}};

  /** Level of the heading, 1–6, so the list fits the host page's outline. */
  headingLevel = 2;

  protected override readonly renderer = renderer;

  protected override rendererOptions(): ListOptions {
    return this;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-municipality-list': MunicipalityList;
  }
}
