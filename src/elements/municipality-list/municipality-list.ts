import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Municipality, Organisation} from '../../data/types.js';
import {numberFormat, pluralRules} from '../../format/intl.js';
import {sortMunicipalities} from '../../format/organisation.js';
import {capped, heading, moreLine, text} from '../render.js';
import {WidgetBase} from '../widget-base.js';
import {styles} from './municipality-list.styles.js';

/**
 * The area of operation: the region and the municipalities, in Finnish
 * alphabetical order whatever the interface language, each linked to its
 * website where known.
 *
 * With `variant="compact"`: the region, the count and the names in a run of text.
 *
 * @summary Municipality list.
 * @tagname koske-municipality-list
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart region - The region line.
 * @csspart count - How many municipalities there are.
 * @csspart list - The list (`ul`).
 */
export class MunicipalityList extends WidgetBase {
  static override styles = [WidgetBase.styles, styles];
  static override properties: PropertyDeclarations = {headingLevel: {type: Number, attribute: 'heading-level'}};

  /** Level of the heading, 1–6, so the list fits the host page's outline. */
  headingLevel = 2;

  protected override renderOrganisation({region, municipalities}: Organisation): TemplateResult {
    const {language} = this;
    const count = municipalities.length;
    const shown = numberFormat(language).format(count);
    const countText =
      pluralRules(language).select(count) === 'one'
        ? msg(str`${shown} kunta`, {id: 'municipality-list.count-one', desc: 'How many municipalities, when the number is one (or reads as one).'})
        : msg(str`${shown} kuntaa`, {id: 'municipality-list.count-other', desc: 'How many municipalities, for any number that is not one.'});
    const {compact} = this;
    return html`<div part="base" class="base ${compact ? 'compact' : ''}" lang=${language}>
      ${heading(this.headingLevel, 'heading', msg('Toiminta-alue', {id: 'municipality-list.heading', desc: 'Heading: the area where the organisation works.'}))}
      <p class="summary">
        ${region
          ? html`<span part="region">${msg('Maakunta', {id: 'municipality-list.region', desc: 'Label before the region (maakunta) name.'})}:
                ${text(region.name, language)}</span
              >${compact ? ' · ' : html`<br />`}`
          : nothing}
        <span part="count" id="count">${countText}</span>
      </p>
      ${count ? this.#list(sortMunicipalities(municipalities, language)) : nothing}
    </div>`;
  }

  #list(municipalities: readonly Municipality[]): TemplateResult {
    const {language} = this;
    const {shown, more} = capped(municipalities);
    return html`<ul part="list" class=${this.compact ? 'inline' : ''} aria-labelledby="heading count">
        ${shown.map(({name, website}) => html`<li>${website ? html`<a href=${website}>${text(name, language)}</a>` : text(name, language)}</li>`)}
      </ul>
      ${moreLine(more, language)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-municipality-list': MunicipalityList;
  }
}
