/**
 * `msg()` in the language of the element that is rendering.
 *
 * @lit/localize keeps one global locale per page, but two widgets on one page
 * may speak two languages. So we install our own `msg()` implementation: it
 * looks up the templates of "the language now rendering", which an element
 * sets around its own synchronous `update()` (see `WidgetBase`). Every `msg()`
 * must therefore run inside `render()`; outside it, Finnish (the source
 * language) is returned.
 *
 * This uses internal modules of @lit/localize, which is why package.json
 * pins it exactly; test/language.test.ts proves the behaviour.
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {joinStringsAndValues} from '@lit/localize/internal/str-tag.js';
import type {StrResult} from '@lit/localize/internal/str-tag.js';
import type {LocaleModule, MsgFn, TemplateMap} from '@lit/localize/internal/types.js';
import type {InterfaceLanguage} from './language.js';

type TargetLanguage = Exclude<InterfaceLanguage, 'fi'>;

// One static import() per language, so rollup and the dev server can follow them.
const importers: Record<TargetLanguage, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
  sv: () => import('../generated/locales/sv.js'),
  de: () => import('../generated/locales/de.js'),
};

const loaded = new Map<InterfaceLanguage, TemplateMap | undefined>([['fi', undefined]]);
const loading = new Map<InterfaceLanguage, Promise<void>>();
let renderingTemplates: TemplateMap | undefined;

// Every message has an id (`<element>.<key>`), so lookup is by id alone: lit-localize's
// runtimeMsg would also bring its id hashing for messages without one.
// Messages hold no markup: a translation is a string or a str`` template.
_installMsgImplementation(((template, options) => {
  const localized = options?.id === undefined ? undefined : renderingTemplates?.[options.id];
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized) {
    // Translations hold ${0}, ${1} … where the source's values go, perhaps in another order.
    return joinStringsAndValues(localized.strings, (template as StrResult).values, localized.values as number[]);
  }
  // No translation (or Finnish, the source): the template itself, a str`` one joined.
  return typeof template !== 'string' && 'strTag' in template ? joinStringsAndValues(template.strings, template.values) : template;
}) as MsgFn);

/**
 * Resolves once the language's messages are loaded, or returns undefined when
 * they already are. A language whose module fails to load renders in Finnish.
 */
export function languageReady(language: InterfaceLanguage): Promise<void> | undefined {
  if (loaded.has(language)) return undefined;
  let promise = loading.get(language);
  if (!promise) {
    promise = importers[language as TargetLanguage]().then(
      (module) => void loaded.set(language, module.templates),
      (error: unknown) => {
        console.warn(`koske-widgets: the ${language} messages could not be loaded; showing Finnish.`, error);
        loaded.set(language, undefined);
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/** Runs `render` with `msg()` answering in `language` (which must be ready). */
export function renderingIn<T>(language: InterfaceLanguage, render: () => T): T {
  const outer = renderingTemplates;
  renderingTemplates = loaded.get(language);
  try {
    return render();
  } finally {
    renderingTemplates = outer;
  }
}
