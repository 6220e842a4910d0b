/**
 * Which interface language an element speaks, and noticing when that changes.
 *
 * An element speaks the language of its own `lang`, else of the nearest
 * ancestor with `lang` (across shadow roots), else of `<html lang>`, else
 * Finnish. Regional tags count as their language (`sv-FI` is `sv`), and a
 * language we have no translation for gets English, the most widely read.
 */

/** The interface languages, Finnish (the source language) first. */
export const interfaceLanguages = ['fi', 'sv', 'en', 'de'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** The primary subtag of a language tag, lower case: `sv-FI` → `sv`. */
export function primaryLanguage(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[-_].*/s, '');
}

/** The interface language for a declared language tag (or none). */
export function interfaceLanguageFor(tag: string | null): InterfaceLanguage {
  if (tag === null) return 'fi';
  const primary = primaryLanguage(tag);
  return (interfaceLanguages as readonly string[]).includes(primary) ? (primary as InterfaceLanguage) : 'en';
}

/** The `lang` in force at an element: its own, an ancestor's, or none. */
export function declaredLanguage(element: Element): string | null {
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/** Something that re-reads its language when a `lang` attribute changes. */
export interface LanguageListener {
  languageChanged(): void;
}

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;
/** The document and the shadow roots the observer already watches. */
let observed = new WeakSet<Node>();

/**
 * Calls `listener.languageChanged()` whenever a `lang` attribute changes in
 * the document or in a shadow root that `element` sits in. One observer
 * serves every widget on the page.
 */
export function watchLanguage(listener: LanguageListener, element: Element): void {
  listeners.add(listener);
  observer ??= new MutationObserver(() => {
    for (const each of listeners) each.languageChanged();
  });
  // Mutations inside a shadow root are not seen from the document: watch each root up the way.
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root === document ? document.documentElement : root, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    if (!(root instanceof ShadowRoot)) break;
  }
}

export function unwatchLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}
