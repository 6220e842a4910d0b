/**
 * The parts of an organisation that need more than choosing a language:
 * periods, language lists and municipality order. Pure functions over `Intl`.
 */
import type {InterfaceLanguage} from '../i18n/language.js';
import type {LanguageTag, Municipality} from '../data/types.js';
import {choose} from './localized.js';
import {collator, displayNames, listFormat, yearFormat} from './intl.js';

const januaryFirst = (year: number) => new Date(Date.UTC(year, 0, 1));

/** A year, or a span of years (`2017–2019`) in the language's own style. */
export function formatYears(start: number, end: number | undefined, language: InterfaceLanguage): string {
  const format = yearFormat(language);
  return end === undefined || end === start
    ? format.format(januaryFirst(start))
    : format.formatRange(januaryFirst(start), januaryFirst(end));
}

// Finnish and Swedish write language names in lower case in running text;
// some engines' data capitalise them as if standing alone ("Finska").
const lowerCaseLanguageNames: ReadonlySet<InterfaceLanguage> = new Set(['fi', 'sv']);

/** Language tags as names in running text: "suomi, englanti, ruotsi ja saksa". */
export function formatLanguages(tags: readonly LanguageTag[], language: InterfaceLanguage): string {
  const names = displayNames(language, 'language');
  const name = (tag: LanguageTag) => names.of(tag) ?? tag;
  const inRunningText = lowerCaseLanguageNames.has(language) ? (tag: LanguageTag) => name(tag).toLocaleLowerCase(language) : name;
  return formatList(tags.map(inRunningText), language);
}

/** Items joined as the language joins them: "a, b ja c", "a, b och c". */
export function formatList(items: readonly string[], language: InterfaceLanguage): string {
  return listFormat(language, 'conjunction').format(items);
}

/** A country's name from its ISO 3166 code. */
export function countryName(code: string, language: InterfaceLanguage): string {
  return displayNames(language, 'region').of(code) ?? code;
}

/**
 * Municipalities in Finnish alphabetical order (… y, z, å, ä, ö) of the names
 * shown, whatever the interface language: Finnish place names are looked up
 * the Finnish way, and Swedish collation agrees.
 */
export function sortMunicipalities(municipalities: readonly Municipality[], language: InterfaceLanguage): Municipality[] {
  const compare = collator('fi').compare;
  return municipalities
    .map((municipality) => ({municipality, name: choose(municipality.name, language).value}))
    .sort((a, b) => compare(a.name, b.name))
    .map(({municipality}) => municipality);
}
