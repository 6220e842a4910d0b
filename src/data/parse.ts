/**
 * Untrusted JSON in, a checked `Organisation` out: the only place that reads
 * raw documents. Unknown fields are ignored; a field of the wrong type or
 * with an unusable value is dropped and reported in `ignored`; a document
 * without a usable name is invalid.
 *
 * Language-keyed objects become `Map`s, so keys such as `__proto__` are plain
 * data and never reach an object's prototype.
 */
import {primaryLanguage} from '../i18n/language.js';
import {loadedRegistry, type Registry} from './registry.js';
import {e164} from './phone.js';
import {emailAddress, isLanguageTag, isObject, linkTypes, shapes, webUrl} from './rules.js';
import type {Address, LanguageTag, Link, LinkType, Localized, LocalizedText, Municipality, NamedBody, Organisation} from './types.js';

/**
 * Why a field was ignored, as the webmaster's console says it (English);
 * `validate` says the same in the configurator's and the command line's languages.
 */
export type Reason =
  | 'not text'
  | 'empty'
  | 'not a list'
  | 'not an object'
  | 'not text or texts by language'
  | 'not a language tag'
  | 'not a language tag; texts are read as Finnish'
  | 'a second text in one language'
  | 'not an http(s) address'
  | 'not an e-mail address'
  | 'not a phone number'
  | 'not a year'
  | 'before the start'
  | 'not a three-digit code'
  | 'not a two-digit code'
  | 'not a postal code'
  | 'not a country code'
  | 'no name'
  | 'no street'
  | 'no start year'
  | 'no code or name'
  | 'no type or address'
  | 'no such code'
  | 'the code registry did not load'
  | 'not one of website, facebook, twitter, instagram';

/** A field the widgets could not use: where it is (`municipalities[2].code`) and why. */
export interface Ignored {
  readonly path: string;
  readonly reason: Reason;
}

/** "municipalities[2].code (not of the right form)", as the console and the command line say it. */
export const describeIgnored = ({path, reason}: Ignored): string => `${path} (${reason})`;

export type ParseResult =
  | {readonly ok: true; readonly organisation: Organisation; readonly ignored: readonly Ignored[]}
  | {readonly ok: false; readonly problem: string; readonly ignored: readonly Ignored[]};

type Json = unknown;
type JsonObject = {readonly [key: string]: Json};

/**
 * Reads one field at `path`: its usable value, or undefined when it is absent
 * or unusable (then reported in `ignored`).
 */
type Read<T> = (value: Json, path: string) => T | undefined;

// The document being read. Parsing is synchronous, so one document at a time.
let ignored: Ignored[] = [];
let documentLanguage: LanguageTag = 'fi';

function ignore(path: string, reason: Reason): undefined {
  ignored.push({path, reason});
  return undefined;
}

/** Trimmed non-empty text. */
const string: Read<string> = (value, path) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return ignore(path, 'not text');
  return value.trim() || ignore(path, 'empty');
};

/** Text that `check` accepts and normalises, or reported as not being `what`. */
const checked =
  (check: (text: string) => string | undefined, why: Reason): Read<string> =>
  (value, path) => {
    const text = string(value, path);
    return text === undefined ? undefined : (check(text) ?? ignore(path, why));
  };

/** Text of a fixed shape, such as a Statistics Finland code. */
const code = (shape: RegExp, why: Reason): Read<string> => checked((text) => (shape.test(text) ? text : undefined), why);

const url = checked(webUrl, 'not an http(s) address');
const languageTag = checked((text) => (isLanguageTag(text) ? text.toLowerCase() : undefined), 'not a language tag');

/** A string (in the document's language) or an object of language → value. */
const localized =
  <T>(read: (text: string) => T): Read<Localized<T>> =>
  (value, path) => {
    if (value === undefined) return undefined;
    const entries = new Map<LanguageTag, T>();
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') entries.set(documentLanguage, read(text));
    } else if (isObject(value)) {
      for (const [tag, text] of Object.entries(value)) {
        // Regional tags count as their language (sv-FI is sv), as for the interface.
        const language = primaryLanguage(tag);
        if (!isLanguageTag(tag)) ignore(`${path}.${tag}`, 'not a language tag');
        else if (typeof text !== 'string') ignore(`${path}.${tag}`, 'not text');
        else if (text.trim() === '') ignore(`${path}.${tag}`, 'empty');
        else if (entries.has(language)) ignore(`${path}.${tag}`, 'a second text in one language');
        else entries.set(language, read(text.trim()));
      }
    } else {
      return ignore(path, 'not text or texts by language');
    }
    return entries.size > 0 ? entries : ignore(path, 'empty');
  };

const text: Read<LocalizedText> = localized((text) => text);

/** Splits text into paragraphs at blank lines, joining the lines within each. */
const paragraphs = localized((text) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== ''),
);

/** An array whose usable items are kept (unusable ones are reported by `item`); absent is empty. */
const list =
  <T>(item: Read<T>) =>
  (value: Json, path: string): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return (ignore(path, 'not a list'), []);
    const items: T[] = [];
    value.forEach((each, index) => {
      const read = item(each, `${path}[${index}]`);
      if (read !== undefined) items.push(read);
    });
    return items;
  };

type Fields = {readonly [key: string]: Read<unknown>};
type Read_<F extends Fields> = {[K in keyof F]: ReturnType<F[K]>};

/** Reads each of `fields` from an object, at its own path. */
function readFields<F extends Fields>(fields: F, object: JsonObject, path: string): Read_<F> {
  const read: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) read[key] = field(object[key], path ? `${path}.${key}` : key);
  return read as Read_<F>;
}

/**
 * An object of `fields`. Without each of its `required` ones it is dropped,
 * and reported as `missing` (unless the field's own report says enough).
 */
const record =
  <F extends Fields, R extends keyof F>(fields: F, required: readonly R[] = [], missing?: Reason): Read<Read_<F> & {[K in R]: NonNullable<Read_<F>[K]>}> =>
  (value, path) => {
    if (value === undefined) return undefined;
    if (!isObject(value)) return ignore(path, 'not an object');
    const read = readFields(fields, value, path);
    if (required.every((key) => read[key] !== undefined)) return read as Read_<F> & {[K in R]: NonNullable<Read_<F>[K]>};
    return missing ? ignore(path, missing) : undefined;
  };

const year: Read<number> = (value, path) => {
  if (value === undefined) return undefined;
  return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999 ? (value as number) : ignore(path, 'not a year');
};

const years = record({start: year, end: year}, ['start'], 'no start year');
/** A period that ends before it starts is wrong as a whole: its start alone would read as ongoing. */
const period: Read<Organisation['period']> = (value, path) => {
  const read = years(value, path);
  return read?.end !== undefined && read.end < read.start ? ignore(`${path}.end`, 'before the start') : read;
};

const municipalityCode = code(shapes.municipalityCode, 'not a three-digit code');
const regionCode = code(shapes.regionCode, 'not a two-digit code');

/**
 * A place given as an object, or by its code alone: then its names come from
 * the registry (read.ts loads it, and reads the document again, when a
 * document is the first to need it).
 */
const place =
  <T extends {code: string; name: LocalizedText}>(
    object: Read<T>,
    byCode: Read<string>,
    names: (registry: Registry, code: string) => LocalizedText | undefined,
  ): Read<T | {code: string; name: LocalizedText}> =>
  (value, path) => {
    if (typeof value !== 'string') return object(value, path);
    const placeCode = byCode(value, path);
    if (placeCode === undefined) return undefined;
    const registry = loadedRegistry();
    const name = registry && names(registry, placeCode);
    return name ? {code: placeCode, name} : ignore(path, registry ? 'no such code' : 'the code registry did not load');
  };

const namedBody: Read<NamedBody> = record({name: text, shortName: string, url}, ['name'], 'no name');
const municipalityByName = (website: Read<string> | undefined) =>
  place(record({code: municipalityCode, name: text, ...(website && {website})}, ['code', 'name'], 'no code or name'), municipalityCode, (registry, code) =>
    registry.municipality(code),
  );
const municipality: Read<Municipality> = municipalityByName(url);

const addressFields = record(
  {
    street: text,
    extra: text,
    postalCode: code(shapes.postalCode, 'not a postal code'),
    locality: text,
    country: checked((text) => (shapes.country.test(text) ? text.toUpperCase() : undefined), 'not a country code'),
  },
  ['street'],
  'no street',
);
const address: Read<Address> = (value, path) => {
  const read = addressFields(value, path);
  return read && {...read, country: read.country ?? 'FI'};
};

const isLinkType = (text: string): text is LinkType => (linkTypes as readonly string[]).includes(text);
/** A keyword of the format, so taken exactly as written, unlike the values a publisher copies in. */
const linkType: Read<LinkType> = (value, path) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return ignore(path, 'not text');
  return isLinkType(value) ? value : ignore(path, 'not one of website, facebook, twitter, instagram');
};
const link: Read<Link> = record(
  {
    type: linkType,
    url,
    label: text,
  },
  ['type', 'url'],
  'no type or address',
);

/** The document's fields below `name`, which is read first (it decides whether there is a document at all). */
const documentFields = {
  shortName: text,
  administrator: namedBody,
  funders: list(namedBody),
  period,
  description: paragraphs,
  themes: list(text),
  keywords: list(text),
  targetGroups: list(text),
  audience: text,
  ageGroup: text,
  languages: list(languageTag),
  sector: text,
  region: place(record({code: regionCode, name: text}, ['code', 'name'], 'no code or name'), regionCode, (registry, code) => registry.region(code)),
  municipalities: list(municipality),
  address,
  contact: record({
    email: checked(emailAddress, 'not an e-mail address'),
    phone: checked(e164, 'not a phone number'),
    homeMunicipality: municipalityByName(undefined),
  }),
  links: list(link),
};

/** Parses a document (already JSON-decoded) into an `Organisation`. */
export function parseDocument(document: Json): ParseResult {
  if (!isObject(document)) {
    return {ok: false, problem: 'the document is not a JSON object', ignored: []};
  }
  if (document.version !== undefined && document.version !== 1) {
    // Not JSON.stringify on the whole value: it may be nested deeper than the engine can stringify.
    const {version} = document;
    const shown = typeof version === 'string' ? JSON.stringify(version) : typeof version === 'number' ? version : typeof version;
    return {ok: false, problem: `unsupported format version ${shown}`, ignored: []};
  }
  ignored = [];
  const hasLanguage = typeof document.lang === 'string' && isLanguageTag(document.lang.trim());
  documentLanguage = hasLanguage ? primaryLanguage(document.lang as string) : 'fi';
  if (document.lang !== undefined && !hasLanguage) ignore('lang', 'not a language tag; texts are read as Finnish');
  const name = text(document.name, 'name');
  if (!name) {
    return {ok: false, problem: 'the document has no usable name', ignored};
  }
  const fields = readFields(documentFields, document, '');
  return {ok: true, organisation: {name, ...fields, contact: fields.contact ?? {}}, ignored};
}
