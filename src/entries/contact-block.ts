/** The script-tag entry for a page that shows only <koske-contact-block>. */
import {define} from '../define.js';
import {ContactBlock} from '../elements/contact-block/contact-block.js';
// This page needs this renderer only, and the parser: in this file, not chunks loaded later.
import '../data/parse.js';
import '../elements/contact-block/contact-block.render.js';

export {ContactBlock};
define([['koske-contact-block', ContactBlock]]);
