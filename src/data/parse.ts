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
import {e164} from './phone.js';
import {emailAddress, webUrl} from './url.js';
import type {
  Address,
  LanguageTag,
  Link,
  LinkType,
  Localized,
  LocalizedText,
  Municipality,
  NamedBody,
  Organisation,
} from './types.js';

export type ParseResult =
  | {readonly ok: true; readonly organisation: Organisation; readonly ignored: readonly string[]}
  | {readonly ok: false; readonly problem: string; readonly ignored: readonly string[]};

const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Whether text is a well-formed BCP 47 language tag. The shape check keeps
 * out private-use and grandfathered oddities; `Intl` then refuses what is
 * shaped right but invalid (`fi-12`), which would otherwise throw later in
 * `Intl.DisplayNames`.
 */
function isLanguageTag(text: string): boolean {
  if (!languageTagShape.test(text)) return false;
  try {
    Intl.getCanonicalLocales(text);
    return true;
  } catch {
    return false;
  }
}
const linkTypes: readonly LinkType[] = ['website', 'facebook', 'twitter', 'instagram'];

type Json = unknown;
type JsonObject = {readonly [key: string]: Json};

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one document, collecting what it had to ignore and where. */
class Reader {
  readonly ignored: string[] = [];
  constructor(private readonly documentLanguage: LanguageTag) {}

  ignore(path: string, why: string): undefined {
    this.ignored.push(`${path} (${why})`);
    return undefined;
  }

  /** A field that is an object, or undefined (reported unless absent). */
  object(value: Json, path: string): JsonObject | undefined {
    if (value === undefined) return undefined;
    return isObject(value) ? value : this.ignore(path, 'not an object');
  }

  /** Trimmed non-empty text. */
  string(value: Json, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.ignore(path, 'not text');
    const trimmed = value.trim();
    return trimmed === '' ? this.ignore(path, 'empty') : trimmed;
  }

  /** Text matching a pattern, such as a Statistics Finland code. */
  code(value: Json, path: string, pattern: RegExp): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    return pattern.test(text) ? text : this.ignore(path, `not of the form ${pattern.source}`);
  }

  /** A string (in the document's language) or an object of language → value. */
  localized<T>(value: Json, path: string, read: (text: string) => T): Localized<T> | undefined {
    if (value === undefined) return undefined;
    const entries = new Map<LanguageTag, T>();
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') entries.set(this.documentLanguage, read(text));
    } else if (isObject(value)) {
      for (const [tag, text] of Object.entries(value)) {
        // Regional tags count as their language (sv-FI is sv), as for the interface.
        const language = primaryLanguage(tag);
        if (!isLanguageTag(tag)) this.ignore(`${path}.${tag}`, 'not a language tag');
        else if (typeof text !== 'string') this.ignore(`${path}.${tag}`, 'not text');
        else if (text.trim() !== '' && !entries.has(language)) entries.set(language, read(text.trim()));
      }
    } else {
      return this.ignore(path, 'not text or an object of language → text');
    }
    return entries.size > 0 ? entries : this.ignore(path, 'empty');
  }

  text(value: Json, path: string): LocalizedText | undefined {
    return this.localized(value, path, (text) => text);
  }

  /** An array whose usable items are kept (unusable ones are reported by `item`). */
  list<T>(value: Json, path: string, item: (value: Json, path: string) => T | undefined): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return this.ignore(path, 'not a list') ?? [];
    const items: T[] = [];
    value.forEach((each, index) => {
      const read = item(each, `${path}[${index}]`);
      if (read !== undefined) items.push(read);
    });
    return items;
  }

  languageTag(value: Json, path: string): LanguageTag | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    return isLanguageTag(text) ? text.toLowerCase() : this.ignore(path, 'not a language tag');
  }

  url(value: Json, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    return webUrl(text) ?? this.ignore(path, 'not an http(s) address');
  }

  namedBody(value: Json, path: string): NamedBody | undefined {
    const body = this.object(value, path);
    if (!body) return undefined;
    const name = this.text(body.name, `${path}.name`);
    if (!name) return this.ignore(path, 'no name');
    return {name, shortName: this.string(body.shortName, `${path}.shortName`), url: this.url(body.url, `${path}.url`)};
  }

  year(value: Json, path: string): number | undefined {
    if (value === undefined) return undefined;
    return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999
      ? (value as number)
      : this.ignore(path, 'not a year');
  }

  period(value: Json, path: string): Organisation['period'] {
    const period = this.object(value, path);
    if (!period) return undefined;
    const start = this.year(period.start, `${path}.start`);
    if (start === undefined) return this.ignore(path, 'no start year');
    const end = this.year(period.end, `${path}.end`);
    if (end !== undefined && end < start) return {start, end: this.ignore(`${path}.end`, 'before the start')};
    return {start, end};
  }

  municipality(value: Json, path: string): Municipality | undefined {
    const municipality = this.object(value, path);
    if (!municipality) return undefined;
    const code = this.code(municipality.code, `${path}.code`, /^\d{3}$/);
    const name = this.text(municipality.name, `${path}.name`);
    if (code === undefined || name === undefined) return this.ignore(path, 'no code or name');
    return {code, name, website: this.url(municipality.website, `${path}.website`)};
  }

  address(value: Json, path: string): Address | undefined {
    const address = this.object(value, path);
    if (!address) return undefined;
    const street = this.text(address.street, `${path}.street`);
    if (!street) return this.ignore(path, 'no street');
    return {
      street,
      extra: this.text(address.extra, `${path}.extra`),
      postalCode: this.code(address.postalCode, `${path}.postalCode`, /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/),
      locality: this.text(address.locality, `${path}.locality`),
      country: this.code(address.country, `${path}.country`, /^[A-Za-z]{2}$/)?.toUpperCase() ?? 'FI',
    };
  }

  contact(value: Json, path: string): Organisation['contact'] {
    const contact = this.object(value, path) ?? {};
    const email = this.string(contact.email, `${path}.email`);
    const phone = this.string(contact.phone, `${path}.phone`);
    const home = this.object(contact.homeMunicipality, `${path}.homeMunicipality`);
    const homeCode = home && this.code(home.code, `${path}.homeMunicipality.code`, /^\d{3}$/);
    const homeName = home && this.text(home.name, `${path}.homeMunicipality.name`);
    return {
      email: email === undefined ? undefined : (emailAddress(email) ?? this.ignore(`${path}.email`, 'not an e-mail address')),
      phone: phone === undefined ? undefined : (e164(phone) ?? this.ignore(`${path}.phone`, 'not a phone number')),
      homeMunicipality: homeCode && homeName ? {code: homeCode, name: homeName} : undefined,
    };
  }

  link(value: Json, path: string): Link | undefined {
    const link = this.object(value, path);
    if (!link) return undefined;
    const type = link.type;
    if (!linkTypes.includes(type as LinkType)) return this.ignore(`${path}.type`, `not one of ${linkTypes.join(', ')}`);
    const url = this.url(link.url, `${path}.url`);
    return url ? {type: type as LinkType, url, label: this.text(link.label, `${path}.label`)} : undefined;
  }
}

/** Splits text into paragraphs at blank lines, joining the lines within each. */
function paragraphs(text: string): readonly string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

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
  const hasLanguage = typeof document.lang === 'string' && isLanguageTag(document.lang);
  const read = new Reader(hasLanguage ? primaryLanguage(document.lang as string) : 'fi');
  if (document.lang !== undefined && !hasLanguage) read.ignore('lang', 'not a language tag; plain texts are taken as Finnish');
  const name = read.text(document.name, 'name');
  if (!name) {
    return {ok: false, problem: 'the document has no usable name', ignored: read.ignored};
  }
  const region = read.object(document.region, 'region');
  const regionCode = region && read.code(region.code, 'region.code', /^\d{2}$/);
  const regionName = region && read.text(region.name, 'region.name');
  const organisation: Organisation = {
    name,
    shortName: read.text(document.shortName, 'shortName'),
    administrator: read.namedBody(document.administrator, 'administrator'),
    funders: read.list(document.funders, 'funders', (value, path) => read.namedBody(value, path)),
    period: read.period(document.period, 'period'),
    description: read.localized(document.description, 'description', paragraphs),
    themes: read.list(document.themes, 'themes', (value, path) => read.text(value, path)),
    keywords: read.list(document.keywords, 'keywords', (value, path) => read.text(value, path)),
    targetGroups: read.list(document.targetGroups, 'targetGroups', (value, path) => read.text(value, path)),
    audience: read.text(document.audience, 'audience'),
    ageGroup: read.text(document.ageGroup, 'ageGroup'),
    languages: read.list(document.languages, 'languages', (value, path) => read.languageTag(value, path)),
    sector: read.text(document.sector, 'sector'),
    region: regionCode && regionName ? {code: regionCode, name: regionName} : undefined,
    municipalities: read.list(document.municipalities, 'municipalities', (value, path) => read.municipality(value, path)),
    address: read.address(document.address, 'address'),
    contact: read.contact(document.contact, 'contact'),
    links: read.list(document.links, 'links', (value, path) => read.link(value, path)),
  };
  return {ok: true, organisation, ignored: read.ignored};
}
