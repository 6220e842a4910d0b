/**
 * The script-tag entry: defines the three elements.
 *
 * A page may include this script twice, or both the module and the classic
 * build, or already have another version: each name is defined only once,
 * and the first definition stays.
 */
import {ContactBlock} from './elements/contact-block/contact-block.js';
import {MunicipalityList} from './elements/municipality-list/municipality-list.js';
import {OrgCard} from './elements/org-card/org-card.js';

export {ContactBlock, MunicipalityList, OrgCard};
export {KoskeErrorEvent, KoskeLoadEvent} from './elements/events.js';
export type * from './data/types.js';

const elements: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['koske-org-card', OrgCard],
  ['koske-municipality-list', MunicipalityList],
  ['koske-contact-block', ContactBlock],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}
