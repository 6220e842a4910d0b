/**
 * The script-tag entry: defines all three elements. For a page that shows
 * only one, `src/entries/` builds a file per element that loads less.
 */
import {define} from './define.js';
import {ContactBlock} from './elements/contact-block/contact-block.js';
import {MunicipalityList} from './elements/municipality-list/municipality-list.js';
import {OrgCard} from './elements/org-card/org-card.js';
import {version} from './version.js';

export {ContactBlock, MunicipalityList, OrgCard};
export {KoskeErrorEvent, KoskeLoadEvent} from './elements/events.js';
export type * from './data/types.js';
export {version};

define([
  ['koske-org-card', OrgCard],
  ['koske-municipality-list', MunicipalityList],
  ['koske-contact-block', ContactBlock],
]);
