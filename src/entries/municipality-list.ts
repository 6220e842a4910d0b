/** The script-tag entry for a page that shows only <koske-municipality-list>. */
import {define} from '../define.js';
import {MunicipalityList} from '../elements/municipality-list/municipality-list.js';
// This page needs this renderer only, and the parser: in this file, not chunks loaded later.
import '../data/parse.js';
import '../elements/municipality-list/municipality-list.render.js';

export {MunicipalityList};
define([['koske-municipality-list', MunicipalityList]]);
