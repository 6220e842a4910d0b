/**
 * What the command line (bin/koske-widgets.mjs) takes from the widgets' own
 * code, built as dist/koske-widgets-tools.js: read a document and its phone
 * numbers exactly as the widgets do, and its schema.org JSON-LD. No Lit and no DOM inside.
 */
export {parseDocument} from './data/parse.js';
export {e164} from './data/phone.js';
export {needsRegistry, registryReady} from './data/registry.js';
export {structuredData} from './format/structured-data.js';
