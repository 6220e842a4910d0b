import type {PropertyDeclarations, TemplateResult} from 'lit';
import type {Hours, Organisation} from '../../data/types.js';
import {LazyModule} from '../../lazy-module.js';
import type {RenderOptions} from '../render.js';
import {loadingHeights, WidgetBase, type RendererModule} from '../widget-base.js';
import {ClockController} from './clock-controller.js';

/** What the hours are shown with: the language, the moment they are shown at, and whether to say if it is open then. */
export interface HoursOptions {
  readonly language: RenderOptions['language'];
  /** Now, as the hours see it: past exceptions are left out, and "open now" is at this moment. */
  readonly now: Date;
  readonly openNow: boolean;
}

/** The module that shows hours (hours.render.ts): loaded only for documents that have hours. */
export interface HoursRenderer {
  renderHours(hours: Hours, options: HoursOptions): TemplateResult;
}

/** What the contact block's renderer is told besides the data. */
export interface ContactOptions extends RenderOptions, HoursOptions {
  readonly headingLevel: number | 'none';
  /** Whether the last save as a vCard file failed, as the code that writes the file could not be loaded. */
  readonly saveFailed: boolean;
  /** Tells the element how the last save went. */
  readonly saved: (failed: boolean) => void;
  /** The hours' module, there when the data has hours. */
  readonly hoursRenderer: HoursRenderer | undefined;
}

const renderer: RendererModule<ContactOptions> = new LazyModule(() => import('./contact-block.render.js'));
const hoursRenderer = new LazyModule<HoursRenderer>(() => import('./hours.render.js'));

/** Whether the organisation gives hours anywhere: its own, a phone's or an address's. */
const hasHours = ({hours, addresses, contact}: Organisation): boolean => !!hours || [...addresses, ...contact.phones].some((each) => each.hours);

/**
 * How to reach the organisation, under the heading "Yhteystiedot": its
 * addresses (each with a link to it on OpenStreetMap), phone numbers with
 * what a call costs, e-mail addresses, opening hours, web links and home
 * municipality, every field labelled, inside `<address>`; and a button that
 * saves the contact as a vCard file for the reader's address book.
 *
 * With `variant="compact"`: the first phone, the first e-mail and the links
 * on a line or two, their labels kept for screen readers.
 *
 * @summary Contact block.
 * @tagname koske-contact-block
 * @csspart base - The outer box: the heading, the `address` and the save button.
 * @csspart heading - The heading "Yhteystiedot" (unless `heading-level="none"`).
 * @csspart links - The list of web links, when there are several.
 * @csspart hours - Each table of opening hours.
 * @csspart open-now - The line that says whether it is open now (with `open-now`).
 * @csspart save - The button that saves the contact as a vCard file (shown when there is an address, a phone or an e-mail).
 */
export class ContactBlock extends WidgetBase<ContactOptions> implements ContactOptions {
  static override styles = [WidgetBase.styles, loadingHeights(17, 6)];
  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', converter: (value: string | null) => (value === 'none' ? 'none' : Number(value))},
    openNow: {type: Boolean, attribute: 'open-now'},
  };

  /**
   * Level of the heading "Yhteystiedot", 1–6, so the block fits the host page's outline; `none`
   * leaves it out, for a page whose own heading just before the block already says it.
   */
  headingLevel: number | 'none' = 2;

  /**
   * Says with each table of hours whether it is open now, and until when, in Helsinki time; kept
   * up to date while the page is open. Not a live region: it changes without being asked, and
   * a screen reader should not be interrupted for it (it is read with the hours).
   */
  openNow = false;

  protected override readonly renderer = renderer;
  readonly #clock = new ClockController(this, () => this.openNow && !!this.shown && hasHours(this.shown));
  /** @internal */
  saveFailed = false;

  /** @internal */
  get now(): Date {
    return this.#clock.now;
  }

  /** @internal */
  get hoursRenderer(): HoursRenderer | undefined {
    return hoursRenderer.module ?? undefined;
  }

  protected override rendererOptions(): ContactOptions {
    return this;
  }

  protected override extraModules(organisation?: Organisation): readonly LazyModule<unknown>[] {
    return !organisation || hasHours(organisation) ? [hoursRenderer] : [];
  }

  /** @internal */
  saved = (failed: boolean): void => {
    this.saveFailed = failed;
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-contact-block': ContactBlock;
  }
}
