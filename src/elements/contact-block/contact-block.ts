import {LazyModule} from '../lazy-module.js';
import type {RenderOptions} from '../render.js';
import {loadingHeights, WidgetBase, type RendererModule} from '../widget-base.js';

/** What the contact block's renderer is told besides the data. */
export interface ContactOptions extends RenderOptions {
  /** Whether the last save as a vCard file failed, as the code that writes the file could not be loaded. */
  readonly saveFailed: boolean;
  /** Tells the element how the last save went. */
  readonly saved: (failed: boolean) => void;
}

const renderer: RendererModule<ContactOptions> = new LazyModule(() => import('./contact-block.render.js'));

/**
 * How to reach the organisation: visiting address (with a link to it on
 * OpenStreetMap), phone, e-mail, web links and home municipality, every field
 * labelled, inside `<address>`; and a button that saves the contact as a
 * vCard file for the reader's address book.
 *
 * With `variant="compact"`: phone, e-mail and links on a line or two, their
 * labels kept for screen readers.
 *
 * @summary Contact block.
 * @tagname koske-contact-block
 * @csspart base - The outer box (an `address`).
 * @csspart links - The list of web links.
 * @csspart save - The button that saves the contact as a vCard file (shown when there is an address, a phone or an e-mail).
 */
export class ContactBlock extends WidgetBase<ContactOptions> implements ContactOptions {
  static override styles = [WidgetBase.styles, loadingHeights(17, 6)];

  protected override readonly renderer = renderer;
  /** @internal */
  saveFailed = false;

  protected override rendererOptions(): ContactOptions {
    return this;
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
