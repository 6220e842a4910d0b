/** The script-tag entry for a page that shows only <koske-org-card>. */
import {define} from '../define.js';
import {OrgCard} from '../elements/org-card/org-card.js';
// This page needs this renderer only, and the parser: in this file, not chunks loaded later.
import '../data/parse.js';
import '../elements/org-card/org-card.render.js';

export {OrgCard};
define([['koske-org-card', OrgCard]]);
