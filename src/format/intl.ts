/**
 * `Intl` formatters, made once per language and options and then reused:
 * constructing them costs far more than using them, and a page may render
 * hundreds of widgets.
 */
const formatters = new Map<string, unknown>();

/**
 * What `make` makes for `key`, made once. Also for a few results that cost
 * about as much as a formatter each time (see format/organisation.ts): keyed
 * by their inputs, they are bounded by the documents a page shows.
 */
export function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const collator = (language: string) => cached(`collator ${language}`, () => new Intl.Collator(language));

export const pluralRules = (language: string) => cached(`plural ${language}`, () => new Intl.PluralRules(language));

export const numberFormat = (language: string) => cached(`number ${language}`, () => new Intl.NumberFormat(language));

export const listFormat = (language: string, type: Intl.ListFormatType) => cached(`list ${language} ${type}`, () => new Intl.ListFormat(language, {type}));

export const displayNames = (language: string, type: Intl.DisplayNamesType) => cached(`names ${language} ${type}`, () => new Intl.DisplayNames(language, {type, fallback: 'code'}));

/** Years as calendar years: no digit grouping, whatever the language. */
export const yearFormat = (language: string) => cached(`year ${language}`, () => new Intl.DateTimeFormat(language, {year: 'numeric', timeZone: 'UTC'}));
