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
 * A search for the address on the OpenStreetMap website: a plain link, so
 * nothing is asked of a third party until the reader follows it.
 */
export function mapSearchUrl({street, postalCode, locality, country}: Address, language: InterfaceLanguage): string {
  const postal = [postalCode, locality && choose(locality, language).value].filter(Boolean).join(' ');
  const query = [choose(street, language).value, postal, countryName(country, language)].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(wellFormed(query))}`;
}
