/**
 * The rules a single value of a document must keep: language tags, e-mail
 * and web addresses, codes. The parser (parse.ts), `validate` and the PTV
 * importer all judge values by these functions, and the JSON Schema
 * (schema.json) states the same rules as patterns; test/node/format.test.mjs
 * checks that the two never disagree. ARCHITECTURE.md says why the schema
 * describes the format and these functions decide it.
 */
import type {TimeRange} from './types.js';

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is {readonly [key: string]: unknown} {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const languageTagShape = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Whether text is a well-formed BCP 47 language tag, in any case (`FI` is
 * `fi`). The shape check keeps out private-use and grandfathered oddities;
 * `Intl` then refuses what is shaped right but invalid (`fi-12`), which
 * would otherwise throw later in `Intl.DisplayNames`.
 */
export function isLanguageTag(text: string): boolean {
  if (!languageTagShape.test(text)) return false;
  try {
    Intl.getCanonicalLocales(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The normalised absolute URL, or undefined when it is not a web address.
 * Untrusted text is parsed the way the browser itself parses an href (WHATWG
 * URL: surrounding spaces trimmed, tabs and newlines removed, scheme
 * lower-cased), and only absolute http(s) URLs with a host survive:
 * `javascript:`, `data:`, relative and protocol-relative forms do not.
 */
export function webUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : undefined;
}

// Deliberately narrow, so that nothing after the address can reach the
// mailto: URL (no `?`, `&`, `%`, spaces or quotes): a local part of common
// characters, then a domain of letters (any script: `jyväskylä.fi` is a
// real domain), digits and hyphens whose last label, the top-level domain,
// has two characters or more.
const emailPattern = /^[\p{L}\p{N}.!#$'*+/=^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]$/u;

/** The address when it looks like an e-mail address that is safe in `mailto:`. */
export function emailAddress(text: string): string | undefined {
  const address = text.trim();
  return emailPattern.test(address) ? address : undefined;
}

/** Statistics Finland codes, postal codes and country codes, as they must be written. */
export const shapes = {
  municipalityCode: /^\d{3}$/,
  regionCode: /^\d{2}$/,
  postalCode: /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/,
  country: /^[A-Za-z]{2}$/,
} as const;

/** Link types the widgets show, each with its own icon and name. */
export const linkTypes = ['website', 'facebook', 'twitter', 'instagram'] as const;

/** Kinds of phone number: each is linked and saved as what it is (a fax is not dialled). */
export const phoneKinds = ['phone', 'mobile', 'fax', 'sms'] as const;

/** What a call costs: free, the local or mobile call charge ("pvm/mpm"), or another price told in words. */
export const callCharges = ['free', 'local', 'other'] as const;

/** Kinds of address, as the Service Catalogue has them: where to visit, where to post, where to deliver. */
export const addressKinds = ['visiting', 'postal', 'delivery'] as const;

/** The days of the week as the format names them, Monday first (ISO 8601). */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * Finland's bounding box in WGS84 degrees: EPSG:3067's area of use ("Finland – onshore and
 * offshore"), its north rounded up to 70.1 so that Nuorgam (70.0925° N), which the rounded
 * 70.09 cuts off, is inside. Coordinates outside it are a mistake: swapped, or metres given as
 * degrees.
 */
export const finland = {south: 58.84, north: 70.1, west: 19.08, east: 31.59} as const;

/** `HH:MM`, 00:00 to 24:00, as minutes from midnight; undefined when it is no such time ("25:00", "9.00"). */
export function minutesOf(text: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/**
 * Where a range of time ends, in minutes from the start of its own day: one that closes at or
 * before its opening closes the next day (as schema.org and the Service Catalogue read it), so
 * it ends past 1440.
 */
export const rangeEnd = ({opens, closes}: TimeRange): number => (closes > opens ? closes : closes + 1440);

/** `YYYY-MM-DD` when it is a real date (not 2026-02-30). */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
