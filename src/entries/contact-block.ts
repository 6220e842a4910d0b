/** The script-tag entry for a page that shows only <koske-contact-block>. */
import {define} from '../define.js';
import {ContactBlock} from '../elements/contact-block/contact-block.js';

export {ContactBlock};
define([['koske-contact-block', ContactBlock]]);
