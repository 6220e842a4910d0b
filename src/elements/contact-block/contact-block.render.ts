/** What <koske-contact-block> shows once its data is there: loaded when first needed (see `WidgetBase.renderer`); a pure function of the data and the options. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Address, Hours, Link, LocalizedText, Organisation, Phone} from '../../data/types.js';
import {choose} from '../../format/localized.js';
import {countryName, mapUrl} from '../../format/address.js';
import {formatPhone, telUrl} from '../../format/phone.js';
import {icon} from '../icons.js';
import {bracketed, capped, fact, heading, phrase, text, unavailable, type Content, type NamedList} from '../render.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import type {ContactOptions} from './contact-block.js';

export {styles} from './contact-block.styles.js';

export function render(organisation: Organisation, options: ContactOptions): TemplateResult {
  const {language, compact, headingLevel} = options;
  const {addresses, contact, hours} = organisation;
  // The compact variant shows the first phone and the first e-mail address.
  const phones = compact ? contact.phones.slice(0, 1) : contact.phones;
  const emails = compact ? contact.emails.slice(0, 1) : contact.emails;
  const facts = [
    compact
      ? nothing
      : fact(
          addresses.length > 1
            ? msg('Osoitteet', {id: 'contact-block.addresses', desc: 'Label: the addresses (visiting, postal…), when there are several.'})
            : msg('Osoite', {id: 'contact-block.address', desc: 'Label: the visiting address.'}),
          items(addresses, (address) => addressLines(address, addresses.length > 1, options)),
          'address',
          icon('address'),
        ),
    fact(
      phones.length > 1
        ? msg('Puhelinnumerot', {id: 'contact-block.phones', desc: 'Label: the phone numbers, when there are several.'})
        : msg('Puhelin', {id: 'contact-block.phone', desc: 'Label: the phone number.'}),
      items(phones, (phone) => phoneItem(phone, options)),
      'phone',
      compact ? nothing : icon('phone'),
    ),
    fact(
      emails.length > 1
        ? msg('Sähköpostiosoitteet', {id: 'contact-block.emails', desc: 'Label: the e-mail addresses, when there are several.'})
        : msg('Sähköposti', {id: 'contact-block.email', desc: 'Label: the e-mail address.'}),
      items(emails, ({address, label}) => labelled(label, html`<a href="mailto:${address}">${address}</a>`, language)),
      'email',
      compact ? nothing : icon('email'),
    ),
    compact || !hours
      ? nothing
      : fact(msg('Aukioloajat', {id: 'contact-block.hours', desc: 'Label: when the organisation is open or can be reached.'}), hoursOf(hours, options), 'hours', icon('hours')),
    fact(
      msg('Verkossa', {id: 'contact-block.links', desc: 'Label: links to the website and social media.'}),
      linkList(organisation, language, compact),
      'links',
      compact ? nothing : icon('links'),
    ),
    compact
      ? nothing
      : fact(
          msg('Kotikunta', {id: 'contact-block.home-municipality', desc: 'Label: the municipality where the organisation is registered.'}),
          contact.homeMunicipality && text(contact.homeMunicipality.name, language),
          'home-municipality',
          icon('home-municipality'),
        ),
  ];
  // Nothing to say, nothing shown: not even the heading.
  if (facts.every((each) => each === nothing)) return html`<div part="base" class="base ${compact ? 'compact' : ''}" lang=${language}></div>`;
  // A heading, as the other two elements have, so that a reader moving by headings finds the
  // block; not inside <address>, which may hold no heading.
  return html`<div part="base" class="base ${compact ? 'compact' : ''}" lang=${language}>
    ${headingLevel === 'none' ? nothing : heading(headingLevel, 'heading', msg('Yhteystiedot', {id: 'contact-block.heading', desc: 'Heading: how to reach the organisation.'}))}
    <address><dl>${facts}</dl></address>
    ${addresses.length || contact.phones.length || contact.emails.length ? saveButton(organisation, options) : nothing}
  </div>`;
}

/**
 * One item as itself, several as a list named by the fact's label: a lone phone or address reads
 * as it did in version 1, and a list of one is noise to a screen reader.
 */
function items<T>(list: readonly T[], item: (each: T) => Content): Content | NamedList | undefined {
  if (list.length <= 1) return list[0] === undefined ? undefined : item(list[0]);
  return (labelledBy) => html`<ul class="items" aria-labelledby=${labelledBy}>
    ${list.map((each) => html`<li>${item(each)}</li>`)}
  </ul>`;
}

/** What an item is for ("Neuvonta") on a line of its own above it. */
function labelled(label: LocalizedText | undefined, content: Content, language: InterfaceLanguage): Content {
  return label ? html`<span class="label">${text(label, language)}</span>${content}` : content;
}

/** The hours, from their own module (loaded for documents that have hours: see ContactBlock). */
function hoursOf(hours: Hours, {hoursRenderer, language, now, openNow}: ContactOptions): Content {
  return hoursRenderer ? hoursRenderer.renderHours(hours, {language, now, openNow}) : nothing;
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

function addressLines(address: Address, several: boolean, options: ContactOptions): Content {
  const {language, compact} = options;
  const {kind, street, extra, postOfficeBox, postalCode, locality, municipality, country, hours} = address;
  // "40100 Jyväskylä" as one phrase, in the language of the locality's name.
  const place = locality && choose(locality, language);
  const postal = place ? phrase([postalCode, place.value].filter(Boolean).join(' '), place.language, language) : postalCode;
  const lines = [street, postOfficeBox, extra].filter((line) => line !== undefined).map((line) => text(line, language));
  // The municipality only where the post office does not already say it (Jyväskylä, 40100 Jyväskylä).
  const inMunicipality = municipality && place?.value !== choose(municipality.name, language).value && text(municipality.name, language);
  if (inMunicipality) lines.push(inMunicipality);
  // Under the address, the place on OpenStreetMap: nothing is asked of a third party until it is followed.
  const url = kind === 'postal' ? undefined : mapUrl(address, language);
  const map = url
    ? html`<br /><a class="map" href=${url}>${msg('Näytä kartalla (OpenStreetMap)', {
        id: 'contact-block.show-on-map',
        desc: 'Link under the address to it on the OpenStreetMap website (same tab). Keep "OpenStreetMap": it names the site.',
      })}</a>`
    : nothing;
  const shownLines = html`${lines.map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}${
    postal ? html`<br />${postal}` : nothing
  }${country === 'FI' ? nothing : html`<br />${countryName(country, language)}`}${map}`;
  const shown = several || kind !== 'visiting' ? html`<span class="label">${addressKind(kind)}</span>${shownLines}` : shownLines;
  return hours && !compact ? html`${shown}${hoursOf(hours, options)}` : shown;
}

/** "Käyntiosoite": what an address is for, when there are several or it is not where to visit. */
function addressKind(kind: Address['kind']): string {
  switch (kind) {
    case 'postal':
      return msg('Postiosoite', {id: 'contact-block.address-postal', desc: 'Label of an address: where to send post.'});
    case 'delivery':
      return msg('Toimitusosoite', {id: 'contact-block.address-delivery', desc: 'Label of an address: where goods are delivered.'});
    default:
      return msg('Käyntiosoite', {id: 'contact-block.address-visiting', desc: 'Label of an address: where to visit.'});
  }
}

/**
 * A number as its kind is used: dialled, texted, or (a fax) only read; with its label above
 * it, what a call costs after it (Finnish law asks service numbers to say), and its hours.
 */
function phoneItem({number, label, kind, charge, hours}: Phone, options: ContactOptions): Content {
  const {language, compact} = options;
  const shown = formatPhone(number, language);
  const dial =
    kind === 'fax'
      ? html`${shown} ${msg('(faksi)', {id: 'contact-block.fax', desc: 'After a fax number, which is shown but not linked.'})}`
      : kind === 'sms'
        ? html`<a href="sms:${number}">${shown}</a> ${msg('(tekstiviesti)', {id: 'contact-block.sms', desc: 'After a number for text messages (SMS), linked to write one.'})}`
        : html`<a href=${telUrl(number)}>${shown}</a>`;
  const cost = charge ? html` <span class="charge">${bracketed(callCharge(charge, language))}</span>` : nothing;
  return html`${labelled(label, html`${dial}${cost}`, language)}${hours && !compact ? hoursOf(hours, options) : nothing}`;
}

/** What a call costs, as Finnish public services write it: "maksuton", "pvm/mpm", or the price in words. */
function callCharge({kind, description}: NonNullable<Phone['charge']>, language: InterfaceLanguage): Content {
  const said =
    kind === 'free'
      ? msg('maksuton', {id: 'contact-block.charge-free', desc: 'What a call costs: nothing (a freephone number). Lower case, after the number in brackets.'})
      : kind === 'local'
        ? html`<abbr
            title=${msg('paikallisverkkomaksu tai matkapuhelinmaksu', {
              id: 'contact-block.charge-local-long',
              desc: 'The normal price of a call, written out: the local network charge or the mobile call charge.',
            })}
            >${msg('pvm/mpm', {id: 'contact-block.charge-local', desc: 'The normal price of a call, abbreviated as Finnish services write it (sv "lna/msa"). Lower case.'})}</abbr
          >`
        : nothing;
  if (!description) return said;
  return kind === 'other' ? text(description, language) : html`${said}, ${text(description, language)}`;
}

/** The web links: a lone one as itself (a list of one is noise to a screen reader), several as a list. */
function linkList(organisation: Organisation, language: InterfaceLanguage, compact: boolean): Content | NamedList | undefined {
  const {links} = organisation;
  if (links.length <= 1) return links[0] && webLink(links[0], organisation, language);
  return (labelledBy) =>
    capped(
      links,
      language,
      (shown) => html`<ul part="links" class="links ${compact ? 'inline' : ''}" aria-labelledby=${labelledBy}>
          ${shown.map((link) => html`<li>${webLink(link, organisation, language)}</li>`)}
        </ul>`,
    );
}

/** A web link whose text names the place it leads to: "Facebook", "X (Twitter)". */
function webLink({type, url, label}: Link, organisation: Organisation, language: InterfaceLanguage): Content {
  if (type === 'website') {
    return label ? text(label, language, url) : html`<a href=${url}>${new URL(url).hostname}</a>`;
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
