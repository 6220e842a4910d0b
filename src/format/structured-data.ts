/**
 * An organisation as schema.org JSON-LD, for search engines (the card's
 * `structured-data`, and `koske-widgets jsonld`):
 * a `Project` when it has a period of operation, else an `Organization`. Texts
 * are in one language (the card's, with the usual fallbacks), as on the page.
 */
import type {Localized, NamedBody, Organisation} from '../data/types.js';
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

export function structuredData(organisation: Organisation, language: InterfaceLanguage): Record<string, unknown> {
  const text = (value: Localized<string> | undefined) => value && choose(value, language).value;
  const body = ({name, shortName, url}: NamedBody) => ({'@type': 'Organization', name: text(name), alternateName: shortName, url});
  const place = ({code, name}: {code: string; name: Localized<string>}) => ({'@type': 'AdministrativeArea', name: text(name), identifier: code});
  const {period, address, contact, links, region} = organisation;
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
    address: address && {
      '@type': 'PostalAddress',
      streetAddress: [text(address.street), text(address.extra)].filter(Boolean).join(', '),
      postalCode: address.postalCode,
      addressLocality: text(address.locality),
      addressCountry: address.country,
    },
    contactPoint: {'@type': 'ContactPoint', telephone: contact.phone, email: contact.email},
    areaServed: [...(region ? [place(region)] : []), ...organisation.municipalities.map(place)],
    url: links.find((link) => link.type === 'website')?.url,
    sameAs: links.filter((link) => link.type !== 'website').map((link) => link.url),
  }) as Record<string, unknown>;
}
