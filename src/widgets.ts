/**
 * What the package exports: the three element classes, their events, the
 * data format's types and the version. Defines nothing: `src/index.ts` adds
 * the definitions for pages, and servers get this module as it is (see
 * package.json's conditions and src/ssr.ts).
 */
export {ContactBlock} from './elements/contact-block/contact-block.js';
export {MunicipalityList} from './elements/municipality-list/municipality-list.js';
export {OrgCard} from './elements/org-card/org-card.js';
export {KoskeErrorEvent, KoskeLoadEvent, type ErrorReason} from './elements/events.js';
export type * from './data/types.js';
export {version} from './version.js';
