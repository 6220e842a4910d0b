/** What <koske-org-card> shows once its data is there: loaded when first needed (see `WidgetBase.renderer`); a pure function of the data and the options. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {LanguageTag, Localized, LocalizedText, NamedBody, Organisation} from '../../data/types.js';
import {formatLanguages, formatYears} from '../../format/organisation.js';
import {choose} from '../../format/localized.js';
import {listFormat} from '../../format/intl.js';
import {capped, fact, heading, phrase, separator, text, type Content, type NamedList} from '../render.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import type {CardOptions, OrgCard} from './org-card.js';

export {styles} from './org-card.styles.js';

export function render(organisation: Organisation, {language, compact, headingLevel}: CardOptions): TemplateResult {
  const {administrator, period, description, audience, ageGroup, sector} = organisation;
  if (compact) {
    const summary = [administrator && body(language, administrator), period && html`<span class="nowrap">${formatYears(period.start, period.end, language)}</span>`].filter(
      Boolean,
    );
    return html`<article part="base" class="base compact" lang=${language}>
      ${heading(headingLevel, 'name', text(organisation.name, language))}
      ${summary.length ? html`<p class="summary">${summary.map((item, index) => html`${index ? separator : nothing}${item}`)}</p>` : nothing}
    </article>`;
  }
  // Not named by its heading, which would then be said twice in a row.
  return html`<article part="base" class="base" lang=${language}>
    ${heading(headingLevel, 'name', text(organisation.name, language))}
    ${description ? paragraphs(description, language, 'description') : nothing}
    <dl part="facts">
      ${fact(msg('Hallinnoija', {id: 'org-card.administrator', desc: 'Label: the organisation that administers the project.'}), administrator && body(language, administrator), 'administrator')}
      ${fact(msg('Rahoittaja', {id: 'org-card.funders', desc: 'Label: who funds the project (one or more).'}), funders(language, organisation.funders), 'funders')}
      ${fact(msg('Toiminta-aika', {id: 'org-card.period', desc: 'Label: the years the project runs, such as 2017–2019.'}), period && formatYears(period.start, period.end, language), 'period')}
      ${fact(
        msg('Kohderyhmät', {id: 'org-card.target-groups', desc: 'Label: the groups of people the project is for, each described in a sentence.'}),
        targetGroups(language, organisation.targetGroups),
        'target-groups',
      )}
      ${fact(msg('Kenelle', {id: 'org-card.audience', desc: 'Label: for whom, such as "everyone".'}), audience && text(audience, language), 'audience')}
      ${fact(msg('Ikäryhmä', {id: 'org-card.age-group', desc: 'Label: the age group served, such as "all ages".'}), ageGroup && text(ageGroup, language), 'age-group')}
      ${fact(
        msg('Palvelukielet', {id: 'org-card.languages', desc: 'Label: the languages the organisation serves people in.'}),
        languages(language, organisation.languages),
        'languages',
      )}
      ${fact(msg('Toimiala', {id: 'org-card.sector', desc: 'Label: the field of activity, such as "other".'}), sector && text(sector, language), 'sector')}
      ${fact(msg('Teemat', {id: 'org-card.themes', desc: 'Label: a list of themes.'}), tags(language, organisation.themes), 'themes')}
      ${fact(msg('Avainsanat', {id: 'org-card.keywords', desc: 'Label: a list of keywords.'}), tags(language, organisation.keywords), 'keywords')}
    </dl>
  </article>`;
}

/** "Name (SHORT)", one phrase, linked when the body has a website. */
function body(language: InterfaceLanguage, {name, shortName, url}: NamedBody): Content {
  const chosen = choose(name, language);
  return phrase(shortName ? `${chosen.value} (${shortName})` : chosen.value, chosen.language, language, url);
}

function languages(language: InterfaceLanguage, tags: readonly LanguageTag[]): Content | Content[] | undefined {
  return capped(tags, language, (shown) => formatLanguages(shown, language));
}

function funders(language: InterfaceLanguage, bodies: readonly NamedBody[]): Content | Content[] | undefined {
  return capped(bodies, language, (shown) =>
    joined(
      shown.map((funder) => body(language, funder)),
      language,
    ),
  );
}

function targetGroups(language: InterfaceLanguage, groups: readonly LocalizedText[]): Content | Content[] | undefined {
  return capped(groups, language, (shown) => shown.map((group) => html`<p>${text(group, language)}</p>`));
}

function tags(language: InterfaceLanguage, items: readonly LocalizedText[]): NamedList | undefined {
  if (!items.length) return undefined;
  return (labelledBy) =>
    capped(
      items,
      language,
      (shown) => html`<ul class="tags" aria-labelledby=${labelledBy}>
          ${shown.map((item) => html`<li>${text(item, language)}</li>`)}
        </ul>`,
    );
}

/** Paragraphs in the element's language or its fallback, marked like `text()`. */
function paragraphs(value: Localized<readonly string[]>, language: InterfaceLanguage, part: string): TemplateResult {
  const chosen = choose(value, language);
  return html`<div part=${part} class=${part} lang=${chosen.language === language ? nothing : chosen.language}>
    ${chosen.value.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

/**
 * Items joined as the language joins them ("a, b ja c"), keeping each item's
 * own markup: `Intl.ListFormat` gives the literals, we place the items.
 */
export function joined(items: readonly Content[], language: InterfaceLanguage): Content[] {
  return listFormat(language, 'conjunction')
    .formatToParts(items.map((_, index) => String(index)))
    .map((part) => (part.type === 'element' ? (items[Number(part.value)] ?? '') : part.value));
}

/**
 * Loads the JSON-LD code for a card that asks for structured data, and gives
 * the card its controller, which publishes `published()` from then on.
 */
export function startStructuredData(card: OrgCard, published: () => Organisation | undefined): Promise<void> {
  return import('./structured-data.js').then(
    ({StructuredDataController}) => {
      new StructuredDataController(card, published);
      card.requestUpdate();
    },
    (error: unknown) => console.warn(`<${card.localName} structured-data>: the JSON-LD code could not be loaded; the card adds none.`, error),
  );
}
