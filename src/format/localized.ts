/**
 * Choosing the language of content text. Each interface language falls back
 * to the languages its readers most likely read next: Swedish speakers in
 * Finland read Finnish, English readers get Finnish before Swedish, German
 * readers get English first.
 */
import type {InterfaceLanguage} from '../i18n/language.js';
import type {LanguageTag, Localized} from '../data/types.js';

const fallbacks: Record<InterfaceLanguage, readonly LanguageTag[]> = {
  fi: ['fi', 'sv', 'en'],
  sv: ['sv', 'fi', 'en'],
  en: ['en', 'fi', 'sv'],
  de: ['de', 'en', 'fi', 'sv'],
};

interface Chosen<T> {
  readonly value: T;
  /** The language `value` is in, which may differ from the one asked for. */
  readonly language: LanguageTag;
}

/** The value in `language` or its best fallback, else in any language it has. */
export function choose<T>(value: Localized<T>, language: InterfaceLanguage): Chosen<T> {
  for (const candidate of fallbacks[language]) {
    const found = value.get(candidate);
    if (found !== undefined) return {value: found, language: candidate};
  }
  // The parser makes no empty Localized: its first entry is there.
  const [[anyLanguage, anyValue]] = value as unknown as [[LanguageTag, T]];
  return {value: anyValue, language: anyLanguage};
}
