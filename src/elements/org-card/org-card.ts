import type {PropertyDeclarations} from 'lit';
import {LazyModule} from '../../lazy-module.js';
import type {RenderOptions} from '../render.js';
import {loadingHeights, WidgetBase} from '../widget-base.js';

/** What the card's renderer is told besides the data. */
export interface CardOptions extends RenderOptions {
  readonly headingLevel: number;
}

const renderer = new LazyModule(() => import('./org-card.render.js'));

/**
 * The card of an organisation or project: its name, administrator, funders,
 * period, description, target groups, languages served, sector, themes and
 * keywords.
 *
 * With `variant="compact"`: the name, the administrator and the period.
 *
 * @summary Organisation card.
 * @tagname koske-org-card
 * @csspart base - The card (an `article`).
 * @csspart heading - The name.
 * @csspart description - The description's paragraphs.
 * @csspart facts - The labelled facts below the description.
 */
export class OrgCard extends WidgetBase<CardOptions> implements CardOptions {
  static override styles = [WidgetBase.styles, loadingHeights(40, 4.5)];
  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    structuredData: {type: Boolean, attribute: 'structured-data'},
  };

  /** Level of the card's heading, 1–6, so the card fits the host page's outline. */
  headingLevel = 2;

  /**
   * Adds the card's data to the page's `<head>` as schema.org JSON-LD (a
   * `Project`, or an `Organization` when there is no period) for search
   * engines; it follows the data shown and is removed with the element.
   */
  structuredData = false;

  protected override readonly renderer = renderer;
  /**
   * The controller that keeps the card's JSON-LD in the page's head, from
   * when the card first asks for it. The renderer's module starts it, so
   * that no other page carries the code.
   */
  #structuredData?: Promise<void>;

  protected override willUpdate(): void {
    if (this.structuredData && !this.#structuredData) this.#structuredData = renderer.module?.startStructuredData(this, () => (this.structuredData ? this.shown : undefined));
  }

  protected override rendererOptions(): CardOptions {
    return this;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-org-card': OrgCard;
  }
}
