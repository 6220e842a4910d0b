/** The parts of an address that need more than choosing a language. Pure functions over `Intl`. */
import type {Address} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {displayNames} from './intl.js';
import {choose} from './localized.js';

/** A country's name from its ISO 3166 code, for an address abroad. */
export function countryName(code: string, language: InterfaceLanguage): string {
  return displayNames(language, 'region').of(code) ?? code;
}

/** Lone surrogates (possible in JSON text) as U+FFFD: they have no UTF-8 form, and encodeURIComponent throws on them. */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * The address on the OpenStreetMap website: its coordinates when the document gives them (a
 * marker, at street zoom), else a search for its text, which finds most streets but not every
 * new or rural one; none for a post office box alone. A plain link, so nothing is asked of a
 * third party until the reader follows it.
 */
export function mapUrl({street, postalCode, locality, country, coordinates}: Address, language: InterfaceLanguage): string | undefined {
  if (coordinates) {
    const {latitude, longitude} = coordinates;
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  if (!street) return undefined;
  const postal = [postalCode, locality && choose(locality, language).value].filter(Boolean).join(' ');
  const query = [choose(street, language).value, postal, countryName(country, language)].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(wellFormed(query))}`;
}
