/**
 * An organisation as schema.org JSON-LD, for search engines (the card's
 * `structured-data`, and `koske-widgets jsonld`):
 * a `Project` when it has a period of operation, else an `Organization`. Texts
 * are in one language (the card's, with the usual fallbacks), as on the page.
 */
import type {Address, Hours, Localized, NamedBody, Organisation, TimeRange} from '../data/types.js';
import type {InterfaceLanguage} from '../i18n/language.js';
import {choose} from './localized.js';

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

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Minutes from midnight as schema.org's `HH:MM`; the end of the day as 23:59, the form search engines read as "to midnight". */
const clock = (minutes: number) => (minutes === 1440 ? '23:59' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);

/**
 * Hours as schema.org's `OpeningHoursSpecification`s: one per range, with the weekdays that have
 * it; an exception's with `validFrom`/`validThrough`, and a closed one as opens = closes =
 * 00:00, schema.org's way of saying closed. A range past midnight keeps `closes` earlier than
 * `opens`, which schema.org reads as the next day.
 */
function openingHours(hours: Hours, text: (value: Localized<string> | undefined) => string | undefined): Json[] {
  const specification = ({opens, closes}: TimeRange) => ({'@type': 'OpeningHoursSpecification', opens: clock(opens), closes: clock(closes)});
  // The days that share a range, in one specification.
  const byRange = new Map<string, {range: TimeRange; days: string[]}>();
  hours.weekly?.forEach((ranges, day) => {
    for (const range of ranges) {
      const key = `${range.opens} ${range.closes}`;
      const shared = byRange.get(key) ?? {range, days: []};
      shared.days.push(`https://schema.org/${dayNames[day] ?? ''}`);
      byRange.set(key, shared);
    }
  });
  const weekly = [...byRange.values()].map(({range, days}) => ({...specification(range), dayOfWeek: days}));
  const exceptions = hours.exceptions.flatMap(({from, to, hours: ranges, note}) =>
    (ranges.length ? ranges : [{opens: 0, closes: 0}]).map((range) => ({...specification(range), validFrom: from, validThrough: to, description: text(note)})),
  );
  return [...weekly, ...exceptions];
}

export function structuredData(organisation: Organisation, language: InterfaceLanguage): Record<string, unknown> {
  const text = (value: Localized<string> | undefined) => value && choose(value, language).value;
  const body = ({name, shortName, url}: NamedBody) => ({'@type': 'Organization', name: text(name), alternateName: shortName, url});
  const place = ({code, name}: {code: string; name: Localized<string>}) => ({'@type': 'AdministrativeArea', name: text(name), identifier: code});
  const {period, addresses, contact, links, region, hours} = organisation;
  const postalAddress = ({street, extra, postOfficeBox, postalCode, locality, country}: Address) => ({
    '@type': 'PostalAddress',
    streetAddress: [text(street), text(extra)].filter(Boolean).join(', '),
    postOfficeBoxNumber: text(postOfficeBox),
    postalCode,
    addressLocality: text(locality),
    addressCountry: country,
  });
  // The organisation's own hours say when it can be reached: they go with every contact point that has none of its own.
  const reachable = (own: Hours | undefined) => {
    const when = own ?? hours;
    return when && openingHours(when, text);
  };
  const phones = contact.phones.map(({number, label, hours: own}) => ({'@type': 'ContactPoint', name: text(label), telephone: number, hoursAvailable: reachable(own)}));
  const emails = contact.emails.map(({address, label}) => ({'@type': 'ContactPoint', name: text(label), email: address, hoursAvailable: reachable(undefined)}));
  const [phone] = contact.phones;
  const [email] = contact.emails;
  // One phone and one e-mail address with nothing else to say are one way to reach it, as version 1 wrote them.
  const contactPoints =
    contact.phones.length === 1 && contact.emails.length === 1 && !phone?.label && !phone?.hours && !email?.label && !hours
      ? [{'@type': 'ContactPoint', telephone: phone?.number, email: email?.address}]
      : [...phones, ...emails, ...(hours && !phones.length && !emails.length ? [{'@type': 'ContactPoint', hoursAvailable: reachable(undefined)}] : [])];
  // Where it is, with its coordinates and hours: a Place for each address that has either.
  const places = addresses
    .filter((address) => address.coordinates || address.hours)
    .map((address) => ({
      '@type': 'Place',
      address: postalAddress(address),
      geo: address.coordinates && {'@type': 'GeoCoordinates', latitude: address.coordinates.latitude, longitude: address.coordinates.longitude},
      openingHoursSpecification: address.hours && openingHours(address.hours, text),
    }));
  /** One value as itself, several as a list: a version-1 document's JSON-LD stays as it was. */
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
