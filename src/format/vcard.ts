/**
 * The contact as a vCard 4.0 file (RFC 6350), made from the parsed
 * organisation when a reader asks to save it. Pure functions, loaded with
 * the contact block's save-vcard.ts on that click only, so no page pays for
 * them up front.
 */
import type {Address, LocalizedText, Organisation, Phone} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {countryName, wellFormed} from './address.js';
import {choose} from './localized.js';
import {telUrl} from './phone.js';

/** TEL's TYPE for each kind of number (RFC 6350 §6.4.1), so an address book dials, texts or faxes it. */
const telTypes: Record<Phone['kind'], string> = {phone: 'voice', mobile: 'cell', fax: 'fax', sms: 'text'};

/**
 * ADR's TYPE for each kind of address. vCard 4.0 says only `work` or `home` of an address
 * (RFC 6350 §6.3.1); what it is for, vCard 3.0 said with `postal` and `parcel` (RFC 2426
 * §3.2.1). 4.0 dropped those, but the address books that began with 3.0 still read them, and
 * one that does not keeps the address as `work`. A visiting address stays `work` alone, as
 * version 1 wrote its one address.
 */
const adrTypes: Record<Address['kind'], string> = {visiting: 'work', postal: 'work,postal', delivery: 'work,parcel'};

/**
 * A text value (RFC 6350 §3.4): backslash, comma and semicolon escaped, any
 * line break written `\n`; other control characters are not allowed in a
 * value and are dropped (a tab may stay).
 */
const escape = (value: string) =>
  wellFormed(value)
    .replace(/[\\,;]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- RFC 6350 text holds no control characters but the line breaks escaped above: these are what it drops.
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

/**
 * One content line, folded (RFC 6350 §3.2) so that no physical line has more
 * than 75 octets of UTF-8 before its CRLF: a continuation starts with a
 * space, which counts. Folds fall between code points, so no character's
 * bytes are split.
 */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = character.length > 1 ? 4 : character < '\x80' ? 1 : character < '\u0800' ? 2 : 3;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return `${folded}\r\n`;
}

/**
 * The organisation's contact as vCard 4.0 text, CRLF line ends, content text
 * in `language` (or its fallback, see `choose()`), the country named in it.
 * Only the lines the data has: no ADR, GEO, TEL, EMAIL or URL when absent; an
 * ADR for each address, a TEL for each number, an EMAIL for each address, in
 * the document's order. Call charges and hours have no place in a vCard.
 */
export function vcard(organisation: Organisation, language: InterfaceLanguage): string {
  const {name, addresses, contact, links} = organisation;
  const fn = escape(choose(name, language).value);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${fn}`,
    // N is optional in 4.0, but readers built for 3.0 (where it is required)
    // reject or misfile a card without it. Its components are a person's
    // (family; given; additional; prefixes; suffixes): an organisation has
    // none, and its name in the family slot would file it as a person named
    // so. Empty components let those readers fall back on ORG and FN.
    'N:;;;;',
    `ORG:${fn}`,
  ];
  const text = (value: LocalizedText | undefined) => (value ? escape(choose(value, language).value) : '');
  /** WGS84 coordinates as a geo: URI (RFC 5870), whose default reference system they are. */
  const geoUri = ({latitude, longitude}: NonNullable<Address['coordinates']>) => `geo:${latitude},${longitude}`;
  for (const {kind, street, extra, postOfficeBox, postalCode, locality, municipality, country, coordinates} of addresses) {
    // Each address keeps its own place as ADR's GEO parameter (RFC 6350 §5.10), quoted for its ":".
    const geo = coordinates ? `;GEO="${geoUri(coordinates)}"` : '';
    // Post office box; extended address; street; locality; region; postal code; country.
    // The municipality stands for the post office when the document names none: it is the place a reader looks for.
    lines.push(
      `ADR;TYPE=${adrTypes[kind]}${geo}:${text(postOfficeBox)};${text(extra)};${text(street)};${text(locality ?? municipality?.name)};;${escape(postalCode ?? '')};${escape(countryName(country, language))}`,
    );
  }
  // GEO is where the card's subject is, one place: the first visiting address's that has
  // coordinates (a post office box's post office is not where the organisation is).
  const located = addresses.find(({kind, coordinates}) => kind === 'visiting' && coordinates)?.coordinates;
  if (located) lines.push(`GEO:${geoUri(located)}`);
  // vCard has no label for a number or an e-mail address, so each labelled one is a group
  // (RFC 6350 §3.3) with Apple's X-ABLabel: Apple's and Google's contacts read it as the
  // item's own label, and write it so themselves, and the address books that import from
  // them follow. A reader that knows no X-ABLabel ignores it as an X- property (§6.10) and
  // still has the number. Items without a label stay as they were, ungrouped.
  let groups = 0;
  const labelled = (line: string, label: LocalizedText | undefined) => {
    if (label) {
      const group = `item${++groups}`;
      lines.push(`${group}.${line}`, `${group}.X-ABLabel:${text(label)}`);
    } else {
      lines.push(line);
    }
  };
  // URI values, not text: nothing to escape (tel: URIs of E.164 or national digits, and http(s) URLs, after parsing).
  // A national service number is written as the contact block links it (telUrl): as dialled in Finland.
  for (const {number, kind, label} of contact.phones) labelled(`TEL;VALUE=uri;TYPE=work,${telTypes[kind]}:${telUrl(number)}`, label);
  for (const {address, label} of contact.emails) labelled(`EMAIL;TYPE=work:${escape(address)}`, label);
  for (const {url} of links) lines.push(`URL:${url}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('');
}

/** A file name for the vCard: the short name (else the name) in Latin letters, digits and hyphens. */
export function vcardFileName(organisation: Organisation, language: InterfaceLanguage): string {
  const stem = choose(organisation.shortName ?? organisation.name, language)
    .value.normalize('NFKD')
    .replace(/[^a-z0-9]+/gi, (run) => (/^[\u0300-\u036f]+$/.test(run) ? '' : '-'))
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${stem || 'vcard'}.vcf`;
}
