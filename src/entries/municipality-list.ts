/** The script-tag entry for a page that shows only <koske-municipality-list>. */
import {define} from '../define.js';
import {MunicipalityList} from '../elements/municipality-list/municipality-list.js';

export {MunicipalityList};
define([['koske-municipality-list', MunicipalityList]]);
