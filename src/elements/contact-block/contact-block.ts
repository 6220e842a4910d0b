import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Address, Link, Organisation} from '../../data/types.js';
import {choose} from '../../format/localized.js';
import {countryName} from '../../format/organisation.js';
import {formatPhone} from '../../format/phone.js';
import {icon} from '../icons.js';
import {capped, fact, moreLine, text} from '../render.js';
import {WidgetBase} from '../widget-base.js';
import {styles} from './contact-block.styles.js';

/**
 * How to reach the organisation: visiting address, phone, e-mail, web links
 * and home municipality, every field labelled, inside `<address>`.
 *
 * With `variant="compact"`: phone, e-mail and links on a line or two, their
 * labels kept for screen readers.
 *
 * @summary Contact block.
 * @tagname koske-contact-block
 * @csspart base - The outer box (an `address`).
 * @csspart links - The list of web links.
 */
export class ContactBlock extends WidgetBase {
  static override styles = [WidgetBase.styles, styles];

  protected override renderOrganisation(organisation: Organisation): TemplateResult {
    const {language} = this;
    const {address, contact, links} = organisation;
    const {compact} = this;
    return html`<address part="base" class="base ${compact ? 'compact' : ''}" lang=${language}>
      <dl>
        ${compact ? nothing : fact(msg('Osoite', {id: 'contact-block.address', desc: 'Label: the visiting address.'}), address && this.#address(address), 'address', icon('address'))}
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
          links.length ? this.#links(organisation) : undefined,
          'links',
          compact ? nothing : icon('links'),
        )}
        ${compact ? nothing : fact(
          msg('Kotikunta', {id: 'contact-block.home-municipality', desc: 'Label: the municipality where the organisation is registered.'}),
          contact.homeMunicipality && text(contact.homeMunicipality.name, language),
          'home-municipality',
          icon('home-municipality'),
        )}
      </dl>
    </address>`;
  }

  #address({street, extra, postalCode, locality, country}: Address): TemplateResult {
    const {language} = this;
    const postal = [postalCode, locality && text(locality, language)].filter(Boolean);
    return html`${text(street, language)}${extra ? html`<br />${text(extra, language)}` : nothing}${postal.length
      ? html`<br />${postal.map((part, index) => html`${index ? ' ' : ''}${part}`)}`
      : nothing}${country === 'FI' ? nothing : html`<br />${countryName(country, language)}`}`;
  }

  #links(organisation: Organisation): TemplateResult {
    const {shown, more} = capped(organisation.links);
    return html`<ul part="links" class="links ${this.compact ? 'inline' : ''}">
        ${shown.map((link) => html`<li>${this.#link(link, organisation)}</li>`)}
      </ul>
      ${moreLine(more, this.language)}`;
  }

  /** A web link whose text names the place it leads to: "Facebook", "X (Twitter)". */
  #link({type, url, label}: Link, organisation: Organisation): TemplateResult {
    const {language} = this;
    if (type === 'website') {
      return html`<a href=${url}>${label ? text(label, language) : new URL(url).hostname}</a>`;
    }
    const owner = choose(organisation.shortName ?? organisation.name, language).value;
    const [service, name] =
      type === 'facebook'
        ? ['Facebook', msg(str`${owner} – Facebook`, {id: 'contact-block.facebook', desc: 'Accessible name of a link to the organisation on Facebook. Keep the word Facebook whole: it is the visible text.'})]
        : type === 'instagram'
          ? ['Instagram', msg(str`${owner} – Instagram`, {id: 'contact-block.instagram', desc: 'Accessible name of a link to the organisation on Instagram. Keep the word Instagram whole: it is the visible text.'})]
          : ['X (Twitter)', msg(str`${owner} – X (Twitter)`, {id: 'contact-block.twitter', desc: 'Accessible name of a link to the organisation on X, formerly Twitter. Keep "X (Twitter)" whole: it is the visible text.'})];
    return html`<a href=${url} aria-label=${name}>${service}</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koske-contact-block': ContactBlock;
  }
}
