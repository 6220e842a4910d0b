/** The parts of an address that need more than choosing a language. Pure functions over `Intl`. */
import type {InterfaceLanguage} from '../i18n/language.js';
import {displayNames} from './intl.js';

/** A country's name from its ISO 3166 code, for an address abroad. */
export function countryName(code: string, language: InterfaceLanguage): string {
  return displayNames(language, 'region').of(code) ?? code;
}
