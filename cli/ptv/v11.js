// The PTV (Suomi.fi Service Catalogue) v11 read API → the koske-widgets data
// format, version 2. PTV data is written by many hands over many API
// versions, so every field is read defensively: a missing list is empty, an
// unknown field is ignored, a value of the wrong type is skipped. What the
// format has no field for is not dropped silently: it is said in a note.
// Values are judged by the widgets' own rules (dist/koske-widgets-library.js,
// built from src/library.ts), so what is written here is what they show.
// Plain JavaScript without node: imports, so a browser can run it too.
import {addressKinds, e164, emailAddress, finland, isDate, isLanguageTag, isObject, minutesOf, shapes, weekdays, webUrl as absoluteUrl} from '../../dist/koske-widgets-library.js';
import {PtvError} from './error.js';
import {tm35finToWgs84} from './tm35fin.js';

/** @typedef {import('../../src/data/types.js').DataDocument} DataDocument */
/** @typedef {import('../../src/data/types.js').PhoneInput} PhoneInput */
/** @typedef {import('../../src/data/types.js').PhoneKind} PhoneKind */
/** @typedef {import('../../src/data/types.js').CallCharge} CallCharge */
/** @typedef {import('../../src/data/types.js').AddressKind} AddressKind */
/** @typedef {import('../../src/data/types.js').HoursInput} HoursInput */
/** @typedef {import('../../src/data/types.js').HoursExceptionInput} HoursException */
/** @typedef {import('../../src/data/types.js').TimeRangeInput} TimeRange */
/** @typedef {Record<string, string>} Texts language → text */
/** @typedef {Record<string, unknown>} Json */
/** @typedef {{code: string, name: Texts}} Area a municipality or region */
/**
 * @typedef {object} Address an address as this importer writes it
 * @property {AddressKind} [kind]
 * @property {Texts} [street]
 * @property {Texts} [extra]
 * @property {Texts} [postOfficeBox]
 * @property {string} [postalCode]
 * @property {Texts} [locality]
 * @property {Area} [municipality]
 * @property {string} [country]
 * @property {{latitude: number, longitude: number}} [coordinates]
 * @property {HoursInput} [hours]
 */

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
 * The texts in language order, or undefined when there are none.
 * @param {Texts} texts
 * @returns {Texts | undefined}
 */
const someTexts = (texts) => (Object.keys(texts).length ? ordered(texts) : undefined);

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
  return someTexts(texts);
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
  return {name: someTexts(name), shortName: someTexts(shortName)};
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
  return someTexts(texts);
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
 * The name of a channel, for notes.
 * @param {Json} channel
 * @returns {string}
 */
function channelName(channel) {
  return anyText(localized(channel.serviceChannelNames)) ?? string(channel.id) ?? 'unnamed';
}

/**
 * `ServiceLocation "Toimipiste"`: a channel as notes name it.
 * @param {Json} channel
 * @returns {string}
 */
const channelTitle = (channel) => `${string(channel.serviceChannelType) ?? 'ServiceChannel'} "${channelName(channel)}"`;

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

/**
 * Adds a text in a language unless that language has one already: PTV repeats one phone
 * number or e-mail address per language, each time with that language's words.
 * @param {Texts} texts
 * @param {unknown} tag
 * @param {unknown} value
 */
function addText(texts, tag, value) {
  const languageTag = language(tag);
  const text = string(value);
  if (languageTag && text !== undefined && !(languageTag in texts)) texts[languageTag] = text;
}

// ---------------------------------------------------------------------------
// Service hours

// v11 names the kinds DaysOfTheWeek, Exceptional and OverMidnight; version 7 and older
// (and PTV's own documentation still) Standard, Exception and Special.
const hourKinds = {
  week: /^(daysoftheweek|standard)$/i,
  exception: /^(exceptional|exception)$/i,
};

/**
 * `09:00:00`, `9:00` → `09:00`, as the format writes times (seconds dropped), or undefined.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function clockTime(value) {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(string(value) ?? '');
  if (!match) return undefined;
  const text = `${match[1].padStart(2, '0')}:${match[2]}`;
  return minutesOf(text) === undefined ? undefined : text;
}

/**
 * An opening hour's `from`–`to` as a range. `to` before `from` runs past midnight, which the
 * format reads the same way; 00:00–00:00 is PTV's whole day, 00:00–24:00 in the format.
 * @param {Json} item
 * @returns {TimeRange | undefined}
 */
function timeRange(item) {
  const opens = clockTime(item.from);
  const closes = clockTime(item.to);
  if (!opens || !closes) return undefined;
  return {opens, closes: opens === '00:00' && closes === '00:00' ? '24:00' : closes};
}

const wholeDay = () => [{opens: '00:00', closes: '24:00'}];

/**
 * `Monday` … `Sunday` (any case) as an index into `weekdays`, or -1.
 * @param {unknown} value
 */
const dayIndex = (value) => weekdays.findIndex((day) => day === string(value)?.toLowerCase());

const helsinkiDate = new Intl.DateTimeFormat('en', {timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit'});

/**
 * A date-time as its date in Helsinki, `YYYY-MM-DD`, or undefined. A time with an offset or
 * `Z` is an instant and may fall on another date in Helsinki; one without is Helsinki's own
 * wall-clock time, as PTV's editor takes it.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function dateOf(value) {
  const text = string(value);
  if (!text) return undefined;
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.includes('T')) {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) return undefined;
    const parts = Object.fromEntries(helsinkiDate.formatToParts(instant).map(({type, value: part}) => [type, part]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  }
  const date = text.slice(0, 10);
  return isDate(date) && (text.length === 10 || text[10] === 'T' || text[10] === ' ') ? date : undefined;
}

/**
 * One DaysOfTheWeek entry as the format's week: each `openingHour` on each day from `dayFrom`
 * to `dayTo` (a range may wrap past Sunday); `isExtra` and a second item of the same day are
 * just more ranges of that day.
 * @param {Json} entry
 * @param {string} what the channel, for notes
 * @param {string[]} notes
 * @returns {NonNullable<HoursInput['weekly']>}
 */
function week(entry, what, notes) {
  /** @type {NonNullable<HoursInput['weekly']>} */
  const weekly = {};
  if (entry.isAlwaysOpen === true) {
    for (const day of weekdays) weekly[day] = wholeDay();
    return weekly;
  }
  for (const item of objects(entry.openingHour)) {
    const first = dayIndex(item.dayFrom);
    const last = string(item.dayTo) === undefined ? first : dayIndex(item.dayTo);
    const range = timeRange(item);
    if (first < 0 || last < 0 || !range) {
      notes.push(
        `${what}: the opening hours ${JSON.stringify([item.dayFrom, item.dayTo, item.from, item.to].map((each) => string(each) ?? null))} are left out: not weekdays and times`,
      );
      continue;
    }
    for (let day = first; ; day = (day + 1) % weekdays.length) {
      (weekly[weekdays[day]] ??= []).push(range);
      if (day === last) break;
    }
  }
  for (const ranges of Object.values(weekly)) ranges.sort((a, b) => a.opens.localeCompare(b.opens));
  return weekly;
}

/**
 * One Exceptional entry as the format's exception: its dates, closed or its hours, and its
 * additional information as the note.
 * @param {Json} entry
 * @param {string} what the channel, for notes
 * @param {string[]} notes
 * @returns {HoursException | undefined}
 */
function exception(entry, what, notes) {
  const from = dateOf(entry.validFrom);
  const to = dateOf(entry.validTo);
  const information = localized(entry.additionalInformation);
  const about = `${what}: the exceptional hours ${[string(entry.validFrom), string(entry.validTo)].filter(Boolean).join('–') || '(no dates)'}${information ? ` "${anyText(information)}"` : ''}`;
  if (!from || (string(entry.validTo) !== undefined && (!to || to < from))) {
    notes.push(`${about} are left out: they have no dates`);
    return undefined;
  }
  /** @type {HoursException} */
  const result = {from};
  if (to && to !== from) result.to = to;
  const ranges = entry.isAlwaysOpen === true ? wholeDay() : objects(entry.openingHour).flatMap((item) => timeRange(item) ?? []);
  if (entry.isClosed === true) result.closed = true;
  else if (ranges.length) result.hours = ranges.sort((a, b) => a.opens.localeCompare(b.opens));
  else {
    notes.push(`${about} are left out: neither closed nor opening hours`);
    return undefined;
  }
  if (information) result.note = information;
  return result;
}

/**
 * An entry's dates and additional information in words, for a note: ` 2026-06-01–2026-08-31 "Kesä"`
 * (with its leading space), or nothing.
 * @param {Json} entry
 * @returns {string}
 */
function period(entry) {
  const dates = [dateOf(entry.validFrom), dateOf(entry.validTo)].filter(Boolean).join('–');
  const information = anyText(localized(entry.additionalInformation));
  return [dates, information && `"${information}"`].map((part) => (part ? ` ${part}` : '')).join('');
}

/**
 * A channel's `serviceHours` as the format's hours: the week from the DaysOfTheWeek entry
 * valid for now, and the Exceptional dates. What the format cannot say goes to the notes:
 * weeks for a period (summer hours), a second week, OverMidnight (Special) entries, hours
 * by reservation, a week's additional information.
 * @param {Json} channel
 * @param {string[]} notes
 * @returns {HoursInput | undefined}
 */
function hours(channel, notes) {
  const what = channelTitle(channel);
  /** @type {HoursInput} */
  const result = {};
  /** @type {HoursException[]} */
  const exceptions = [];
  for (const entry of byOrderNumber(objects(channel.serviceHours))) {
    const kind = string(entry.serviceHourType) ?? 'untyped';
    if (entry.isReservation === true) notes.push(`${what}: its ${kind} hours are open by reservation only: the format cannot say so`);
    if (hourKinds.exception.test(kind)) {
      const each = exception(entry, what, notes);
      if (each) exceptions.push(each);
    } else if (!hourKinds.week.test(kind)) {
      notes.push(`${what}: its ${kind} hours${period(entry)} are left out: the format has weekly and exceptional hours only`);
    } else if (string(entry.validTo) !== undefined) {
      notes.push(`${what}: its hours for the period${period(entry)} are left out: the format's week has no period`);
    } else if (result.weekly) {
      notes.push(`${what}: a second week of hours${period(entry)} is left out: the format has one week`);
    } else {
      result.weekly = week(entry, what, notes);
      const information = anyText(localized(entry.additionalInformation));
      if (information) notes.push(`${what}: the additional information of its week "${information}" is left out: the format has no field for it`);
      if (entry.validForNow !== true && string(entry.validFrom))
        notes.push(`${what}: its week starts ${dateOf(entry.validFrom) ?? string(entry.validFrom)}: the format's week has no start`);
    }
  }
  if (exceptions.length) result.exceptions = exceptions.sort((a, b) => a.from.localeCompare(b.from));
  return result.weekly || result.exceptions ? result : undefined;
}

// ---------------------------------------------------------------------------
// Addresses

/**
 * A PTV address type as the format's kind: v11 calls a service location's own address Location.
 * @param {Json} item
 * @returns {AddressKind | undefined}
 */
function addressKind(item) {
  const type = string(item.type)?.toLowerCase();
  const kind = type === 'location' ? 'visiting' : type;
  return addressKinds.find((each) => each === kind);
}

/**
 * WGS84 degrees from PTV's EPSG:3067 metres (`latitude` the northing, `longitude` the easting,
 * strings), rounded to 7 decimals (about a centimetre; PTV geocodes to the metre); undefined
 * (with a note) when they are no point in Finland.
 * @param {Json} street
 * @param {string} what the address, for the note
 * @param {string[]} notes
 * @returns {{latitude: number, longitude: number} | undefined}
 */
function coordinates(street, what, notes) {
  const northing = string(street.latitude);
  const easting = string(street.longitude);
  if (northing === undefined && easting === undefined) return undefined;
  const point = tm35finToWgs84(Number(northing), Number(easting));
  if (point && point.latitude >= finland.south && point.latitude <= finland.north && point.longitude >= finland.west && point.longitude <= finland.east) {
    /** @param {number} degrees */
    const rounded = (degrees) => Math.round(degrees * 1e7) / 1e7;
    return {latitude: rounded(point.latitude), longitude: rounded(point.longitude)};
  }
  notes.push(`addresses: the coordinates N ${northing ?? '?'} E ${easting ?? '?'} of ${what} are left out: they are no point in Finland in EPSG:3067`);
  return undefined;
}

/**
 * One PTV address as the format's, or undefined when it has neither a street nor a post office
 * box (a foreign or free-text address).
 * @param {Json} value
 * @param {AddressKind} kind
 * @param {string} what the address, for notes
 * @param {string[]} notes
 * @returns {Address | undefined}
 */
function address(value, kind, what, notes) {
  const street = isObject(value.streetAddress) ? value.streetAddress : undefined;
  const box = isObject(value.postOfficeBoxAddress) ? value.postOfficeBoxAddress : undefined;
  const number = string(street?.streetNumber);
  const streetLines = street && localized(street.street, (name) => (number ? `${name} ${number}` : name));
  const boxLines = box && localized(box.postOfficeBox);
  const source = streetLines ? street : boxLines ? box : undefined;
  if (!source) return undefined;
  /** @type {Address} */
  const result = {};
  if (kind !== 'visiting') result.kind = kind;
  if (streetLines) result.street = streetLines;
  const extra = localized(source.additionalInformation);
  if (extra) result.extra = extra;
  if (boxLines) result.postOfficeBox = boxLines;
  const postalCode = string(source.postalCode);
  if (postalCode && shapes.postalCode.test(postalCode)) result.postalCode = postalCode;
  else if (postalCode) notes.push(`addresses: the postal code "${postalCode}" of ${what} is left out: it is not a postal code`);
  const locality = localized(source.postOffice, normalCase);
  if (locality) result.locality = locality;
  const municipality = isObject(source.municipality) ? area(source.municipality, 3, `the municipality of ${what}`, notes) : undefined;
  if (municipality) result.municipality = municipality;
  const country = string(value.country)?.toUpperCase();
  result.country = country && shapes.country.test(country) ? country : 'FI';
  const point = street && coordinates(street, what, notes);
  if (point) result.coordinates = point;
  return result;
}

/**
 * "PL 35, 40101 Jyväskylä": an address in one line, for notes and for finding the same address twice.
 * @param {Address} address
 * @returns {string}
 */
const oneLine = ({street, postOfficeBox, postalCode, locality}) =>
  [anyText(street), anyText(postOfficeBox), [postalCode, anyText(locality)].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * Every address: the organisation's visiting addresses, the service locations' (with their
 * hours), then the postal and delivery addresses of both. An address given twice (the
 * organisation's visiting address is often its service location's too) is written once, with
 * the hours and coordinates either gives.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {Map<Json, HoursInput | undefined>} channelHours the hours of each service location
 * @param {string[]} notes
 * @returns {Address[]}
 */
function addresses(organization, channels, channelHours, notes) {
  /** @param {Json} item */
  const isVisiting = (item) => addressKind(item) === 'visiting';
  /** @param {Json} item */
  const typeName = (item) => `the ${string(item.type)?.toLowerCase() ?? 'untyped'} address`;
  /** @type {Array<{item: Json, what: string, channel?: Json}>} */
  const candidates = [
    ...objects(organization.addresses)
      .filter(isVisiting)
      .map((item) => ({item, what: typeName(item)})),
    ...channels.flatMap((channel) =>
      objects(channel.addresses)
        .filter(isVisiting)
        .map((item) => ({item, what: `the address of ${channelTitle(channel)}`, channel})),
    ),
    ...objects(organization.addresses)
      .filter((item) => !isVisiting(item))
      .map((item) => ({item, what: typeName(item)})),
    ...channels.flatMap((channel) =>
      objects(channel.addresses)
        .filter((item) => !isVisiting(item))
        .map((item) => ({item, what: `${typeName(item)} of ${channelTitle(channel)}`})),
    ),
  ];
  /** @type {Address[]} */
  const result = [];
  const used = new Set();
  for (const {item, what, channel} of candidates) {
    const kind = addressKind(item);
    if (!kind) {
      notes.push(`addresses: ${what} is left out: the format has visiting, postal and delivery addresses`);
      continue;
    }
    const converted = address(item, kind, what, notes);
    if (!converted) {
      notes.push(`addresses: ${what} is left out: it has no street address or post office box`);
      continue;
    }
    const location = channel && channelHours.get(channel);
    if (location) {
      converted.hours = location;
      used.add(channel);
    }
    const same = result.find((each) => each.kind === converted.kind && oneLine(each) === oneLine(converted));
    if (!same) {
      result.push(converted);
      continue;
    }
    if (converted.coordinates && !same.coordinates) same.coordinates = converted.coordinates;
    if (converted.hours && !same.hours) same.hours = converted.hours;
    else if (converted.hours && JSON.stringify(converted.hours) !== JSON.stringify(same.hours)) {
      notes.push(`addresses: the hours of ${what} "${oneLine(converted)}" are left out: the same address has other hours already`);
    }
  }
  for (const [channel, each] of channelHours) {
    if (each && !used.has(channel)) notes.push(`${channelTitle(channel)}: its service hours are left out: it has no visiting address to give them to`);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Phones and e-mail

/** @type {Array<[RegExp, CallCharge]>} */
const chargeTypes = [
  // Chargeable is the normal price of a call, "pvm/mpm"; version 7 and older said Charged and Free.
  [/^(chargeable|charged)$/i, 'local'],
  [/^(freeofcharge|free)$/i, 'free'],
  [/^other$/i, 'other'],
];

/**
 * A number as the format writes it: E.164, or a Finnish service number (0800, 0600, 0295 …)
 * as dialled in Finland, being national; undefined when it is not a phone number.
 * @param {Json} phone
 * @returns {string | undefined}
 */
function phoneNumber(phone) {
  const number = string(phone.number);
  if (!number) return undefined;
  const prefix = string(phone.prefixNumber);
  if (phone.isFinnishServiceNumber === true && !prefix) {
    const digits = number.replace(/[\s\-./()]/g, '');
    const national = digits.startsWith('0') ? digits : `0${digits}`;
    return e164(national) ? national : undefined;
  }
  return e164(prefix ? `${prefix}${number.replace(/^0+/, '')}` : number);
}

/**
 * Every phone number of the organisation, then of its channels, each once per kind with its
 * words in every language PTV repeats it in: the label (additionalInformation), the call
 * charge and its description, and a Phone channel's service hours. A fax is a `fax`, an SMS
 * number `sms`; every other number is a `phone`, mobile numbers too: PTV does not tell them
 * apart, and guessing by the number would call a switchboard forwarded to a mobile one.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {Map<Json, HoursInput | undefined>} channelHours the hours of each Phone channel
 * @param {string[]} notes
 * @returns {PhoneInput[]}
 */
function phones(organization, channels, channelHours, notes) {
  /** @type {Array<{item: Json, channel?: Json}>} */
  const raw = [
    ...byOrderNumber(objects(organization.phoneNumbers)).map((item) => ({item})),
    ...channels.flatMap((channel) => [...byOrderNumber(objects(channel.phoneNumbers)), ...byOrderNumber(objects(channel.supportPhones))].map((item) => ({item, channel}))),
  ];
  /** @type {Array<{number: string, kind: PhoneKind, written: string, label: Texts, charge?: CallCharge, chargeDescription: Texts, hours?: HoursInput}>} */
  const found = [];
  const used = new Set();
  for (const {item, channel} of raw) {
    const number = string(item.number);
    if (!number) continue;
    const prefix = string(item.prefixNumber);
    const written = prefix ? `${prefix} ${number}` : number;
    const value = phoneNumber(item);
    if (!value) {
      notes.push(`phoneNumbers: "${written}" is left out: it is not a phone number`);
      continue;
    }
    const type = string(item.type)?.toLowerCase();
    /** @type {PhoneKind} */
    const kind = type === 'fax' ? 'fax' : type === 'sms' ? 'sms' : 'phone';
    let phone = found.find((each) => each.kind === kind && e164(each.number) === e164(value));
    if (!phone) {
      phone = {number: value, kind, written, label: {}, chargeDescription: {}};
      found.push(phone);
    }
    addText(phone.label, item.language, item.additionalInformation);
    addText(phone.chargeDescription, item.language, item.chargeDescription);
    const chargeType = string(item.serviceChargeType);
    const charge = chargeType && chargeTypes.find(([pattern]) => pattern.test(chargeType))?.[1];
    if (chargeType && !charge) notes.push(`phoneNumbers: the call charge ${chargeType} of ${written} is left out: it is none that PTV has`);
    else if (charge && !phone.charge) phone.charge = charge;
    else if (charge && charge !== phone.charge) notes.push(`phoneNumbers: ${written} costs ${chargeType} in one language and not in another: the first, ${phone.charge}, is kept`);
    const channelHoursOf = channel && channelHours.get(channel);
    if (channelHoursOf && !phone.hours) {
      phone.hours = channelHoursOf;
      used.add(channel);
    }
  }
  for (const [channel, each] of channelHours) {
    if (each && !used.has(channel)) notes.push(`${channelTitle(channel)}: its service hours are left out: it has no phone number to give them to`);
  }
  return found.map(({number, kind, written, label, charge, chargeDescription, hours: phoneHours}) => {
    /** @type {PhoneInput} */
    const phone = {number};
    const labels = someTexts(label);
    if (labels) phone.label = labels;
    if (kind !== 'phone') phone.kind = kind;
    const description = someTexts(chargeDescription);
    // A price in words without a type is another price; Other without words says nothing.
    const chargeKind = charge ?? (description ? 'other' : undefined);
    if (chargeKind === 'other' && !description) notes.push(`phoneNumbers: the call charge of ${written} is left out: it is Other, with no chargeDescription to say what`);
    else if (chargeKind) phone.charge = chargeKind;
    if (description) phone.chargeDescription = description;
    if (phoneHours) phone.hours = phoneHours;
    return phone;
  });
}

/**
 * E-mail addresses of the organisation (`emails`, formerly `emailAddresses`), then of its
 * channels (`emails`, `supportEmails`), each once, labelled by its description per language.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes
 * @returns {Array<{address: string, label?: Texts}>}
 */
function emails(organization, channels, notes) {
  /** @param {unknown} value */
  const asItem = (value) => (typeof value === 'string' ? {value} : value);
  /** @param {unknown} list */
  const items = (list) => (Array.isArray(list) ? byOrderNumber(list.map(asItem).filter(isObject)) : []);
  const raw = [organization.emails, organization.emailAddresses, ...channels.flatMap((channel) => [channel.emails, channel.supportEmails])].flatMap(items);
  /** @type {Array<{address: string, label: Texts}>} */
  const found = [];
  for (const item of raw) {
    const value = string(item.value);
    if (!value) continue;
    const address = emailAddress(value);
    if (!address) {
      notes.push(`emails: "${value}" is left out: it is not an e-mail address`);
      continue;
    }
    let email = found.find((each) => each.address.toLowerCase() === address.toLowerCase());
    if (!email) {
      email = {address, label: {}};
      found.push(email);
    }
    addText(email.label, item.language, item.description);
  }
  return found.map(({address, label}) => {
    const labels = someTexts(label);
    return labels ? {address, label: labels} : {address};
  });
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
  /** @type {NonNullable<DataDocument['links']>} */
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

// Channels whose service hours are the hours of something on the card: a service location's
// of its address, a phone channel's of its numbers.
const channelsWithHours = /^(servicelocation|phone)$/i;

/**
 * Notes for what a channel carries that the card of the organisation has no place for.
 * @param {Json} channel
 * @param {string[]} notes
 */
function channelNotes(channel, notes) {
  const left = [
    localized(channel.serviceChannelNames) && 'name',
    localized(channel.serviceChannelDescriptions) && 'description',
    !channelsWithHours.test(string(channel.serviceChannelType) ?? '') && objects(channel.serviceHours).length > 0 && 'service hours',
    objects(channel.accessibilityClassification).length > 0 && 'accessibility classification',
  ].filter(Boolean);
  if (left.length) {
    notes.push(`${channelTitle(channel)}: its ${left.join(', ').replace(/, ([^,]*)$/, ' and $1')} ${left.length > 1 ? 'are' : 'is'} left out: the card describes the organisation`);
  }
}

/**
 * The card of a PTV v11 Organization with what its ServiceChannels add: their addresses,
 * phone numbers and e-mail addresses, their service hours, web pages and languages served.
 * @param {Json} organization
 * @param {Json[]} channels
 * @param {string[]} notes receives a line for each thing left out
 * @returns {DataDocument}
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
  /** @param {RegExp} type */
  const hoursOfChannels = (type) => new Map(channels.filter((channel) => type.test(string(channel.serviceChannelType) ?? '')).map((channel) => [channel, hours(channel, notes)]));
  const locationHours = hoursOfChannels(/^servicelocation$/i);
  const phoneChannelHours = hoursOfChannels(/^phone$/i);

  /** @type {DataDocument} */
  const document = {version: 2, name};
  if (shortName) document.shortName = shortName;
  const text = description(organization.organizationDescriptions);
  if (text) document.description = text;
  const served = languages(channels);
  if (served.length) document.languages = served;
  const {region, municipalities} = areas(organization, notes);
  if (region) document.region = region;
  if (municipalities.length) document.municipalities = municipalities;
  const places = addresses(organization, channels, locationHours, notes);
  if (places.length) document.addresses = places;
  /** @type {NonNullable<DataDocument['contact']>} */
  const contact = {};
  const numbers = phones(organization, channels, phoneChannelHours, notes);
  if (numbers.length) contact.phones = numbers;
  const mail = emails(organization, channels, notes);
  if (mail.length) contact.emails = mail;
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
