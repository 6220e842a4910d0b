/** The registry's lookups over the generated tables (a chunk of its own, see registry.ts). */
import {municipalities, regions} from '../generated/registry.js';
import type {Registry} from './registry.js';
import type {LanguageTag, LocalizedText} from './types.js';

/** "code a|b;…" → code → names by language; a missing name is the first one. */
function table(text: string, languages: readonly LanguageTag[]): Map<string, LocalizedText> {
  return new Map(
    text.split(';').map((entry) => {
      const space = entry.indexOf(' ');
      const names = entry.slice(space + 1).split('|');
      return [entry.slice(0, space), new Map(languages.map((language, index) => [language, names[index] ?? names[0] ?? '']))];
    }),
  );
}

export const municipalityNames = table(municipalities, ['fi', 'sv']);
export const regionNames = table(regions, ['fi', 'sv', 'en', 'de']);

export const registry: Registry = {
  municipality: (code) => municipalityNames.get(code),
  region: (code) => regionNames.get(code),
};
