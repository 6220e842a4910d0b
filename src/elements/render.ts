/**
 * Small template helpers the three elements share.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {LanguageTag, Localized} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {choose} from '../format/localized.js';
import {numberFormat, pluralRules} from '../format/intl.js';

export type Content = string | TemplateResult | typeof nothing;

/** What every renderer is told besides the data: the interface language, and whether to show the compact variant. */
export interface RenderOptions {
  readonly language: InterfaceLanguage;
  readonly compact: boolean;
}

/**
 * Content text in the element's language or its fallback, linked to `href` when given. Text in
 * another language than the element's carries its own `lang` (WCAG 3.1.2), so screen readers
 * pronounce it right.
 */
export function text(value: Localized<string>, language: InterfaceLanguage, href?: string): Content {
  const chosen = choose(value, language);
  return phrase(chosen.value, chosen.language, language, href);
}

/**
 * One phrase: a string in the language `of`, linked to `href` when given, marked with its `lang`
 * where that is not the element's `language` (on the link itself, not on a span in it). One text
 * node either way, because a screen reader reads adjacent text nodes as separate phrases and a
 * link with more than its text inside as its name and then its pieces: what reads as one phrase
 * ("40100 Jyväskylä", "Name (SHORT)") is put together as one string first.
 */
export function phrase(value: string, of: LanguageTag, language: InterfaceLanguage, href?: string): Content {
  const lang = of === language ? nothing : of;
  if (href !== undefined) return html`<a href=${href} lang=${lang}>${value}</a>`;
  return lang === nothing ? value : html`<span lang=${lang}>${value}</span>`;
}

/** The dot between facts on one line: seen, not read (a screen reader would stop at a lone "·"). */
export const separator = html`<span aria-hidden="true"> · </span>`;

/** "(content)", the brackets seen, not read: a screen reader would stop at each lone bracket. */
export const bracketed = (content: Content): TemplateResult => html`<span aria-hidden="true">(</span>${content}<span aria-hidden="true">)</span>`;

/** A heading at `level` (1–6; anything else counts as 2), so a widget fits the host page's outline. */
export function heading(level: number, id: string, content: Content): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="heading" id=${id}>${content}</h1>`;
    case 3:
      return html`<h3 part="heading" id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 part="heading" id=${id}>${content}</h6>`;
    default:
      return html`<h2 part="heading" id=${id}>${content}</h2>`;
  }
}

/** A fact's value that is a list: rendered by `fact()`, given the id of the label that names it. */
export type NamedList = (labelledBy: string) => Content | Content[] | undefined;

/**
 * One labelled fact of a description list (an icon may go before the label), or nothing when
 * there is no value. A value that is a list (`NamedList`) is named by the label, which is then
 * read once, as the list's name, and hidden where it is shown.
 */
export function fact(label: string, value: Content | Content[] | NamedList | undefined, name: string, decoration: Content = nothing): TemplateResult | typeof nothing {
  if (value === undefined || value === nothing || (Array.isArray(value) && value.length === 0)) return nothing;
  if (typeof value !== 'function') return html`<div class="fact ${name}"><dt>${decoration}${label}</dt><dd>${value}</dd></div>`;
  const id = `${name}-label`;
  return html`<div class="fact ${name}"><dt id=${id} aria-hidden="true">${decoration}${label}</dt><dd>${value(id)}</dd></div>`;
}

/**
 * How many items of one list are shown at most: every Finnish municipality
 * fits, and a hostile document with thousands cannot freeze the page.
 */
const maxShown = 400;

/**
 * A list's items as `show` renders them, at most `maxShown` of them, then
 * "…and 9 600 more" when some were left out; undefined when there are none.
 */
export function capped<T>(items: readonly T[], language: InterfaceLanguage, show: (shown: readonly T[]) => Content | Content[]): Content | Content[] | undefined {
  const more = items.length - maxShown;
  if (more <= 0) return items.length ? show(items) : undefined;
  const count = numberFormat(language).format(more);
  return html`${show(items.slice(0, maxShown))}<p class="more">
    ${
      pluralRules(language).select(more) === 'one'
        ? msg(str`…ja ${count} muu`, {id: 'widget.more-one', desc: 'After a list cut short: how many items are not shown, when that number is one.'})
        : msg(str`…ja ${count} muuta`, {id: 'widget.more-other', desc: 'After a list cut short: how many items are not shown, for any number that is not one.'})
    }
  </p>`;
}

/** "Could not be loaded just now": for the data, and for code loaded on demand (the vCard writer). */
export const unavailable = () =>
  msg('Tietoja ei juuri nyt saatu ladattua. Yritä myöhemmin uudelleen.', {
    id: 'widget.error-unavailable',
    desc: 'Shown when the data, or what a button needs, could not be loaded (network, server or timeout).',
  });
