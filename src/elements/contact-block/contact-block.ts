import {WidgetBase} from '../widget-base.js';
import {styles} from './contact-block.styles.js';

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
export class ContactBlock extends WidgetBase {
  static override styles = [WidgetBase.styles, styles];

  protected override importRenderer() {
    return import('./contact-block.render.js');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-contact-block': ContactBlock;
  }
}
