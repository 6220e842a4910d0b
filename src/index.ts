/**
 * The script-tag entry: defines the three elements.
 *
 * A page may include this script twice, or both the module and the classic
 * build, or already have another version: each name is defined only once,
 * and the first definition stays. When that is another version, the
 * webmaster hears of it once.
 */
import {ContactBlock} from './elements/contact-block/contact-block.js';
import {MunicipalityList} from './elements/municipality-list/municipality-list.js';
import {OrgCard} from './elements/org-card/org-card.js';
import type {WidgetBase} from './elements/widget-base.js';
import {version} from './version.js';

export {ContactBlock, MunicipalityList, OrgCard};
export {KoskeErrorEvent, KoskeLoadEvent} from './elements/events.js';
export type * from './data/types.js';
export {version};

const elements: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['koske-org-card', OrgCard],
  ['koske-municipality-list', MunicipalityList],
  ['koske-contact-block', ContactBlock],
];
// Remembered page-wide, so every copy of the script that finds another version does not warn again.
const warnedKey = Symbol.for('koske-widgets.version-warned');
const page = globalThis as typeof globalThis & {[warnedKey]?: true};
let otherVersion: string | undefined;
for (const [name, element] of elements) {
  const defined = customElements.get(name) as Partial<typeof WidgetBase> | undefined;
  if (!defined) customElements.define(name, element);
  else if (defined.version !== version) otherVersion = defined.version ?? 'unknown';
}
if (otherVersion && !page[warnedKey]) {
  page[warnedKey] = true;
  console.warn(`koske-widgets ${version}: version ${otherVersion} is already on this page and stays in use; remove one of the two scripts.`);
}
