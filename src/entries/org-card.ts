/** The script-tag entry for a page that shows only <koske-org-card>. */
import {define} from '../define.js';
import {OrgCard} from '../elements/org-card/org-card.js';

export {OrgCard};
define([['koske-org-card', OrgCard]]);
