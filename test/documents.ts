/**
 * The test documents and what reads them, with nothing that needs a page: the tests of
 * src/data and src/format import this (not helpers.ts, which defines the elements), so that the
 * mutation run (test/mutation/) can run them in Node as well as in the browsers.
 */
import {parseDocument} from '../src/data/parse.js';
import type {DataDocument, Organisation} from '../src/data/types.js';

export const seedUrl = '/demo/documents/yhdessa-ei-olla-yksin.json';

/** A fresh copy of the seed document, as published. */
export async function seedDocument(): Promise<DataDocument> {
  const response = await fetch(seedUrl);
  return (await response.json()) as DataDocument;
}

/** The organisation the elements would render from `document`. */
export function organisationOf(document: DataDocument): Organisation {
  const result = parseDocument(document);
  if (!result.ok) throw new Error(`not a document: ${result.problem}`);
  return result.organisation;
}

/** Records console.warn calls from now on, and still lets them through. Call `restore()` when done. */
export function recordWarnings(): {warnings: string[]; restore(): void} {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {warnings, restore: () => void (console.warn = original)};
}

/** An organisation as the Service Catalogue describes one: an office and a free advice line, a registry, two addresses. */
export const neuvonta: DataDocument = {
  version: 2,
  name: {fi: 'Keski-Suomen neuvontapalvelu', sv: 'Rådgivningstjänsten i Mellersta Finland'},
  addresses: [
    {
      kind: 'visiting',
      street: {fi: 'Kauppakatu 1', sv: 'Handelsgatan 1'},
      extra: {fi: '2. kerros', sv: '2 våningen'},
      postalCode: '40100',
      locality: {fi: 'Jyväskylä', sv: 'Jyväskylä'},
      municipality: {code: '179', name: {fi: 'Jyväskylä', sv: 'Jyväskylä'}},
      coordinates: {latitude: 62.2426, longitude: 25.7473},
    },
    {kind: 'postal', postOfficeBox: {fi: 'PL 35', sv: 'PB 35'}, postalCode: '40101', locality: {fi: 'Jyväskylä', sv: 'Jyväskylä'}},
  ],
  contact: {
    phones: [
      {number: '014 123 456', label: {fi: 'Toimisto', sv: 'Kansli', en: 'Office', de: 'Büro'}, charge: 'local'},
      {number: '0800 123 456', label: {fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice', de: 'Beratung'}, charge: 'free'},
      {number: '014 123 457', kind: 'fax'},
      {number: '040 123 4567', kind: 'sms', label: {fi: 'Tekstiviestit'}, charge: 'other', chargeDescription: {fi: '0,50 €/viesti', sv: '0,50 €/meddelande'}},
    ],
    emails: [{address: 'kirjaamo@neuvonta.example', label: {fi: 'Kirjaamo', sv: 'Registratorskontoret'}}, {address: 'info@neuvonta.example'}],
  },
};

/** Office hours Monday to Friday, a short Saturday, Christmas closed and a shorter New Year's Eve. */
export const withHours: DataDocument = {
  version: 2,
  name: 'Aukiolot',
  hours: {
    weekly: {
      monday: [{opens: '09:00', closes: '15:00'}],
      tuesday: [{opens: '09:00', closes: '15:00'}],
      wednesday: [{opens: '09:00', closes: '15:00'}],
      thursday: [{opens: '09:00', closes: '15:00'}],
      friday: [{opens: '09:00', closes: '15:00'}],
      saturday: [
        {opens: '10:00', closes: '12:00'},
        {opens: '13:00', closes: '14:00'},
      ],
    },
    exceptions: [
      {from: '2026-11-01', closed: true, note: 'Pyhäinpäivä'},
      {from: '2026-12-24', to: '2026-12-26', closed: true, note: {fi: 'Joulu', sv: 'Jul'}},
      {from: '2026-12-31', hours: [{opens: '09:00', closes: '12:00'}]},
    ],
  },
  contact: {phones: [{number: '0800 123 456', label: 'Neuvonta', hours: {weekly: {friday: [{opens: '10:00', closes: '14:00'}]}}}]},
  addresses: [{street: 'Kauppakatu 1', hours: {weekly: {monday: [{opens: '12:00', closes: '16:00'}]}}}],
};

/**
 * A version-2 document with what the vCard and the JSON-LD carry beyond version 1: an office
 * number and a free advice line (0800) with its own hours, two labelled e-mail addresses, a
 * visiting address with coordinates and hours, a post office box; Swedish street and box.
 */
export const contactDetails: DataDocument = {
  version: 2,
  name: {fi: 'Järjestöneuvonta', sv: 'Organisationsrådgivningen', en: 'NGO Advice', de: 'NGO-Beratung'},
  addresses: [
    {
      kind: 'visiting',
      street: {fi: 'Kauppakatu 19', sv: 'Handelsgatan 19'},
      extra: {fi: '2. kerros', sv: '2 våningen', en: '2nd floor', de: '2. Stock'},
      postalCode: '40100',
      locality: 'Jyväskylä',
      coordinates: {latitude: 62.2416, longitude: 25.7473},
      hours: {
        weekly: {
          monday: [{opens: '09:00', closes: '15:00'}],
          tuesday: [{opens: '09:00', closes: '15:00'}],
          wednesday: [{opens: '09:00', closes: '15:00'}],
          thursday: [
            {opens: '09:00', closes: '15:00'},
            {opens: '17:00', closes: '19:00'},
          ],
          friday: [{opens: '09:00', closes: '15:00'}],
        },
        exceptions: [{from: '2026-12-24', to: '2026-12-26', closed: true, note: {fi: 'Joulu', sv: 'Jul', en: 'Christmas', de: 'Weihnachten'}}],
      },
    },
    {kind: 'postal', postOfficeBox: {fi: 'PL 35', sv: 'PB 35'}, postalCode: '40101', locality: 'Jyväskylä'},
  ],
  contact: {
    phones: [
      {number: '014 266 0000', label: {fi: 'Toimisto', sv: 'Kansli', en: 'Office', de: 'Büro'}},
      {
        number: '0800 123 456',
        label: {fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice', de: 'Beratung'},
        charge: 'free',
        hours: {weekly: {tuesday: [{opens: '10:00', closes: '14:00'}], thursday: [{opens: '10:00', closes: '14:00'}]}},
      },
    ],
    emails: [
      {address: 'toimisto@jarjestoneuvonta.fi', label: {fi: 'Toimisto', sv: 'Kansli', en: 'Office', de: 'Büro'}},
      {address: 'neuvonta@jarjestoneuvonta.fi', label: {fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice', de: 'Beratung'}},
    ],
  },
};
