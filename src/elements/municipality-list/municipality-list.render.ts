/** What <koske-municipality-list> shows once its data is there: loaded when first needed (see `WidgetBase.renderer`); a pure function of the data and the options. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Localized, Municipality, Organisation} from '../../data/types.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import {choose} from '../../format/localized.js';
import {numberFormat, pluralRules} from '../../format/intl.js';
import {sortMunicipalities} from '../../format/places.js';
import {capped, heading, phrase, separator, text, type Content} from '../render.js';
import type {ListOptions} from './municipality-list.js';

export {styles} from './municipality-list.styles.js';

export function render(organisation: Organisation, options: ListOptions): TemplateResult {
  const {region, municipalities} = organisation;
  const {language, compact, headingLevel, map, mapRenderer} = options;
  const count = municipalities.length;
  const shown = numberFormat(language).format(count);
  const countText =
    pluralRules(language).select(count) === 'one'
      ? msg(str`${shown} kunta`, {id: 'municipality-list.count-one', desc: 'How many municipalities, when the number is one (or reads as one).'})
      : msg(str`${shown} kuntaa`, {id: 'municipality-list.count-other', desc: 'How many municipalities, for any number that is not one.'});
  const list = names(sortMunicipalities(municipalities, language), options);
  return html`<div part="base" class="base ${compact ? 'compact' : ''}" lang=${language}>
    ${heading(headingLevel, 'heading', msg('Toiminta-alue', {id: 'municipality-list.heading', desc: 'Heading: the area where the organisation works.'}))}
    <p class="summary">
      ${region ? html`<span part="region">${regionPhrase(region.name, language)}</span>${compact ? separator : html`<br />`}` : nothing}
      <span part="count" id="count" aria-hidden=${list ? 'true' : nothing}>${countText}</span>
    </p>
    ${map && mapRenderer ? mapRenderer.renderArea(organisation, list, options) : list}
  </div>`;
}

/**
 * "Maakunta: Keski-Suomi" as one text node, which a screen reader reads as one phrase; a name in
 * another language than the element's is a phrase of its own, with its `lang`.
 */
function regionPhrase(name: Localized<string>, language: InterfaceLanguage): Content {
  const {value: regionName, language: nameLanguage} = choose(name, language);
  if (nameLanguage === language) {
    return msg(str`Maakunta: ${regionName}`, {
      id: 'municipality-list.region-named',
      desc: 'The region (maakunta) the municipalities are in, after its label: "Maakunta: Keski-Suomi".',
    });
  }
  return html`${`${msg('Maakunta', {id: 'municipality-list.region', desc: 'Label before the region (maakunta) name, when the name is in another language.'})}: `}${phrase(regionName, nameLanguage, language)}`;
}

/**
 * The municipalities' names, each linked to its website where known. With the map, each item
 * can take focus (by its link, or itself), which highlights its shape.
 */
function names(municipalities: readonly Municipality[], {language, compact, map, highlighted}: ListOptions): Content | Content[] | undefined {
  return capped(
    municipalities,
    language,
    // Named by the count, which is read here, once, and not where it is shown (it is hidden there).
    (shown) => html`<ul part="list" class=${compact ? 'inline' : ''} aria-labelledby="count">
        ${shown.map(
          ({code, name, website}) =>
            // No space inside the item: the compact list's comma follows the name.
            html`<li data-code=${map ? code : nothing} class=${map && code === highlighted ? 'highlighted' : nothing} tabindex=${map && !website ? 0 : nothing}
              >${text(name, language, website)}</li
            >`,
        )}
      </ul>`,
  );
}
