/**
 * The contact as a vCard 4.0 file (RFC 6350), made from the parsed
 * organisation when a reader asks to save it. Pure functions, loaded with
 * the contact block's save-vcard.ts on that click only, so no page pays for
 * them up front.
 */
import type {LocalizedText, Organisation, Phone} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {countryName, wellFormed} from './address.js';
import {choose} from './localized.js';
import {telUrl} from './phone.js';

/** vCard's TEL types for each kind of number (RFC 6350 §6.4.1). */
const telTypes: Record<Phone['kind'], string> = {phone: 'voice', mobile: 'cell', fax: 'fax', sms: 'text'};

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
 * Only the lines the data has: no ADR, TEL, EMAIL or URL when absent.
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
  for (const {street, extra, postOfficeBox, postalCode, locality, country, coordinates} of addresses) {
    // Where it is, as RFC 6350's GEO parameter of the address (§5.10): the card's GEO below is one place only.
    const geo = coordinates ? `;GEO="geo:${coordinates.latitude},${coordinates.longitude}"` : '';
    // Post office box; extended address; street; locality; region; postal code; country.
    lines.push(
      `ADR;TYPE=work${geo}:${text(postOfficeBox)};${text(extra)};${text(street)};${text(locality)};;${escape(postalCode ?? '')};${escape(countryName(country, language))}`,
    );
  }
  const located = addresses.find(({coordinates}) => coordinates)?.coordinates;
  if (located) lines.push(`GEO:geo:${located.latitude},${located.longitude}`);
  // A label goes with its number or address as address books read it: the property and an
  // X-ABLabel in one group (Apple's and Google's contacts, and most that import from them);
  // vCard itself has no label for TEL or EMAIL. Items without a label stay ungrouped.
  let group = 0;
  const labelled = (line: string, label: LocalizedText | undefined) => {
    if (!label) return lines.push(line);
    group++;
    return lines.push(`item${group}.${line}`, `item${group}.X-ABLabel:${text(label)}`);
  };
  // URI values, not text: nothing to escape (tel: URIs and http(s) URLs after parsing).
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
