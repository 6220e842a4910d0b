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
import {addressKinds, callCharges, emailAddress, finland, isDate, isLanguageTag, isObject, linkTypes, minutesOf, phoneKinds, rangeEnd, shapes, webUrl, weekdays} from './rules.js';
import type {Address, Email, Hours, HoursException, LanguageTag, Link, Localized, LocalizedText, Municipality, NamedBody, Organisation, Phone, TimeRange} from './types.js';

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
  | 'no street or post office box'
  | 'no number'
  | 'no address'
  | 'no description of the charge'
  | 'not a number'
  | 'outside Finland'
  | 'no latitude and longitude'
  | 'not a time'
  | 'no opening or closing time'
  | 'no first day'
  | 'opens and closes at once'
  | 'overlaps the range before'
  | 'not a date'
  | 'overlaps the exception before'
  | 'neither hours nor closed'
  | 'not true or false'
  | 'not a weekday'
  | 'no start year'
  | 'no code or name'
  | 'no type or address'
  | 'no such code'
  | 'the code registry did not load'
  | 'not one of website, facebook, twitter, instagram'
  | 'not one of phone, mobile, fax, sms'
  | 'not one of free, local, other'
  | 'not one of visiting, postal, delivery';

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
  <F extends Fields, R extends keyof F = never>(fields: F, required: readonly R[] = [], missing?: Reason): Read<Read_<F> & {[K in R]: NonNullable<Read_<F>[K]>}> =>
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

/**
 * A keyword of the format, such as a link's type, so taken exactly as written (unlike the
 * values a publisher copies in); absent is `fallback`.
 */
const keyword =
  <K extends string>(keywords: readonly K[], why: Reason): Read<K> =>
  (value, path) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return ignore(path, 'not text');
    return (keywords as readonly string[]).includes(value) ? (value as K) : ignore(path, why);
  };

/** A number of degrees, inside Finland's bounding box along `axis`. */
const degrees =
  (low: number, high: number): Read<number> =>
  (value, path) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return ignore(path, 'not a number');
    return value >= low && value <= high ? value : ignore(path, 'outside Finland');
  };
const coordinates = record(
  {latitude: degrees(finland.south, finland.north), longitude: degrees(finland.west, finland.east)},
  ['latitude', 'longitude'],
  'no latitude and longitude',
);

// Hours. Ranges are read as minutes from midnight; one that closes at or before its opening
// closes the next day (as schema.org and the Service Catalogue read it), so it counts as
// running to closes + 24 h when ranges are compared.
const time = checked((text) => (minutesOf(text) === undefined ? undefined : text), 'not a time');
const timeRangeFields = record({opens: time, closes: time}, ['opens', 'closes'], 'no opening or closing time');
const timeRange: Read<TimeRange> = (value, path) => {
  const read = timeRangeFields(value, path);
  if (!read) return undefined;
  const range = {opens: minutesOf(read.opens) as number, closes: minutesOf(read.closes) as number};
  if (range.opens === 1440) return ignore(`${path}.opens`, 'not a time');
  return range.opens === range.closes ? ignore(path, 'opens and closes at once') : range;
};

/**
 * A list of usable items sorted by `order`, in which an item that `overlaps` the one kept
 * before it is dropped, and reported at the place it was written.
 */
const sortedList =
  <T>(item: Read<T>, order: (a: T, b: T) => number, overlaps: (next: T, before: T | undefined) => boolean, why: Reason) =>
  (value: Json, path: string): T[] => {
    const read: {item: T; at: string}[] = [];
    list((each, at) => {
      const usable = item(each, at);
      if (usable !== undefined) read.push({item: usable, at});
      return undefined;
    })(value, path);
    const kept: T[] = [];
    for (const {item: next, at} of read.sort((a, b) => order(a.item, b.item))) {
      if (overlaps(next, kept[kept.length - 1])) ignore(at, why);
      else kept.push(next);
    }
    return kept;
  };

/** The ranges of one day in order, without one that overlaps the range before it, or what the day before runs into this one (`spill`, minutes). */
const dayRanges = (spill = () => 0) =>
  sortedList(
    timeRange,
    (a, b) => a.opens - b.opens,
    (next, before) => next.opens < (before ? rangeEnd(before) : spill()),
    'overlaps the range before',
  );
const weekly: Read<TimeRange[][]> = (value, path) => {
  if (value === undefined) return undefined;
  if (!isObject(value)) return ignore(path, 'not an object');
  for (const day of Object.keys(value)) if (!(weekdays as readonly string[]).includes(day)) ignore(`${path}.${day}`, 'not a weekday');
  const week: TimeRange[][] = [];
  // A range past midnight runs into the next day, Sunday's into Monday's.
  const spillFrom = (ranges: readonly TimeRange[] | undefined) => () => Math.max(0, ...(ranges ?? []).map(rangeEnd)) - 1440;
  weekdays.forEach((day, index) => (week[index] = dayRanges(spillFrom(week[index - 1]))(value[day], `${path}.${day}`)));
  const [monday = []] = week;
  if (monday[0] && monday[0].opens < spillFrom(week[6])()) {
    ignore(`${path}.monday[0]`, 'overlaps the range before');
    monday.shift();
  }
  return week;
};
const date = checked((text) => (isDate(text) ? text : undefined), 'not a date');
const closed: Read<boolean> = (value, path) => (value === undefined || typeof value === 'boolean' ? value : ignore(path, 'not true or false'));
const exceptionFields = record({from: date, to: date, closed, hours: dayRanges(), note: text}, ['from'], 'no first day');
const exception: Read<HoursException> = (value, path) => {
  const read = exceptionFields(value, path);
  if (!read) return undefined;
  const {from, to = from, hours, note} = read;
  if (to < from) return ignore(`${path}.to`, 'before the start');
  if (!read.closed && hours.length === 0) return ignore(path, 'neither hours nor closed');
  return {from, to, hours: read.closed ? [] : hours, ...(note && {note})};
};
const exceptions = sortedList(
  exception,
  (a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
  (next, before) => before !== undefined && next.from <= before.to,
  'overlaps the exception before',
);
const hoursFields = record({weekly, exceptions});
const hours: Read<Hours> = (value, path) => {
  const read = hoursFields(value, path);
  if (!read) return undefined;
  return read.weekly || read.exceptions.length ? {...(read.weekly && {weekly: read.weekly}), exceptions: read.exceptions} : ignore(path, 'empty');
};

const addressFields = record({
  kind: keyword(addressKinds, 'not one of visiting, postal, delivery'),
  street: text,
  extra: text,
  postOfficeBox: text,
  postalCode: code(shapes.postalCode, 'not a postal code'),
  locality: text,
  municipality: municipalityByName(undefined),
  country: checked((text) => (shapes.country.test(text) ? text.toUpperCase() : undefined), 'not a country code'),
  coordinates,
  hours,
});
const address: Read<Address> = (value, path) => {
  const read = addressFields(value, path);
  if (!read) return undefined;
  if (!read.street && !read.postOfficeBox) return ignore(path, 'no street or post office box');
  return {...read, kind: read.kind ?? 'visiting', country: read.country ?? 'FI'};
};

const phoneNumber = checked(e164, 'not a phone number');
const phoneFields = record(
  {
    number: phoneNumber,
    label: text,
    kind: keyword(phoneKinds, 'not one of phone, mobile, fax, sms'),
    charge: keyword(callCharges, 'not one of free, local, other'),
    chargeDescription: text,
    hours,
  },
  ['number'],
  'no number',
);
const phone: Read<Phone> = (value, path) => {
  const read = phoneFields(value, path);
  if (!read) return undefined;
  const {charge, chargeDescription: description, ...rest} = read;
  if (charge === 'other' && !description) ignore(`${path}.charge`, 'no description of the charge');
  const known = charge === 'other' && !description ? undefined : (charge ?? (description && 'other'));
  return {...rest, kind: rest.kind ?? 'phone', ...(known && {charge: {kind: known, ...(description && {description})}})};
};
const emailAddressText = checked(emailAddress, 'not an e-mail address');
const email: Read<Email> = record({address: emailAddressText, label: text}, ['address'], 'no address');

const link: Read<Link> = record(
  {
    type: keyword(linkTypes, 'not one of website, facebook, twitter, instagram'),
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
  addresses: list(address),
  contact: record({
    email: emailAddressText,
    emails: list(email),
    phone: phoneNumber,
    phones: list(phone),
    homeMunicipality: municipalityByName(undefined),
  }),
  hours,
  links: list(link),
};

/** Parses a document (already JSON-decoded) into an `Organisation`. */
export function parseDocument(document: Json): ParseResult {
  if (!isObject(document)) {
    return {ok: false, problem: 'the document is not a JSON object', ignored: []};
  }
  if (document.version !== undefined && document.version !== 1 && document.version !== 2) {
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
  const {
    address: first,
    addresses,
    contact = {emails: [], phones: []} as {emails: Email[]; phones: Phone[]; email?: string; phone?: string},
    ...fields
  } = readFields(documentFields, document, '');
  // Version 1's one address, phone and e-mail lead the lists of version 2.
  const {email, phone, ...lists} = contact;
  return {
    ok: true,
    organisation: {
      name,
      ...fields,
      addresses: first ? [first, ...addresses] : addresses,
      contact: {
        ...lists,
        phones: phone ? [{number: phone, kind: 'phone'}, ...lists.phones] : lists.phones,
        emails: email ? [{address: email}, ...lists.emails] : lists.emails,
      },
    },
    ignored,
  };
}
