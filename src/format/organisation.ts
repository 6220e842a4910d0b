/**
 * The card's facts that need more than choosing a language: periods and
 * language lists. Pure functions over `Intl`.
 */
import type {InterfaceLanguage} from '../i18n/language.js';
import type {LanguageTag} from '../data/types.js';
import {cached, displayNames, listFormat, yearFormat} from './intl.js';

const januaryFirst = (year: number) => new Date(Date.UTC(year, 0, 1));

/**
 * A year, or a span of years (`2017–2019`) in the language's own style.
 * Remembered: `formatRange()` costs about as much as making a formatter,
 * on every call.
 */
export const formatYears = (start: number, end: number | undefined, language: InterfaceLanguage): string =>
  cached(`years ${language} ${start} ${end}`, () => {
    const format = yearFormat(language);
    return end === undefined || end === start ? format.format(januaryFirst(start)) : format.formatRange(januaryFirst(start), januaryFirst(end));
  });

// Finnish and Swedish write language names in lower case in running text;
// some engines' data capitalise them as if standing alone ("Finska").
const lowerCaseLanguageNames: ReadonlySet<InterfaceLanguage> = new Set(['fi', 'sv']);

/** Language tags as names in running text: "suomi, englanti, ruotsi ja saksa". Remembered too. */
export const formatLanguages = (tags: readonly LanguageTag[], language: InterfaceLanguage): string =>
  cached(`languages ${language} ${tags.join()}`, () => {
    const names = displayNames(language, 'language');
    const name = (tag: LanguageTag) => names.of(tag) ?? tag;
    const inRunningText = lowerCaseLanguageNames.has(language) ? (tag: LanguageTag) => name(tag).toLocaleLowerCase(language) : name;
    return formatList(tags.map(inRunningText), language);
  });

/** Items joined as the language joins them: "a, b ja c", "a, b och c". */
export function formatList(items: readonly string[], language: InterfaceLanguage): string {
  return listFormat(language, 'conjunction').format(items);
}
