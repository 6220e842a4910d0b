import {WidgetBase} from '../widget-base.js';
import {styles} from './contact-block.styles.js';

/**
 * How to reach the organisation: visiting address, phone, e-mail, web links
 * and home municipality, every field labelled, inside `<address>`.
 *
 * With `variant="compact"`: phone, e-mail and links on a line or two, their
 * labels kept for screen readers.
 *
 * @summary Contact block.
 * @tagname koske-contact-block
 * @csspart base - The outer box (an `address`).
 * @csspart links - The list of web links.
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
