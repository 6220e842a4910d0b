/**
 * The script-tag entry: defines all three elements. For a page that shows
 * only one, `src/entries/` builds a file per element that loads less.
 */
import {define} from './define.js';
import {ContactBlock, MunicipalityList, OrgCard} from './widgets.js';

export * from './widgets.js';

define([
  ['koske-org-card', OrgCard],
  ['koske-municipality-list', MunicipalityList],
  ['koske-contact-block', ContactBlock],
]);
