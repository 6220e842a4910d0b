// Checks a document against the JSON Schema of the data format and says
// what is wrong in words a webmaster reads, naming each field by its path
// (`address.postalCode`, `municipalities[0].code`), in fi, sv or en.
// Plain JavaScript: the command line (Node) and the configurator (browser)
// both import it as it is.
import {Validator} from '@cfworker/json-schema';

/** @typedef {'fi' | 'sv' | 'en'} ToolLanguage */
/** @typedef {{path: string, keyword: string, message: string}} Problem */

// Keywords that only say "something inside failed": the inner error says what.
const containers = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'unevaluatedProperties', 'patternProperties', 'dependentSchemas', 'if', 'then', 'else', 'contains']);

const typeNames = {
  fi: {string: 'tekstiä', number: 'luku', integer: 'kokonaisluku', array: 'lista', object: 'objekti', boolean: 'tosi tai epätosi', null: 'null'},
  sv: {string: 'text', number: 'ett tal', integer: 'ett heltal', array: 'en lista', object: 'ett objekt', boolean: 'sant eller falskt', null: 'null'},
  en: {string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false', null: 'null'},
};

/** What each keyword's failure means, per language; `detail` comes from the schema. */
const sentences = {
  fi: {
    required: (detail) => `puuttuu pakollinen kenttä ${detail}`,
    type: (detail) => `pitää olla ${detail}`,
    textOrLanguages: () => 'pitää olla tekstiä tai kielikoodeittain tekstiä, esim. {"fi": "…", "sv": "…"}',
    pattern: () => 'ei ole oikeaa muotoa',
    format: (detail) => (detail === 'email' ? 'ei ole sähköpostiosoite' : 'ei ole verkko-osoite'),
    enum: (detail) => `pitää olla jokin näistä: ${detail}`,
    const: (detail) => `pitää olla ${detail}`,
    empty: () => 'on tyhjä',
    range: () => 'ei ole sallitulla välillä',
    between: (min, max) => `pitää olla välillä ${min}–${max}`,
    other: () => 'ei kelpaa',
  },
  sv: {
    required: (detail) => `det obligatoriska fältet ${detail} saknas`,
    type: (detail) => `ska vara ${detail}`,
    textOrLanguages: () => 'ska vara text eller text per språkkod, t.ex. {"fi": "…", "sv": "…"}',
    pattern: () => 'har fel form',
    format: (detail) => (detail === 'email' ? 'är ingen e-postadress' : 'är ingen webbadress'),
    enum: (detail) => `ska vara något av: ${detail}`,
    const: (detail) => `ska vara ${detail}`,
    empty: () => 'är tomt',
    range: () => 'ligger utanför det tillåtna intervallet',
    between: (min, max) => `ska vara mellan ${min} och ${max}`,
    other: () => 'duger inte',
  },
  en: {
    required: (detail) => `the required field ${detail} is missing`,
    type: (detail) => `should be ${detail}`,
    textOrLanguages: () => 'should be text, or text per language code, e.g. {"fi": "…", "sv": "…"}',
    pattern: () => 'is not in the right form',
    format: (detail) => (detail === 'email' ? 'is not an e-mail address' : 'is not a web address'),
    enum: (detail) => `should be one of: ${detail}`,
    const: (detail) => `should be ${detail}`,
    empty: () => 'is empty',
    range: () => 'is out of the allowed range',
    between: (min, max) => `should be from ${min} to ${max}`,
    other: () => 'is not valid',
  },
};

/**
 * What a pattern asks for, said as a webmaster would, for the patterns of the
 * schema; any other pattern gets the plain `pattern` sentence.
 */
const patternHints = {
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': {
    fi: 'pitää olla kielikoodi pienin kirjaimin, esim. fi, sv tai en',
    sv: 'ska vara en språkkod med små bokstäver, t.ex. fi, sv eller en',
    en: 'should be a language code in lower case, such as fi, sv or en',
  },
  '^https?://': {
    fi: 'pitää olla verkko-osoite, joka alkaa https:// tai http://',
    sv: 'ska vara en webbadress som börjar med https:// eller http://',
    en: 'should be a web address starting with https:// or http://',
  },
  '^[0-9]{2}$': {
    fi: 'pitää olla kaksinumeroinen koodi tekstinä, esim. "13"',
    sv: 'ska vara en tvåsiffrig kod som text, t.ex. "13"',
    en: 'should be a two-digit code as text, such as "13"',
  },
  '^[0-9]{3}$': {
    fi: 'pitää olla kolminumeroinen koodi tekstinä, esim. "020" tai "179"',
    sv: 'ska vara en tresiffrig kod som text, t.ex. "020" eller "179"',
    en: 'should be a three-digit code as text, such as "020" or "179"',
  },
  '^[A-Z]{2}$': {
    fi: 'pitää olla kaksi isoa kirjainta, esim. "FI"',
    sv: 'ska vara två versaler, t.ex. "FI"',
    en: 'should be two capital letters, such as "FI"',
  },
};

const unescapePointer = (part) => part.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * `#/municipalities/0/code` → `municipalities[0].code`; the document itself is `(document)`.
 * Given the document, a key made of digits is written `[0]` only where it indexes a list.
 */
export function fieldPath(instanceLocation, document) {
  const parts = instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescapePointer);
  if (parts.length === 0) return '(document)';
  let node = document;
  return parts
    .map((part, index) => {
      const inList = document === undefined ? /^\d+$/.test(part) : Array.isArray(node);
      node = node?.[part];
      return inList ? `[${part}]` : `${index ? '.' : ''}${part}`;
    })
    .join('');
}

/** The schema value a validator's `keywordLocation` (`#/properties/a/$ref/enum`) points at, following local `$ref`s. */
function at(schema, keywordLocation) {
  let node = schema;
  for (const raw of keywordLocation.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = unescapePointer(raw);
    node = key === '$ref' ? at(schema, node.$ref) : node?.[key];
  }
  return node;
}

/**
 * Problems with `document` under `schema` (the format's JSON Schema), one per
 * field at fault, in document order; empty when it is valid.
 * @param {unknown} document
 * @param {object} schema
 * @param {ToolLanguage} [language]
 * @returns {Problem[]}
 */
export function validate(document, schema, language = 'en') {
  const result = new Validator(schema, '2020-12', false).validate(document);
  if (result.valid) return [];
  const words = sentences[language] ?? sentences.en;
  const leaves = result.errors.filter((error) => !containers.has(error.keyword));
  // Where a value may be text or an object of language → text, each branch fails on its own;
  // one sentence for the field says both.
  const problems = new Map();
  for (const error of leaves) {
    const inAlternative = /\/(oneOf|anyOf)\/\d+\//.test(error.keywordLocation);
    const deeper = leaves.some((other) => other !== error && other.instanceLocation.startsWith(`${error.instanceLocation}/`));
    if (inAlternative && deeper && error.keyword === 'type') continue;
    // A code or an object (a municipality, the region): when the value is an object, the
    // code alternative's "should be text" is beside the point; the object's own error says it.
    const choice = /^(.*\/(?:oneOf|anyOf))\/\d+\/type$/.exec(error.keywordLocation)?.[1];
    if (choice && leaves.some((other) => other !== error && other.keyword !== 'type' && other.keywordLocation.startsWith(`${choice}/`) && other.instanceLocation.startsWith(error.instanceLocation))) continue;
    const path = fieldPath(error.instanceLocation, document);
    const rule = at(schema, error.keywordLocation);
    // A type error on the alternative itself (`oneOf/0/type`) is about the field as a whole;
    // one deeper down (`oneOf/1/additionalProperties/type`) is about a single language's text.
    const wholeAlternative = inAlternative && /\/(oneOf|anyOf)\/\d+\/type$/.test(error.keywordLocation);
    let message;
    switch (error.keyword) {
      case 'required': {
        const missing = /"([^"]+)"/.exec(error.error)?.[1] ?? '';
        message = words.required(missing);
        problems.set(`${path}/${missing}`, {path: path === '(document)' ? missing : `${path}.${missing}`, keyword: 'required', message});
        continue;
      }
      case 'type':
        message = wholeAlternative ? words.textOrLanguages() : words.type([rule].flat().map((type) => typeNames[language]?.[type] ?? type).join(' / '));
        break;
      case 'pattern':
        message = patternHints[rule]?.[language] ?? patternHints[rule]?.en ?? words.pattern();
        break;
      case 'format':
        message = words.format(rule);
        break;
      case 'enum':
        message = words.enum(rule.join(', '));
        break;
      case 'const':
        message = words.const(JSON.stringify(rule));
        break;
      case 'minItems':
      case 'minLength':
      case 'minProperties':
        message = words.empty();
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const bounds = at(schema, error.keywordLocation.replace(/\/[^/]+$/, ''));
        message = typeof bounds?.minimum === 'number' && typeof bounds?.maximum === 'number' ? words.between(bounds.minimum, bounds.maximum) : words.range();
        break;
      }
      default:
        message = words.other();
    }
    // An empty object where text or text per language is allowed: "is empty" says more than
    // "should be text or …", which the other alternative's type error would say.
    const earlier = problems.get(path);
    if (!earlier || (earlier.wholeAlternative && inAlternative && error.keyword !== 'type')) problems.set(path, {path, keyword: error.keyword, message, wholeAlternative});
  }
  return [...problems.values()].map(({path, keyword, message}) => ({path, keyword, message}));
}
