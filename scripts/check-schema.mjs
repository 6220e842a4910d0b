// Keeps the published JSON Schema honest: it must compile (draft 2020-12),
// accept every document in demo/documents/, and refuse a document without a name.
import {readFileSync, readdirSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync('src/data/schema.json', 'utf8'));
// ajv's and ajv-formats' CommonJS modules are the class and the function themselves (module.exports);
// their types say `export default`, which NodeNext reads as a `default` property of the module.
const ajv = new /** @type {typeof Ajv2020.default} */ (/** @type {unknown} */ (Ajv2020))({allErrors: true, strict: true});
/** @type {typeof addFormats.default} */ (/** @type {unknown} */ (addFormats))(ajv);
const validate = ajv.compile(schema);

/** @type {string[]} */
const problems = [];
const documents = readdirSync('demo/documents').filter((name) => name.endsWith('.json'));
for (const name of documents) {
  if (!validate(JSON.parse(readFileSync(`demo/documents/${name}`, 'utf8')))) {
    problems.push(`demo/documents/${name}: ${ajv.errorsText(validate.errors)}`);
  }
}
if (validate({version: 1, municipalities: []})) problems.push('the schema accepts a document without a name');

if (problems.length) {
  console.error(`JSON Schema check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`schema: ${documents.length} demo document(s) valid, a nameless one refused.`);
