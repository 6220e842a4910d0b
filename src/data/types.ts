/**
 * The koske-widgets data format, version 2 (a version-1 document is a version-2 one).
 *
 * Two shapes live here: the *document* a publisher writes (JSON, described by
 * `schema.json` beside this file) and the *organisation* the widgets render,
 * which `parseDocument()` makes from a document once, after checking every
 * field. Elements only ever see the second.
 */
import type {addressKinds, callCharges, linkTypes, phoneKinds, weekdays} from './rules.js';

/** A language tag such as `fi`, `sv`, `en` or `de`. */
export type LanguageTag = string;

/**
 * Text a publisher writes: either one string (in the document's `lang`) or
 * one string per language, `{"fi": "Joutsa", "sv": "Joutsa"}`.
 */
export type LocalizedTextInput = string | Record<LanguageTag, string>;

/** The JSON document as published (version 2, which reads every version-1 document). Every field but `name` is optional. */
export interface DataDocument {
  /** Format version: `2`, or `1` for a document without the lists of version 2; either when absent. */
  version?: 1 | 2;
  /** Language of plain-string texts in this document; `fi` when absent. */
  lang?: LanguageTag;
  name: LocalizedTextInput;
  /** A short name or acronym, used in link names such as "KOSKE on Facebook". */
  shortName?: LocalizedTextInput;
  administrator?: {name: LocalizedTextInput; shortName?: string; url?: string};
  funders?: Array<{name: LocalizedTextInput; shortName?: string; url?: string}>;
  /** Years of operation; `end` is absent while ongoing. */
  period?: {start: number; end?: number};
  /** Paragraphs are separated by a blank line. */
  description?: LocalizedTextInput;
  themes?: LocalizedTextInput[];
  keywords?: LocalizedTextInput[];
  /** One entry per target group, each a sentence or two. */
  targetGroups?: LocalizedTextInput[];
  audience?: LocalizedTextInput;
  ageGroup?: LocalizedTextInput;
  /** Languages served, as language tags, in the publisher's order. */
  languages?: LanguageTag[];
  sector?: LocalizedTextInput;
  /** Region (maakunta) with its Statistics Finland code, two digits. */
  region?: RegionCode | {code: RegionCode; name: LocalizedTextInput};
  /** Municipalities of the area of operation, with Statistics Finland codes, three digits. */
  municipalities?: Array<MunicipalityCode | {code: MunicipalityCode; name: LocalizedTextInput; website?: string}>;
  /** The addresses, visiting first as a rule (version 2). */
  addresses?: AddressInput[];
  /** Version 1's one address: read as the first of `addresses`, a visiting address. */
  address?: AddressInput;
  contact?: {
    /** Phone numbers, each with its label, kind, call charge and hours (version 2). */
    phones?: PhoneInput[];
    /** E-mail addresses, each with its label (version 2). */
    emails?: Array<{address: string; label?: LocalizedTextInput}>;
    /** Version 1's one e-mail address: read as the first of `emails`. */
    email?: string;
    /** Version 1's one phone number (any common notation): read as the first of `phones`. */
    phone?: string;
    homeMunicipality?: MunicipalityCode | {code: MunicipalityCode; name: LocalizedTextInput};
  };
  /** When the organisation can be reached or visited (version 2). */
  hours?: HoursInput;
  links?: Array<{type: LinkType; url: string; label?: LocalizedTextInput}>;
}

/** A phone number as published. */
export interface PhoneInput {
  /** Any common notation (`040 653 7220`, `+358 40 653 7220`, `(014) 123 456`); normalised to E.164 on load. */
  number: string;
  /** What the number is for: "Toimisto", "Neuvonta". */
  label?: LocalizedTextInput;
  /** `phone` when absent. */
  kind?: PhoneKind;
  /** What a call costs: `free`, `local` (the local or mobile call charge, "pvm/mpm") or `other`, told in `chargeDescription`. */
  charge?: CallCharge;
  /** The price in words ("1,20 €/min + pvm"); required with `other`, and added to `free` or `local`. */
  chargeDescription?: LocalizedTextInput;
  hours?: HoursInput;
}

/** An address as published: a street address, a post office box, or both. */
export interface AddressInput {
  /** `visiting` when absent. */
  kind?: AddressKind;
  /** Street and number, per language where they differ (bilingual municipalities name their streets in Swedish too). */
  street?: LocalizedTextInput;
  /** An extra line such as rooms or a c/o. */
  extra?: LocalizedTextInput;
  /** A post office box: "PL 35", {"sv": "PB 35"}. */
  postOfficeBox?: LocalizedTextInput;
  postalCode?: string;
  /** The post office, per language. */
  locality?: LocalizedTextInput;
  /** The municipality it is in, by Statistics Finland code. */
  municipality?: MunicipalityCode | {code: MunicipalityCode; name: LocalizedTextInput};
  /** ISO 3166-1 alpha-2 code; `FI` when absent. */
  country?: string;
  /** WGS84 degrees (not EPSG:3067 metres), within Finland. */
  coordinates?: {latitude: number; longitude: number};
  hours?: HoursInput;
}

/**
 * Hours as published. Times are `HH:MM` on the 24-hour clock, from `00:00` to `24:00`, in
 * Helsinki time. A range whose `closes` is earlier than its `opens` runs past midnight into
 * the next day, as schema.org and the Service Catalogue read it.
 */
export interface HoursInput {
  /** The regular week: each day's ranges, in order. A day left out is closed. */
  weekly?: Partial<Record<Weekday, TimeRangeInput[]>>;
  /** Dates that differ from the week: closed, or other hours. */
  exceptions?: HoursExceptionInput[];
}

export interface TimeRangeInput {
  opens: string;
  closes: string;
}

export interface HoursExceptionInput {
  /** The first day, `YYYY-MM-DD`. */
  from: string;
  /** The last day, `YYYY-MM-DD`; `from` alone when absent. */
  to?: string;
  /** Closed all day (or give `hours`). */
  closed?: true;
  /** The hours of each of these days, instead of the week's. */
  hours?: TimeRangeInput[];
  /** Why, or what else to know: "Juhannus". */
  note?: LocalizedTextInput;
}

/**
 * A Statistics Finland municipality code, three digits (`"179"`). Given alone,
 * the widgets take the municipality's names from their registry.
 */
export type MunicipalityCode = string;

/** A Statistics Finland region code, two digits (`"13"`). Given alone, the names come from the registry. */
export type RegionCode = string;

export type LinkType = (typeof linkTypes)[number];
export type PhoneKind = (typeof phoneKinds)[number];
export type CallCharge = (typeof callCharges)[number];
export type AddressKind = (typeof addressKinds)[number];
export type Weekday = (typeof weekdays)[number];

/** A value in one or more languages, after parsing: never empty. */
export type Localized<T> = ReadonlyMap<LanguageTag, T>;

/** Text in one or more languages, after parsing. */
export type LocalizedText = Localized<string>;

export interface NamedBody {
  readonly name: LocalizedText;
  readonly shortName?: string;
  readonly url?: string;
}

export interface Municipality {
  /** Statistics Finland code, three digits with leading zeros. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly website?: string;
}

export interface Address {
  readonly kind: AddressKind;
  /** Absent only when there is a post office box. */
  readonly street?: LocalizedText;
  readonly extra?: LocalizedText;
  readonly postOfficeBox?: LocalizedText;
  readonly postalCode?: string;
  readonly locality?: LocalizedText;
  readonly municipality?: Place;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** WGS84 degrees. */
  readonly coordinates?: {readonly latitude: number; readonly longitude: number};
  readonly hours?: Hours;
}

export interface Phone {
  /** E.164, such as `+358406537220`. */
  readonly number: string;
  readonly label?: LocalizedText;
  readonly kind: PhoneKind;
  /** What a call costs: `description` is there with `other`, and may be with the others. */
  readonly charge?: {readonly kind: CallCharge; readonly description?: LocalizedText};
  readonly hours?: Hours;
}

export interface Email {
  readonly address: string;
  readonly label?: LocalizedText;
}

/** A municipality or region: its code and names. */
export interface Place {
  readonly code: string;
  readonly name: LocalizedText;
}

/**
 * A range of time in a day, in minutes from midnight (Helsinki time): `opens` 0–1439,
 * `closes` 1–1440. When `closes` is not after `opens`, it is on the next day.
 */
export interface TimeRange {
  readonly opens: number;
  readonly closes: number;
}

export interface Hours {
  /**
   * The regular week, Monday first: seven days, each its ranges in order (none: closed).
   * Absent when only exceptions are known.
   */
  readonly weekly?: readonly (readonly TimeRange[])[];
  /** In date order. */
  readonly exceptions: readonly HoursException[];
}

export interface HoursException {
  /** `YYYY-MM-DD`. */
  readonly from: string;
  /** `YYYY-MM-DD`, the same as `from` for one day. */
  readonly to: string;
  /** The ranges of each of these days; none: closed. */
  readonly hours: readonly TimeRange[];
  readonly note?: LocalizedText;
}

export interface Link {
  readonly type: LinkType;
  /** An http(s) URL. */
  readonly url: string;
  readonly label?: LocalizedText;
}

/** A parsed, checked and normalised document: what the elements render. */
export interface Organisation {
  readonly name: LocalizedText;
  readonly shortName?: LocalizedText;
  readonly administrator?: NamedBody;
  readonly funders: readonly NamedBody[];
  readonly period?: {readonly start: number; readonly end?: number};
  /** Paragraphs per language. */
  readonly description?: Localized<readonly string[]>;
  readonly themes: readonly LocalizedText[];
  readonly keywords: readonly LocalizedText[];
  readonly targetGroups: readonly LocalizedText[];
  readonly audience?: LocalizedText;
  readonly ageGroup?: LocalizedText;
  readonly languages: readonly LanguageTag[];
  readonly sector?: LocalizedText;
  readonly region?: Place;
  readonly municipalities: readonly Municipality[];
  /** Version 1's `address` first, then `addresses`. */
  readonly addresses: readonly Address[];
  readonly contact: {
    /** Version 1's `phone` first, then `phones`. */
    readonly phones: readonly Phone[];
    /** Version 1's `email` first, then `emails`. */
    readonly emails: readonly Email[];
    readonly homeMunicipality?: Place;
  };
  readonly hours?: Hours;
  readonly links: readonly Link[];
}
