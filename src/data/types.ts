/**
 * The koske-widgets data format, version 1.
 *
 * Two shapes live here: the *document* a publisher writes (JSON, described by
 * `schema.json` beside this file) and the *organisation* the widgets render,
 * which `parseDocument()` makes from a document once, after checking every
 * field. Elements only ever see the second.
 */
import type {linkTypes} from './rules.js';

/** A language tag such as `fi`, `sv`, `en` or `de`. */
export type LanguageTag = string;

/**
 * Text a publisher writes: either one string (in the document's `lang`) or
 * one string per language, `{"fi": "Joutsa", "sv": "Joutsa"}`.
 */
export type LocalizedTextInput = string | Record<LanguageTag, string>;

/** The JSON document as published (version 1). Every field but `name` is optional. */
export interface DocumentV1 {
  /** Format version; `1` when given. */
  version?: 1;
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
  address?: {
    street: LocalizedTextInput;
    /** An extra line such as rooms or a c/o. */
    extra?: LocalizedTextInput;
    postalCode?: string;
    locality?: LocalizedTextInput;
    /** ISO 3166-1 alpha-2 code; `FI` when absent. */
    country?: string;
  };
  contact?: {
    email?: string;
    /** Any common notation; normalised to E.164 on load. */
    phone?: string;
    homeMunicipality?: MunicipalityCode | {code: MunicipalityCode; name: LocalizedTextInput};
  };
  links?: Array<{type: LinkType; url: string; label?: LocalizedTextInput}>;
}

/**
 * A Statistics Finland municipality code, three digits (`"179"`). Given alone,
 * the widgets take the municipality's names from their registry.
 */
export type MunicipalityCode = string;

/** A Statistics Finland region code, two digits (`"13"`). Given alone, the names come from the registry. */
export type RegionCode = string;

export type LinkType = (typeof linkTypes)[number];

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
  readonly street: LocalizedText;
  readonly extra?: LocalizedText;
  readonly postalCode?: string;
  readonly locality?: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
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
  readonly region?: {readonly code: string; readonly name: LocalizedText};
  readonly municipalities: readonly Municipality[];
  readonly address?: Address;
  readonly contact: {
    readonly email?: string;
    /** E.164, such as `+358406537220`. */
    readonly phone?: string;
    readonly homeMunicipality?: {readonly code: string; readonly name: LocalizedText};
  };
  readonly links: readonly Link[];
}
