/**
 * The widgets' rules for other programs, built as dist/koske-widgets-library.js
 * with no Lit and no DOM inside: the command line (bin/koske-widgets.mjs), the
 * configurator and the PTV importer (cli/ptv/) read, check and normalise a
 * document exactly as the widgets do, and make its schema.org JSON-LD; the
 * data editor (demo/editor/) also shows values as the widgets show them and
 * offers the registry's municipalities and regions.
 */
export {describeIgnored, parseDocument} from './data/parse.js';
export {e164} from './data/phone.js';
export {registryReady} from './data/registry.js';
export {registryMunicipalities, registryRegions, type RegistryMunicipality, type RegistryRegion} from './data/registry-list.js';
export {addressKinds, callCharges, emailAddress, finland, isDate, isLanguageTag, isObject, linkTypes, minutesOf, phoneKinds, shapes, weekdays, webUrl} from './data/rules.js';
export {schemaProblems, validate} from './data/validate.js';
export {choose} from './format/localized.js';
export {formatPhone} from './format/phone.js';
export {structuredData} from './format/structured-data.js';
