/**
 * An organisation as schema.org JSON-LD, for search engines (the card's
 * `structured-data`, and `koske-widgets jsonld`):
 * a `Project` when it has a period of operation, else an `Organization`. Texts
 * are in one language (the card's, with the usual fallbacks), as on the page.
 */
import type {Address, Email, Hours, Localized, NamedBody, Organisation, Phone, TimeRange} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {choose} from './localized.js';
import {isNationalServiceNumber} from './phone.js';

type Json = string | number | Json[] | {[key: string]: Json | undefined} | undefined;

/** Drops empty values (undefined, '', [], {} with nothing left), so the JSON-LD says only what is known. */
function pruned(value: Json): Json {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, pruned(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.some(([key]) => !key.startsWith('@')) ? Object.fromEntries(entries) : undefined;
  }
  return value === '' ? undefined : value;
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Minutes from midnight as schema.org's `Time`, `HH:MM`. The end of the day is 23:59, the way
 * Google documents "until midnight": 24:00 is no `Time`, and 00:00 would say closed after an
 * opening at 00:00.
 */
const time = (minutes: number) => {
  const shown = Math.min(minutes, 1439);
  return `${String(Math.floor(shown / 60)).padStart(2, '0')}:${String(shown % 60).padStart(2, '0')}`;
};

/**
 * Hours as schema.org's `OpeningHoursSpecification`s. The week: one per range, with every
 * weekday that has it. A range past midnight keeps its `closes` earlier than its `opens`,
 * which schema.org reads as the next day. Then each exception, valid from its first day
 * through its last: one per range, or a closed one as opens = closes = 00:00 (schema.org's
 * and Google's way of saying closed), its note as the description.
 */
function openingHours(hours: Hours, text: (value: Localized<string> | undefined) => string | undefined): Json[] {
  const days = new Map<string, {range: TimeRange; dayOfWeek: string[]}>();
  hours.weekly?.forEach((ranges, day) => {
    for (const range of ranges) {
      const key = `${range.opens}-${range.closes}`;
      const shared = days.get(key) ?? {range, dayOfWeek: []};
      shared.dayOfWeek.push(`https://schema.org/${weekdays[day] ?? ''}`);
      days.set(key, shared);
    }
  });
  const specification = ({opens, closes}: TimeRange) => ({'@type': 'OpeningHoursSpecification', opens: time(opens), closes: time(closes)});
  const closed = {opens: 0, closes: 0};
  return [
    ...[...days.values()].map(({range, dayOfWeek}) => ({...specification(range), dayOfWeek})),
    ...hours.exceptions.flatMap(({from, to, hours: ranges, note}) =>
      (ranges.length ? ranges : [closed]).map((range) => ({...specification(range), validFrom: from, validThrough: to, description: text(note)})),
    ),
  ];
}

/**
 * Where each part of the data goes, and why there:
 * - `address`: a `PostalAddress` for every address, post office boxes too, in the document's order.
 * - `location`: a `Place` for each address that has coordinates or hours. `geo` and
 *   `openingHoursSpecification` are a place's properties, not an organisation's, and a place
 *   says which address they are of.
 * - `contactPoint`: a `ContactPoint` for each number (a fax as `faxNumber`) and each e-mail
 *   address, its label as the `name`, its hours as `hoursAvailable`.
 * - The organisation's own `hours` are when it can be reached or visited: they are the hours of
 *   every contact point and every visiting address that has none of its own. With neither,
 *   they are a contact point's alone, so that they are said somewhere.
 * One value is given as itself and several as a list, so a version-1 document's JSON-LD is
 * what it was.
 */
export function structuredData(organisation: Organisation, language: InterfaceLanguage): Record<string, unknown> {
  const text = (value: Localized<string> | undefined) => value && choose(value, language).value;
  const body = ({name, shortName, url}: NamedBody) => ({'@type': 'Organization', name: text(name), alternateName: shortName, url});
  const place = ({code, name}: {code: string; name: Localized<string>}) => ({'@type': 'AdministrativeArea', name: text(name), identifier: code});
  const {period, addresses, contact, links, region, hours} = organisation;
  /** The hours of a contact point or a visiting address: its own, else the organisation's. */
  const ownOrOrganisationHours = (own: Hours | undefined) => {
    const when = own ?? hours;
    return when && openingHours(when, text);
  };
  const postalAddress = ({street, extra, postOfficeBox, postalCode, locality, municipality, country}: Address) => ({
    '@type': 'PostalAddress',
    streetAddress: [text(street), text(extra)].filter(Boolean).join(', '),
    postOfficeBoxNumber: text(postOfficeBox),
    postalCode,
    // The municipality stands for the post office when the document names none: it is the place a reader looks for.
    addressLocality: text(locality ?? municipality?.name),
    addressCountry: country,
  });
  const places = addresses.flatMap((address) => {
    const {kind, coordinates} = address;
    // A postal or delivery address is not where the organisation is visited: it has only its own hours.
    const opening = kind === 'visiting' ? ownOrOrganisationHours(address.hours) : address.hours && openingHours(address.hours, text);
    if (!coordinates && !opening?.length) return [];
    return [{'@type': 'Place', address: postalAddress(address), geo: coordinates && {'@type': 'GeoCoordinates', ...coordinates}, openingHoursSpecification: opening}];
  });
  const phonePoint = ({number, kind, label, charge, hours: own}: Phone) => ({
    '@type': 'ContactPoint',
    name: text(label),
    [kind === 'fax' ? 'faxNumber' : 'telephone']: number,
    contactOption: charge?.kind === 'free' ? 'https://schema.org/TollFree' : undefined,
    // What a call costs in words ("1,20 €/min + pvm"): a contact point has no property for a price.
    description: text(charge?.description),
    // A service number that cannot be dialled from abroad serves Finland alone: without
    // areaServed, a contact point's number is read as reachable from anywhere.
    areaServed: isNationalServiceNumber(number) ? 'FI' : undefined,
    hoursAvailable: ownOrOrganisationHours(own),
  });
  const emailPoint = ({address, label}: Email) => ({'@type': 'ContactPoint', name: text(label), email: address, hoursAvailable: ownOrOrganisationHours(undefined)});
  const [phone] = contact.phones;
  const [email] = contact.emails;
  // A number and an e-mail address that say nothing else of themselves (as version 1's do) are
  // one way to reach the organisation: one contact point with both, as version 1 wrote them.
  const onlyNumberAndEmail =
    contact.phones.length === 1 && contact.emails.length === 1 && phone?.kind === 'phone' && !phone.label && !phone.charge && !phone.hours && !email?.label;
  const contactPoints: Json[] =
    onlyNumberAndEmail && email ? [{...phonePoint(phone), email: email.address}] : [...contact.phones.map(phonePoint), ...contact.emails.map(emailPoint)];
  const hoursSaid = contactPoints.length > 0 || addresses.some((address) => address.kind === 'visiting' && !address.hours);
  if (hours && !hoursSaid) contactPoints.push({'@type': 'ContactPoint', hoursAvailable: openingHours(hours, text)});
  const oneOrMore = (values: Json[]) => (values.length === 1 ? values[0] : values);
  return pruned({
    '@context': 'https://schema.org',
    '@type': period ? 'Project' : 'Organization',
    name: text(organisation.name),
    alternateName: text(organisation.shortName),
    description: organisation.description && choose(organisation.description, language).value.join('\n\n'),
    parentOrganization: organisation.administrator && body(organisation.administrator),
    funder: organisation.funders.map(body),
    foundingDate: period && String(period.start),
    dissolutionDate: period?.end === undefined ? undefined : String(period.end),
    knowsLanguage: [...organisation.languages],
    knowsAbout: organisation.themes.map(text),
    keywords: organisation.keywords.map(text).join(', '),
    address: oneOrMore(addresses.map(postalAddress)),
    location: oneOrMore(places),
    contactPoint: oneOrMore(contactPoints),
    areaServed: [...(region ? [place(region)] : []), ...organisation.municipalities.map(place)],
    url: links.find((link) => link.type === 'website')?.url,
    sameAs: links.filter((link) => link.type !== 'website').map((link) => link.url),
  }) as Record<string, unknown>;
}
