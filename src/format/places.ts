/**
 * The order of municipalities. A pure function over `Intl`.
 */
import type {InterfaceLanguage} from '../i18n/language.js';
import type {Municipality} from '../data/types.js';
import {choose} from './localized.js';
import {collator} from './intl.js';

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
