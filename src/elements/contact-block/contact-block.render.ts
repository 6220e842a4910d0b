/** What <koske-contact-block> shows once its data is there: loaded when first needed (see `WidgetBase.renderer`); a pure function of the data and the options. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Address, Link, Organisation} from '../../data/types.js';
import {choose} from '../../format/localized.js';
import {countryName, mapSearchUrl} from '../../format/address.js';
import {formatPhone} from '../../format/phone.js';
import {icon} from '../icons.js';
import {capped, fact, text, unavailable, type Content} from '../render.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import type {ContactOptions} from './contact-block.js';

export {styles} from './contact-block.styles.js';

export function render(organisation: Organisation, options: ContactOptions): TemplateResult {
  const {language, compact} = options;
  const {address, contact} = organisation;
  return html`<address part="base" class="base ${compact ? 'compact' : ''}" lang=${language}>
    <dl>
      ${compact ? nothing : fact(msg('Osoite', {id: 'contact-block.address', desc: 'Label: the visiting address.'}), address && addressLines(address, language), 'address', icon('address'))}
      ${fact(
        msg('Puhelin', {id: 'contact-block.phone', desc: 'Label: the phone number.'}),
        contact.phone && html`<a href="tel:${contact.phone}">${formatPhone(contact.phone, language)}</a>`,
        'phone',
        compact ? nothing : icon('phone'),
      )}
      ${fact(
        msg('Sähköposti', {id: 'contact-block.email', desc: 'Label: the e-mail address.'}),
        contact.email && html`<a href="mailto:${contact.email}">${contact.email}</a>`,
        'email',
        compact ? nothing : icon('email'),
      )}
      ${fact(
        msg('Verkossa', {id: 'contact-block.links', desc: 'Label: links to the website and social media.'}),
        linkList(organisation, language, compact),
        'links',
        compact ? nothing : icon('links'),
      )}
      ${
        compact
          ? nothing
          : fact(
              msg('Kotikunta', {id: 'contact-block.home-municipality', desc: 'Label: the municipality where the organisation is registered.'}),
              contact.homeMunicipality && text(contact.homeMunicipality.name, language),
              'home-municipality',
              icon('home-municipality'),
            )
      }
    </dl>
    ${address || contact.phone || contact.email ? saveButton(organisation, options) : nothing}
  </address>`;
}

/**
 * Saves the contact to the reader's address book as a vCard file. The code
 * loads on the first click, not before: most readers never press it.
 */
function saveButton(organisation: Organisation, {language, saveFailed, saved}: ContactOptions): TemplateResult {
  const save = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    import('./save-vcard.js').then(
      ({saveVcard}) => (saved(false), saveVcard(organisation, language, button)),
      (error: unknown) => (saved(true), console.warn(`<koske-contact-block>: the vCard writer could not be loaded (${String(error)})`)),
    );
  };
  return html`<button part="save" type="button" @click=${save}>
      ${msg('Tallenna yhteystiedot (vCard)', {
        id: 'contact-block.save-vcard',
        desc: 'Button that saves the contact details as a vCard file, for an address book. Keep "vCard": it names the file type.',
      })}
    </button>
    ${saveFailed ? html`<p role="alert">${unavailable()}</p>` : nothing}`;
}

function addressLines(address: Address, language: InterfaceLanguage): TemplateResult {
  const {street, extra, postalCode, locality, country} = address;
  const postal = [postalCode, locality && text(locality, language)].filter(Boolean);
  // Under the address, a search for it on OpenStreetMap: nothing is asked of a third party until it is followed.
  const map = html`<br /><a class="map" href=${mapSearchUrl(address, language)}>${msg('Näytä kartalla (OpenStreetMap)', {
    id: 'contact-block.show-on-map',
    desc: 'Link under the address to a search for it on the OpenStreetMap website (same tab). Keep "OpenStreetMap": it names the site.',
  })}</a>`;
  return html`${text(street, language)}${extra ? html`<br />${text(extra, language)}` : nothing}${
    postal.length ? html`<br />${postal.map((part, index) => html`${index ? ' ' : ''}${part}`)}` : nothing
  }${country === 'FI' ? nothing : html`<br />${countryName(country, language)}`}${map}`;
}

function linkList(organisation: Organisation, language: InterfaceLanguage, compact: boolean): Content | Content[] | undefined {
  return capped(
    organisation.links,
    language,
    (shown) => html`<ul part="links" class="links ${compact ? 'inline' : ''}">
        ${shown.map((link) => html`<li>${webLink(link, organisation, language)}</li>`)}
      </ul>`,
  );
}

/** A web link whose text names the place it leads to: "Facebook", "X (Twitter)". */
function webLink({type, url, label}: Link, organisation: Organisation, language: InterfaceLanguage): TemplateResult {
  if (type === 'website') {
    return html`<a href=${url}>${label ? text(label, language) : new URL(url).hostname}</a>`;
  }
  const owner = choose(organisation.shortName ?? organisation.name, language).value;
  const [service, name] =
    type === 'facebook'
      ? [
          'Facebook',
          msg(str`${owner} – Facebook`, {
            id: 'contact-block.facebook',
            desc: 'Accessible name of a link to the organisation on Facebook. Keep the word Facebook whole: it is the visible text.',
          }),
        ]
      : type === 'instagram'
        ? [
            'Instagram',
            msg(str`${owner} – Instagram`, {
              id: 'contact-block.instagram',
              desc: 'Accessible name of a link to the organisation on Instagram. Keep the word Instagram whole: it is the visible text.',
            }),
          ]
        : [
            'X (Twitter)',
            msg(str`${owner} – X (Twitter)`, {
              id: 'contact-block.twitter',
              desc: 'Accessible name of a link to the organisation on X, formerly Twitter. Keep "X (Twitter)" whole: it is the visible text.',
            }),
          ];
  return html`<a href=${url} aria-label=${name}>${service}</a>`;
}
