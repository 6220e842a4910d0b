// The PTV (Suomi.fi Service Catalogue) v11 read API → the koske-widgets data
// format, version 1. PTV data is written by many hands over many API
// versions, so every field is read defensively: a missing list is empty, an
// unknown field is ignored, a value of the wrong type is skipped. What the
// format has no field for is not dropped silently: it is said in a note.
// Values are judged by the widgets' own rules (dist/koske-widgets-library.js,
// built from src/library.ts), so what is written here is what they show.
// Plain JavaScript without node: imports, so a browser can run it too.
import {e164, emailAddress, isLanguageTag, isObject, shapes, webUrl as absoluteUrl} from '../../dist/koske-widgets-library.js';
import {PtvError} from './error.js';

/** @typedef {import('../../src/data/types.js').DocumentV1} DocumentV1 */
/** @typedef {Record<string, string>} Texts language → text */
/** @typedef {Record<string, unknown>} Json */
/** @typedef {{street: Texts, extra?: Texts, postalCode?: string, locality?: Texts, country?: string}} Address an address as this importer writes it */
/** @typedef {{code: string, name: Texts}} Area a municipality or region */

// Finnish first, then Swedish and English: the order PTV's own editor shows.
const languageOrder = ['fi', 'sv', 'en'];

/**
 * The objects of a list; anything else (absent, null, a string) is an empty list.
 * @param {unknown} value
 * @returns {Json[]}
 */
const objects = (value) => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * A trimmed non-empty string (numbers as written), or undefined.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function string(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * `FI`, ` fi ` → `fi`; items without a language are Finnish, PTV's main language.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function language(value) {
  const tag = string(value)?.toLowerCase() ?? 'fi';
  return isLanguageTag(tag) ? tag : undefined;
}

/**
 * The same texts with fi, sv and en first, the rest in the order given.
 * @param {Texts} texts
 * @returns {Texts}
 */
function ordered(texts) {
  const keys = Object.keys(texts);
  const sorted = [...languageOrder.filter((tag) => keys.includes(tag)), ...keys.filter((tag) => !languageOrder.includes(tag))];
  return Object.fromEntries(sorted.map((tag) => [tag, texts[tag]]));
}

/**
 * PTV's multilingual list (`[{language, value}]`) as language → text, the first value of each
 * language kept; undefined when no language has one.
 * @param {unknown} items
 * @param {(text: string) => string} [map]
 * @returns {Texts | undefined}
 */
function localized(items, map = (text) => text) {
  /** @type {Texts} */
  const texts = {};
  for (const item of objects(items)) {
    const tag = language(item.language);
    const value = string(item.value);
    if (tag && value !== undefined && !(tag in texts)) texts[tag] = map(value);
  }
  return Object.keys(texts).length ? ordered(texts) : undefined;
}

/**
 * The Finnish text, else the first one: for naming a value in a note.
 * @param {Texts | undefined} texts
 * @returns {string | undefined}
 */
const anyText = (texts) => (texts ? (texts.fi ?? Object.values(texts)[0]) : undefined);

/**
 * Paragraphs separated by a blank line, as the format wants; PTV separates them by line breaks.
 * @param {string} text
 * @returns {string}
 */
const paragraphs = (text) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');

/**
 * A post office as written in normal case: PTV gives them in capitals as the postal code
 * register has them. `JYVÄSKYLÄ` → `Jyväskylä`, `NORR-BROBY` → `Norr-Broby`,
 * `KORPILAHTI-MUURAME` → `Korpilahti-Muurame`. Text that already has small letters is kept.
 * @param {string} text
 * @returns {string}
 */
export function normalCase(text) {
  if (/\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s\-–'’.(/])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase());
}

/**
 * A code of digits padded with leading zeros (`20` → `020`), or undefined when it is not one.
 * @param {unknown} value
 * @param {number} length
 * @returns {string | undefined}
 */
function code(value, length) {
  const digits = string(value);
  if (digits === undefined || !/^\d+$/.test(digits) || digits.length > length) return undefined;
  return digits.padStart(length, '0');
}

const nameTypes = {name: 'Name', alternative: 'AlternativeName'};
/**
 * A name's type as v11 spells it; version 7 and older spelt it AlternateName.
 * @param {unknown} value
 * @returns {string | undefined}
 */
const typeOf = (value) => (/^alternat(e|ive)name$/i.test(string(value) ?? '') ? nameTypes.alternative : /^name$/i.test(string(value) ?? '') ? nameTypes.name : string(value));

/**
 * The name to show per language, chosen by `displayNameType` (a list of `{type, language}`
 * in v11, one string for every language in older versions), and the alternative names.
 * @param {Json} organization
 * @param {string[]} notes
 * @returns {{name: Texts | undefined, shortName: Texts | undefined}}
 */
function names(organization, notes) {
  const items = objects(organization.organizationNames);
  /** @type {Record<string, string | undefined>} */
  const display = {};
  if (typeof organization.displayNameType === 'string') {
    display['*'] = typeOf(organization.displayNameType);
  } else {
    for (const item of objects(organization.displayNameType)) {
      const tag = language(item.language);
      if (tag) display[tag] = typeOf(item.type);
    }
  }
  /** @param {string} type */
  const byType = (type) => localized(items.filter((item) => typeOf(item.type) === type));
  const official = byType(nameTypes.name) ?? {};
  const alternative = byType(nameTypes.alternative) ?? {};
  // Names of any other type count when a language has nothing else.
  const other = localized(items) ?? {};
  /** @type {Texts} */
  const name = {};
  /** @type {Texts} */
  const shortName = {};
  for (const tag of Object.keys(other)) {
    const wanted = display[tag] ?? display['*'] ?? nameTypes.name;
    name[tag] = (wanted === nameTypes.alternative ? alternative[tag] : undefined) ?? official[tag] ?? alternative[tag] ?? other[tag];
    if (name[tag] === alternative[tag] && official[tag] !== undefined && official[tag] !== name[tag]) {
      notes.push(`organizationNames: the official name "${official[tag]}" (${tag}) is left out: displayNameType shows the alternative name`);
    }
    if (alternative[tag] !== undefined && alternative[tag] !== name[tag]) shortName[tag] = alternative[tag];
  }
  return {name: Object.keys(name).length ? ordered(name) : undefined, shortName: Object.keys(shortName).length ? ordered(shortName) : undefined};
}

/**
 * Description per language; the summary where there is no description.
 * @param {unknown} items
 * @returns {Texts | undefined}
 */
function description(items) {
  const all = objects(items);
  /** @param {RegExp} pattern */
  const of = (pattern) =>
    localized(
      all.filter((item) => pattern.test(string(item.type) ?? '')),
      paragraphs,
    ) ?? {};
  const texts = {...of(/^(summary|shortdescription)$/i), ...of(/^description$/i)};
  return Object.keys(texts).length ? ordered(texts) : undefined;
}

/**
 * A municipality or region as `{code, name}`; undefined (with a note) when either is missing.
 * @param {unknown} value
 * @param {number} length digits of the code
 * @param {string} what the kind of area, for the note
 * @param {string[]} notes
 * @returns {Area | undefined}
 */
function area(value, length, what, notes) {
  if (!isObject(value)) return undefined;
  const areaCode = code(value.code, length);
  const name = localized(value.name) ?? localized(value.names);
  if (areaCode && name) return {code: areaCode, name};
  notes.push(`${what} ${JSON.stringify(string(value.code) ?? anyText(name) ?? '?')} is left out: it has no ${areaCode ? 'name' : `${length}-digit code`}`);
  return undefined;
}

/**
 * Region and municipalities from `areas` (and `areaMunicipalities`); other kinds of area go to the notes.
 * @param {Json} organization
 * @param {string[]} notes
 */
function areas(organization, notes) {
  /** @type {Area[]} */
  const regions = [];
  /** @type {Area[]} */
  const municipalities = [];
  /** @param {unknown} value */
  const addMunicipality = (value) => {
    const municipality = area(value, 3, 'the municipality', notes);
    if (municipality && !municipalities.some((each) => each.code === municipality.code)) municipalities.push(municipality);
  };
  for (const item of objects(organization.areas)) {
    const type = string(item.type)?.toLowerCase();
    if (type === 'municipality') addMunicipality(item);
    // Version 7 and older called regions provinces.
    else if (type === 'region' || type === 'province') {
      const region = area(item, 2, 'the region', notes);
      if (region && !regions.some((each) => each.code === region.code)) regions.push(region);
    } else {
      notes.push(
        `areas: the ${string(item.type) ?? 'untyped'} area "${anyText(localized(item.name)) ?? string(item.code) ?? '?'}" is left out: the format has regions and municipalities only`,
      );
    }
  }
  for (const item of objects(organization.areaMunicipalities)) addMunicipality(item);
  for (const extra of regions.slice(1)) {
    notes.push(`areas: the region ${extra.code} "${anyText(extra.name)}" is left out: the format has one region`);
  }
  const areaType = string(organization.areaType);
  if (areaType && /^(nationwide|wholecountry)/i.test(areaType)) {
    notes.push(`areaType ${areaType} (the whole country) is left out: the format has no field for it`);
  }
  return {region: regions[0], municipalities};
}

/**
 * One PTV address as the format's address, or undefined when it has no street or post office
 * box (a foreign or free-text address). `coordinates` says whether it had any.
 * @param {Json} value
 * @returns {{address: Address, coordinates: boolean} | undefined}
 */
function address(value) {
  const street = isObject(value.streetAddress) ? value.streetAddress : undefined;
  const box = isObject(value.postOfficeBoxAddress) ? value.postOfficeBoxAddress : undefined;
  const source = street ?? box;
  if (!source) return undefined;
  const number = string(street?.streetNumber);
  const lines = street ? localized(street.street, (name) => (number ? `${name} ${number}` : name)) : localized(box?.postOfficeBox);
  if (!lines) return undefined;
  /** @type {Address} */
  const result = {street: lines};
  const extra = localized(source.additionalInformation);
  if (extra) result.extra = extra;
  const postalCode = string(source.postalCode);
  if (postalCode) result.postalCode = postalCode;
  const locality = localized(source.postOffice, normalCase);
  if (locality) result.locality = locality;
  const country = string(value.country)?.toUpperCase();
  result.country = country && shapes.country.test(country) ? country : 'FI';
  const coordinates = street !== undefined && (string(street.latitude) !== undefined || string(street.longitude) !== undefined);
  return {address: result, coordinates};
}

/**
 * "Matarankatu 4, 40100 Jyväskylä": an address in one line, for a note.
 * @param {Address} address
 * @returns {string}
 */
const oneLine = ({street, postalCode, locality}) => [anyText(street), [postalCode, anyText(locality)].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * The visiting address, else a service location's, else the postal one; the others go to the notes.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes
 * @returns {Address | undefined}
 */
function chooseAddress(organization, channels, notes) {
  /** @param {Json} item */
  const kind = (item) => string(item.type)?.toLowerCase();
  const candidates = [
    ...objects(organization.addresses)
      .filter((item) => kind(item) === 'visiting')
      .map((item) => ({item, what: 'the visiting address'})),
    ...channels.flatMap((channel) =>
      objects(channel.addresses)
        .filter((item) => kind(item) === 'location' || kind(item) === 'visiting')
        .map((item) => ({item, what: `the address of the service location "${channelName(channel)}"`})),
    ),
    ...objects(organization.addresses)
      .filter((item) => kind(item) !== 'visiting')
      .map((item) => ({item, what: `the ${kind(item) ?? 'untyped'} address`})),
    ...channels.flatMap((channel) =>
      objects(channel.addresses)
        .filter((item) => kind(item) !== 'location' && kind(item) !== 'visiting')
        .map((item) => ({item, what: `the ${kind(item) ?? 'untyped'} address of "${channelName(channel)}"`})),
    ),
  ];
  let chosen;
  for (const {item, what} of candidates) {
    const converted = address(item);
    if (!converted) {
      notes.push(`addresses: ${what} is left out: it has no street address or post office box`);
    } else if (!chosen) {
      chosen = converted;
      if (converted.coordinates) notes.push(`addresses: the coordinates (EPSG:3067) of ${what} are left out`);
    } else if (oneLine(converted.address) !== oneLine(chosen.address)) {
      notes.push(`addresses: ${what} "${oneLine(converted.address)}" is left out: the format has one address`);
    }
  }
  return chosen?.address;
}

/**
 * The name of a channel, for notes.
 * @param {Json} channel
 * @returns {string}
 */
function channelName(channel) {
  return anyText(localized(channel.serviceChannelNames)) ?? string(channel.id) ?? 'unnamed';
}

/**
 * Chooses the first item in Finnish (or of no language), else the first; the rest are `others`.
 * @template {{language?: unknown}} T
 * @param {T[]} items
 * @returns {{first: T, others: T[]}}
 */
function preferFinnish(items) {
  const index = Math.max(
    0,
    items.findIndex((item) => language(item.language) === 'fi'),
  );
  return {first: items[index], others: items.filter((_, i) => i !== index)};
}

/**
 * Sorted by `orderNumber` (a number or a string of digits), keeping the given order otherwise.
 * @param {Json[]} items
 * @returns {Json[]}
 */
function byOrderNumber(items) {
  /** @param {Json} item */
  const order = (item) => {
    const number = Number(string(item.orderNumber));
    return string(item.orderNumber) !== undefined && Number.isFinite(number) ? number : Infinity;
  };
  return items
    .map((item, index) => ({item, index}))
    .sort((a, b) => order(a.item) - order(b.item) || a.index - b.index)
    .map(({item}) => item);
}

const charged = /^(chargeable|charged|other)$/i;

/**
 * A phone's charge information in words ("Chargeable: 8,35 snt/min"), or undefined when it is free or not given.
 * @param {Json} phone
 * @returns {string | undefined}
 */
function charge(phone) {
  const type = string(phone.serviceChargeType);
  const text = string(phone.chargeDescription);
  const parts = [type && (charged.test(type) || text) ? type : undefined, text && `"${text}"`].filter(Boolean);
  return parts.length ? parts.join(': ') : undefined;
}

/**
 * Phones of the organisation, then of its channels (faxes left out), as the widgets store them.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes
 * @returns {string | undefined}
 */
function choosePhone(organization, channels, notes) {
  const raw = [
    ...byOrderNumber(objects(organization.phoneNumbers)),
    ...channels.flatMap((channel) => [...byOrderNumber(objects(channel.phoneNumbers)), ...byOrderNumber(objects(channel.supportPhones))]),
  ];
  /** @type {Array<{phone: Json, value: string, written: string, key: string | undefined}>} */
  const phones = [];
  for (const phone of raw) {
    const number = string(phone.number);
    if (!number) continue;
    const prefix = string(phone.prefixNumber);
    const written = prefix ? `${prefix} ${number}` : number;
    if (/^fax$/i.test(string(phone.type) ?? '')) {
      notes.push(`phoneNumbers: the fax number ${written} is left out`);
      continue;
    }
    let value;
    if (phone.isFinnishServiceNumber === true && !prefix) {
      // Service numbers (0800, 0600, 0295 …) are national: kept as dialled in Finland.
      const digits = number.replace(/[\s\-./()]/g, '');
      const national = digits.startsWith('0') ? digits : `0${digits}`;
      value = e164(national) ? national : undefined;
    } else {
      value = e164(prefix ? `${prefix}${number.replace(/^0+/, '')}` : number);
    }
    if (!value) {
      notes.push(`phoneNumbers: "${written}" is left out: it is not a phone number`);
      continue;
    }
    phones.push({phone, value, written, key: e164(value)});
  }
  const unique = phones.filter((each, index) => phones.findIndex((other) => other.key === each.key) === index);
  if (!unique.length) return undefined;
  const {first, others} = preferFinnish(unique.map((each) => ({...each, language: each.phone.language})));
  const firstCharge = charge(first.phone);
  if (firstCharge) notes.push(`contact.phone ${first.written}: its charge information is left out (the format has no field for it): ${firstCharge}`);
  const information = string(first.phone.additionalInformation);
  if (information) notes.push(`contact.phone ${first.written}: its additional information "${information}" is left out`);
  for (const other of others) {
    const otherCharge = charge(other.phone);
    const otherInformation = string(other.phone.additionalInformation);
    const about = [otherInformation && `"${otherInformation}"`, otherCharge].filter(Boolean).join(', ');
    notes.push(`phoneNumbers: ${other.written}${about ? ` (${about})` : ''} is left out: the format has one phone number`);
  }
  return first.value;
}

/**
 * E-mail addresses of the organisation (`emails`, formerly `emailAddresses`), then of its channels.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes
 * @returns {string | undefined}
 */
function chooseEmail(organization, channels, notes) {
  /** @param {unknown} value */
  const asItem = (value) => (typeof value === 'string' ? {value} : value);
  const raw = [
    ...[organization.emails, organization.emailAddresses].flatMap((list) => (Array.isArray(list) ? byOrderNumber(list.map(asItem).filter(isObject)) : [])),
    ...channels.flatMap((channel) => [channel.emails, channel.supportEmails].flatMap((list) => (Array.isArray(list) ? byOrderNumber(list.map(asItem).filter(isObject)) : []))),
  ];
  /** @type {Array<{value: string, language: unknown, description: string | undefined}>} */
  const emails = [];
  for (const item of raw) {
    const value = string(item.value);
    if (!value) continue;
    if (!emailAddress(value)) {
      notes.push(`emails: "${value}" is left out: it is not an e-mail address`);
    } else if (!emails.some((each) => each.value.toLowerCase() === value.toLowerCase())) {
      emails.push({value, language: item.language, description: string(item.description)});
    }
  }
  if (!emails.length) return undefined;
  const {first, others} = preferFinnish(emails);
  if (first.description) notes.push(`contact.email ${first.value}: its description "${first.description}" is left out`);
  for (const other of others) notes.push(`emails: ${other.value}${other.description ? ` ("${other.description}")` : ''} is left out: the format has one e-mail address`);
  return first.value;
}

/** @type {Array<{type: import('../../src/data/types.js').LinkType, hosts: RegExp}>} */
const socialHosts = [
  {type: 'facebook', hosts: /(^|\.)(facebook\.com|fb\.com)$/},
  {type: 'twitter', hosts: /(^|\.)(twitter\.com|x\.com)$/},
  {type: 'instagram', hosts: /(^|\.)instagram\.com$/},
];

/**
 * An absolute http(s) URL the schema accepts (`www.x.fi` gets https://), or undefined.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function webUrl(value) {
  let text = string(value);
  if (!text) return undefined;
  if (/^www\./i.test(text)) text = `https://${text}`;
  const href = absoluteUrl(text);
  // Kept as written unless it needs encoding (spaces, ä in a host or a path).
  return href && /^[\x21-\x7e]+$/.test(text) ? text : href;
}

/**
 * Web pages in `orderNumber` order, one link per address with its name in each language.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes
 */
function links(organization, channels, notes) {
  const pages = [...byOrderNumber(objects(organization.webPages)), ...channels.flatMap((channel) => byOrderNumber([...objects(channel.webPages), ...objects(channel.webPage)]))];
  /** @type {NonNullable<DocumentV1['links']>} */
  const result = [];
  for (const page of pages) {
    // The WebPage channel's `webPage` list gives the address as its value.
    const written = string(page.url) ?? string(page.value);
    const url = webUrl(page.url ?? page.value);
    if (!url) {
      if (written) notes.push(`webPages: "${written}" is left out: it is not an http(s) address`);
      continue;
    }
    const label = string(page.url) !== undefined ? string(page.value) : undefined;
    const tag = language(page.language);
    let link = result.find((each) => each.url === url);
    if (!link) {
      const host = new URL(url).hostname.toLowerCase();
      /** @type {import('../../src/data/types.js').LinkType} */
      const type = socialHosts.find(({hosts}) => hosts.test(host))?.type ?? 'website';
      link = {type, url};
      result.push(link);
    }
    if (label && tag) {
      const labels = /** @type {Texts} */ (link.label ?? {});
      if (!(tag in labels)) link.label = ordered({...labels, [tag]: label});
    }
  }
  return result;
}

/**
 * Languages served, from the channels' `languages`, each once, in lower case.
 * @param {Json[]} channels
 */
function languages(channels) {
  /** @type {string[]} */
  const result = [];
  for (const channel of channels) {
    for (const value of Array.isArray(channel.languages) ? channel.languages : []) {
      const tag = string(value)?.toLowerCase();
      if (tag && isLanguageTag(tag) && !result.includes(tag)) result.push(tag);
    }
  }
  return result;
}

/**
 * Notes for what a channel carries that only the organisation's card could show.
 * @param {Json} channel
 * @param {string[]} notes
 */
function channelNotes(channel, notes) {
  const left = [
    localized(channel.serviceChannelNames) && 'name',
    localized(channel.serviceChannelDescriptions) && 'description',
    objects(channel.serviceHours).length > 0 && 'service hours',
    objects(channel.accessibilityClassification).length > 0 && 'accessibility classification',
  ].filter(Boolean);
  if (left.length) {
    notes.push(
      `${string(channel.serviceChannelType) ?? 'ServiceChannel'} "${channelName(channel)}": its ${left.join(', ').replace(/, ([^,]*)$/, ' and $1')} ${left.length > 1 ? 'are' : 'is'} left out: the card describes the organisation`,
    );
  }
}

/**
 * The card of a PTV v11 Organization, with its ServiceChannels filling in what the
 * organisation lacks (an address, a phone) and adding web pages and languages served.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes receives a line for each thing left out
 * @returns {DocumentV1}
 */
function toDocument(organization, channels, notes) {
  const {name, shortName} = names(organization, notes);
  if (!name) throw new PtvError('the PTV Organization has no name (organizationNames is empty)');
  for (const [field, what] of [
    ['businessCode', 'business ID'],
    ['organizationType', 'organisation type'],
  ]) {
    const value = string(organization[field]);
    if (value) notes.push(`${field}: the ${what} ${value} is left out: the format has no field for it`);
  }
  for (const channel of channels) channelNotes(channel, notes);

  /** @type {DocumentV1} */
  const document = {version: 1, name};
  if (shortName) document.shortName = shortName;
  const text = description(organization.organizationDescriptions);
  if (text) document.description = text;
  const served = languages(channels);
  if (served.length) document.languages = served;
  const {region, municipalities} = areas(organization, notes);
  if (region) document.region = region;
  if (municipalities.length) document.municipalities = municipalities;
  const place = chooseAddress(organization, channels, notes);
  if (place) document.address = place;
  /** @type {NonNullable<DocumentV1['contact']>} */
  const contact = {};
  const email = chooseEmail(organization, channels, notes);
  if (email) contact.email = email;
  const phone = choosePhone(organization, channels, notes);
  if (phone) contact.phone = phone;
  if (organization.municipality !== undefined && organization.municipality !== null) {
    const home = isObject(organization.municipality) ? area(organization.municipality, 3, 'the home municipality', notes) : undefined;
    if (home) contact.homeMunicipality = home;
    else if (!isObject(organization.municipality)) notes.push(`municipality: "${String(organization.municipality)}" is left out: it has no code`);
  }
  if (Object.keys(contact).length) document.contact = contact;
  const pages = links(organization, channels, notes);
  if (pages.length) document.links = pages;
  return document;
}

/**
 * @param {unknown} json
 * @returns {boolean}
 */
const isV11Organization = (json) => isObject(json) && Array.isArray(json.organizationNames);
/**
 * @param {unknown} json
 * @returns {boolean}
 */
const isV11Channel = (json) => isObject(json) && (Array.isArray(json.serviceChannelNames) || typeof json.serviceChannelType === 'string');

/** @type {import('./adapter.js').PtvAdapter} */
export const v11 = {
  version: 'v11',
  accepts: (json) => isObject(json) && !('contentId' in json) && !('languageVersions' in json) && (isV11Organization(json) || isV11Channel(json)),
  kind: (json) => (isV11Organization(json) ? 'organization' : isV11Channel(json) ? 'channel' : undefined),
  toDocument,
};
