/** The script-tag entry for a page that shows only <koske-municipality-list>. */
import {define} from '../define.js';
import {MunicipalityList} from '../elements/municipality-list/municipality-list.js';
// This page needs this renderer only: in this file, not a chunk loaded later.
import '../elements/municipality-list/municipality-list.render.js';

export {MunicipalityList};
define([['koske-municipality-list', MunicipalityList]]);
