// The data editor's changes to a document, as plain JSON: every change makes
// a new document that differs from the old one in the one field changed and
// nowhere else. That is what makes a round trip exact: a document opened and
// saved without changes is the document, key order and all, even with fields
// the editor has no control for. Where a change adds a key, it goes where the
// format's schema lists it, so a document written in the editor reads in the
// same order as the README's.
import {isLanguageTag, isObject} from '../../dist/koske-widgets-library.js';

/** @typedef {Array<string | number>} Path a field's keys and list indexes from the document down */
/** @typedef {{[key: string]: unknown}} JsonObject */
/** @typedef {import('@cfworker/json-schema').Schema} Schema */

/**
 * A field's name as the format's messages write it: `contact.phones[0].number`; `(document)` for the whole.
 * @param {Path} path
 */
export const pathText = (path) => path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${key}`)).join('') || '(document)';

/**
 * The value at a path, or undefined.
 * @param {unknown} value
 * @param {Path} path
 * @returns {unknown}
 */
export function getIn(value, path) {
  let node = value;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(node) : !isObject(node)) return undefined;
    node = /** @type {Record<string | number, unknown>} */ (node)[key];
  }
  return node;
}

/**
 * The schema node a `$ref` points at.
 * @param {Schema} schema
 * @param {string} pointer such as `#/$defs/phone`
 * @returns {Schema | undefined}
 */
function target(schema, pointer) {
  /** @type {unknown} */
  let node = schema;
  for (const key of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? /** @type {Schema} */ (node) : undefined;
}

/**
 * Whether a value is of the kind a schema alternative describes.
 * @param {Schema | undefined} alternative
 * @param {unknown} value
 */
function fits(alternative, value) {
  const type = alternative?.type ?? (alternative?.properties ? 'object' : alternative?.items ? 'array' : undefined);
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'string') return typeof value === 'string';
  if (type === 'number' || type === 'integer') return typeof value === 'number';
  return false;
}

/** The definition of text in one or more languages. */
const localizedText = '#/$defs/localizedText';

/**
 * A schema node with its `$ref`s followed and, where it is a choice (`oneOf`, `anyOf`), the
 * branch `value` fits (an object for `{code, name}`, text for a code alone).
 * @param {Schema} schema
 * @param {Schema | undefined} node
 * @param {unknown} value
 * @returns {Schema | undefined}
 */
function resolved(schema, node, value) {
  for (let step = 0; node && step < 16; step++) {
    if (typeof node.$ref === 'string') node = target(schema, node.$ref);
    // A choice of kinds of value; beside properties of its own (an address: a street or a PO box), a constraint only.
    else if ((node.oneOf ?? node.anyOf) && !node.properties && !node.type) {
      const alternatives = /** @type {Schema[]} */ (node.oneOf ?? node.anyOf).map((each) => (typeof each.$ref === 'string' ? target(schema, each.$ref) : each));
      node = alternatives.find((each) => fits(each, value));
    } else return node;
  }
  return node;
}

/**
 * The schema node that describes the value at `path`: what says which keys an object may have, and in which order.
 * @param {Schema} schema
 * @param {unknown} document
 * @param {Path} path
 * @returns {Schema | undefined}
 */
function schemaAt(schema, document, path) {
  /** @type {Schema | undefined} */
  let node = schema;
  let value = document;
  for (const key of path) {
    const here = resolved(schema, node, value);
    const child = typeof key === 'number' ? here?.items : (here?.properties?.[key] ?? (isObject(here?.additionalProperties) ? here.additionalProperties : undefined));
    node = /** @type {Schema | undefined} */ (child);
    value = getIn(value, [key]);
  }
  return node;
}

/**
 * `object` with `key` set to `value`, a new key placed before the first key the schema lists after it.
 * @param {JsonObject} object
 * @param {string} key
 * @param {unknown} value
 * @param {string[]} order the keys in the schema's order
 * @returns {JsonObject}
 */
function withKey(object, key, value, order) {
  if (key in object) return {...object, [key]: value};
  const rank = order.indexOf(key);
  const entries = Object.entries(object);
  const before = rank < 0 ? -1 : entries.findIndex(([other]) => order.indexOf(other) > rank);
  if (before < 0) entries.push([key, value]);
  else entries.splice(before, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Whether a value is an object with no keys left. */
const isEmptyObject = (/** @type {unknown} */ value) => isObject(value) && Object.keys(value).length === 0;

/**
 * The document with the value at `path` set; `undefined` removes the key, and an object or
 * list that this leaves empty goes too (but never a list's item: its own Remove button says
 * when it goes). Missing objects and lists on the way are made.
 * @param {Schema | undefined} schema for where a new key goes
 * @param {unknown} document
 * @param {Path} path
 * @param {unknown} value
 * @returns {unknown}
 */
export function setIn(schema, document, path, value) {
  /**
   * @param {unknown} current
   * @param {number} depth
   * @returns {unknown}
   */
  const set = (current, depth) => {
    if (depth === path.length) return value;
    const key = path[depth];
    if (typeof key === 'number') {
      const list = Array.isArray(current) ? [...current] : [];
      list[key] = set(list[key], depth + 1);
      return list;
    }
    const object = isObject(current) ? /** @type {JsonObject} */ (current) : {};
    const inner = set(object[key], depth + 1);
    // Emptied by a change inside it (not set empty on purpose): it goes.
    if (inner === undefined || (depth + 1 < path.length && isEmptyObject(inner))) {
      return Object.fromEntries(Object.entries(object).filter(([other]) => other !== key));
    }
    const node = schema && resolved(schema, schemaAt(schema, document, path.slice(0, depth)), object);
    return withKey(object, key, inner, Object.keys(node?.properties ?? {}));
  };
  return set(document, 0);
}

/**
 * The document with an item added to the list at `path` (made when missing), at its end.
 * @param {Schema | undefined} schema
 * @param {unknown} document
 * @param {Path} path
 * @param {unknown} item
 */
export function append(schema, document, path, item) {
  const list = getIn(document, path);
  return setIn(schema, document, path, [...(Array.isArray(list) ? list : []), item]);
}

/**
 * The document without the list item at `index`; an emptied list goes, and so does an object that leaves empty.
 * @param {Schema | undefined} schema
 * @param {unknown} document
 * @param {Path} path of the list
 * @param {number} index
 */
export function removeAt(schema, document, path, index) {
  const list = getIn(document, path);
  if (!Array.isArray(list)) return document;
  const rest = list.filter((_item, position) => position !== index);
  return setIn(schema, document, path, rest.length ? rest : undefined);
}

/**
 * The document with a list item moved from one position to another.
 * @param {Schema | undefined} schema
 * @param {unknown} document
 * @param {Path} path of the list
 * @param {number} from
 * @param {number} to
 */
export function move(schema, document, path, from, to) {
  const list = getIn(document, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return document;
  const moved = [...list];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item);
  return setIn(schema, document, path, moved);
}

/**
 * The language of a document's plain-string texts, as the widgets read it.
 * @param {unknown} document
 */
export const documentLanguage = (document) => {
  const lang = getIn(document, ['lang']);
  return typeof lang === 'string' && isLanguageTag(lang) ? lang : 'fi';
};

/**
 * A text field's value in one language: the plain string when it is in that language, the
 * language's entry of an object, else ''.
 * @param {unknown} value
 * @param {string} language
 * @param {string} plainLanguage the document's `lang`
 */
export function textIn(value, language, plainLanguage) {
  if (typeof value === 'string') return language === plainLanguage ? value : '';
  const text = isObject(value) ? value[language] : undefined;
  return typeof text === 'string' ? text : '';
}

/**
 * A text field's value with one language's text set (or removed, when empty): a plain string
 * stays plain while only the document's language is written; a second language makes it an
 * object. `undefined` when no language has text left.
 * @param {unknown} value
 * @param {string} language
 * @param {string} text
 * @param {string} plainLanguage the document's `lang`
 * @returns {unknown}
 */
export function withText(value, language, text, plainLanguage) {
  /** @type {JsonObject} */
  const texts = typeof value === 'string' && value ? {[plainLanguage]: value} : isObject(value) ? {...value} : {};
  if (text) texts[language] = text;
  else delete texts[language];
  const languages = Object.keys(texts);
  if (languages.length === 0) return undefined;
  if (typeof value !== 'object') {
    if (languages.length === 1 && languages[0] === plainLanguage) return texts[plainLanguage];
  }
  return texts;
}

/**
 * Every text in more than one language possible, with its path: the fields the schema
 * describes as text in one or more languages.
 * @param {Schema} schema
 * @param {unknown} document
 * @returns {Array<{path: Path, value: unknown}>}
 */
export function texts(schema, document) {
  /** @type {Array<{path: Path, value: unknown}>} */
  const found = [];
  /**
   * @param {Schema | undefined} node
   * @param {unknown} value
   * @param {Path} path
   */
  const visit = (node, value, path) => {
    if (!node || value === undefined) return;
    if (node.$ref === localizedText) return void found.push({path, value});
    const here = resolved(schema, node, value);
    if (Array.isArray(value) && here?.items) value.forEach((item, index) => visit(/** @type {Schema} */ (here.items), item, [...path, index]));
    else if (isObject(value) && here?.properties) {
      for (const [key, inner] of Object.entries(value)) visit(/** @type {Schema | undefined} */ (here.properties[key]), inner, [...path, key]);
    }
  };
  visit(schema, document, []);
  return found;
}

/**
 * The languages a document has texts in: its `lang` first, then each language in the order first met.
 * @param {Schema} schema
 * @param {unknown} document
 */
export function languagesOf(schema, document) {
  const plain = documentLanguage(document);
  const languages = new Set([plain]);
  for (const {value} of texts(schema, document)) {
    if (isObject(value)) for (const language of Object.keys(value)) if (isLanguageTag(language)) languages.add(language);
  }
  return [...languages];
}

/**
 * The document with its `lang` changed, each plain-string text made an object in the old
 * language first, so that no text changes language by the change.
 * @param {Schema} schema
 * @param {unknown} document
 * @param {string} language
 */
export function withDocumentLanguage(schema, document, language) {
  const old = documentLanguage(document);
  let result = document;
  for (const {path, value} of texts(schema, document)) if (typeof value === 'string' && old !== language) result = setIn(schema, result, path, {[old]: value});
  return setIn(schema, result, ['lang'], language);
}
