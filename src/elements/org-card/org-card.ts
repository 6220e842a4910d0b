import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {LanguageTag, LocalizedText, NamedBody, Organisation} from '../../data/types.js';
import {formatLanguages, formatYears} from '../../format/organisation.js';
import {capped, fact, heading, joined, moreLine, paragraphs, text} from '../render.js';
import {WidgetBase} from '../widget-base.js';
import {styles} from './org-card.styles.js';

/**
 * The card of an organisation or project: its name, administrator, funders,
 * period, description, target groups, languages served, sector, themes and
 * keywords.
 *
 * With `variant="compact"`: the name, the administrator and the period.
 *
 * @summary Organisation card.
 * @tagname koske-org-card
 * @csspart base - The card (an `article`).
 * @csspart heading - The name.
 * @csspart description - The description's paragraphs.
 * @csspart facts - The labelled facts below the description.
 */
export class OrgCard extends WidgetBase {
  static override styles = [WidgetBase.styles, styles];
  static override properties: PropertyDeclarations = {headingLevel: {type: Number, attribute: 'heading-level'}};

  /** Level of the card's heading, 1–6, so the card fits the host page's outline. */
  headingLevel = 2;

  protected override renderOrganisation(organisation: Organisation): TemplateResult {
    const {language} = this;
    const {administrator, period, description, audience, ageGroup, sector} = organisation;
    if (this.compact) {
      const summary = [administrator && this.#body(administrator), period && html`<span class="nowrap">${formatYears(period.start, period.end, language)}</span>`].filter(Boolean);
      return html`<article part="base" class="base compact" lang=${language} aria-labelledby="name">
        ${heading(this.headingLevel, 'name', text(organisation.name, language))}
        ${summary.length ? html`<p class="summary">${summary.map((item, index) => html`${index ? ' · ' : ''}${item}`)}</p>` : nothing}
      </article>`;
    }
    return html`<article part="base" class="base" lang=${language} aria-labelledby="name">
      ${heading(this.headingLevel, 'name', text(organisation.name, language))}
      ${description ? paragraphs(description, language, 'description') : nothing}
      <dl part="facts">
        ${fact(msg('Hallinnoija', {id: 'org-card.administrator', desc: 'Label: the organisation that administers the project.'}), administrator && this.#body(administrator), 'administrator')}
        ${fact(
          msg('Rahoittaja', {id: 'org-card.funders', desc: 'Label: who funds the project (one or more).'}),
          this.#funders(organisation.funders),
          'funders',
        )}
        ${fact(msg('Toiminta-aika', {id: 'org-card.period', desc: 'Label: the years the project runs, such as 2017–2019.'}), period && formatYears(period.start, period.end, language), 'period')}
        ${fact(
          msg('Kohderyhmät', {id: 'org-card.target-groups', desc: 'Label: the groups of people the project is for, each described in a sentence.'}),
          this.#targetGroups(organisation.targetGroups),
          'target-groups',
        )}
        ${fact(msg('Kenelle', {id: 'org-card.audience', desc: 'Label: for whom, such as "everyone".'}), audience && text(audience, language), 'audience')}
        ${fact(msg('Ikäryhmä', {id: 'org-card.age-group', desc: 'Label: the age group served, such as "all ages".'}), ageGroup && text(ageGroup, language), 'age-group')}
        ${fact(
          msg('Palvelukielet', {id: 'org-card.languages', desc: 'Label: the languages the organisation serves people in.'}),
          this.#languages(organisation.languages),
          'languages',
        )}
        ${fact(msg('Toimiala', {id: 'org-card.sector', desc: 'Label: the field of activity, such as "other".'}), sector && text(sector, language), 'sector')}
        ${fact(msg('Teemat', {id: 'org-card.themes', desc: 'Label: a list of themes.'}), this.#tags(organisation.themes), 'themes')}
        ${fact(msg('Avainsanat', {id: 'org-card.keywords', desc: 'Label: a list of keywords.'}), this.#tags(organisation.keywords), 'keywords')}
      </dl>
    </article>`;
  }

  /** "Name (SHORT)", linked when the body has a website. */
  #body({name, shortName, url}: NamedBody): TemplateResult {
    const label = html`${text(name, this.language)}${shortName ? ` (${shortName})` : ''}`;
    return url ? html`<a href=${url}>${label}</a>` : label;
  }

  #languages(tags: readonly LanguageTag[]): TemplateResult | undefined {
    if (tags.length === 0) return undefined;
    const {shown, more} = capped(tags);
    return html`${formatLanguages(shown, this.language)}${moreLine(more, this.language)}`;
  }

  #funders(funders: readonly NamedBody[]): TemplateResult | undefined {
    if (funders.length === 0) return undefined;
    const {shown, more} = capped(funders);
    return html`${joined(
      shown.map((funder) => this.#body(funder)),
      this.language,
    )}${moreLine(more, this.language)}`;
  }

  #targetGroups(groups: readonly LocalizedText[]): TemplateResult | undefined {
    if (groups.length === 0) return undefined;
    const {shown, more} = capped(groups);
    return html`${shown.map((group) => html`<p>${text(group, this.language)}</p>`)}${moreLine(more, this.language)}`;
  }

  #tags(items: readonly LocalizedText[]): TemplateResult | undefined {
    if (items.length === 0) return undefined;
    const {shown, more} = capped(items);
    return html`<ul class="tags">
        ${shown.map((item) => html`<li>${text(item, this.language)}</li>`)}
      </ul>
      ${moreLine(more, this.language)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-org-card': OrgCard;
  }
}
