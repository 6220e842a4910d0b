/**
 * The organisation as schema.org JSON-LD: src/format/structured-data.ts, a pure function over
 * parsed data, here for what version 2 of the format adds. What the card puts into the page's
 * head is tested in structured-data.test.ts; `koske-widgets jsonld` in test/node/cli.test.mjs.
 */
import {expect} from '@open-wc/testing';
import type {DataDocument} from '../src/data/types.js';
import {structuredData} from '../src/format/structured-data.js';
import type {InterfaceLanguage as Language} from '../src/i18n/language.js';
import {contactDetails, organisationOf} from './documents.js';

const jsonLd = (document: DataDocument, language: Language = 'fi') => structuredData(organisationOf(document), language);

const schema = (day: string) => `https://schema.org/${day}`;
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(schema);
const hours = (opens: string, closes: string, more: Record<string, unknown>) => ({'@type': 'OpeningHoursSpecification', opens, closes, ...more});

describe('structuredData() of a version-2 document', () => {
  it('in Swedish, is exactly this: a PostalAddress for each address, a Place for the visiting one, a ContactPoint for each number and e-mail address', () => {
    const visiting = {'@type': 'PostalAddress', streetAddress: 'Handelsgatan 19, 2 våningen', postalCode: '40100', addressLocality: 'Jyväskylä', addressCountry: 'FI'};
    expect(jsonLd(contactDetails, 'sv')).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Organisationsrådgivningen',
      address: [visiting, {'@type': 'PostalAddress', postOfficeBoxNumber: 'PB 35', postalCode: '40101', addressLocality: 'Jyväskylä', addressCountry: 'FI'}],
      location: {
        '@type': 'Place',
        address: visiting,
        geo: {'@type': 'GeoCoordinates', latitude: 62.2416, longitude: 25.7473},
        openingHoursSpecification: [
          hours('09:00', '15:00', {dayOfWeek: weekdays}),
          hours('17:00', '19:00', {dayOfWeek: [schema('Thursday')]}),
          hours('00:00', '00:00', {validFrom: '2026-12-24', validThrough: '2026-12-26', description: 'Jul'}),
        ],
      },
      contactPoint: [
        {'@type': 'ContactPoint', name: 'Kansli', telephone: '+358142660000'},
        {
          '@type': 'ContactPoint',
          name: 'Rådgivning',
          telephone: '+358800123456',
          contactOption: 'https://schema.org/TollFree',
          areaServed: 'FI',
          hoursAvailable: [hours('10:00', '14:00', {dayOfWeek: [schema('Tuesday'), schema('Thursday')]})],
        },
        {'@type': 'ContactPoint', name: 'Kansli', email: 'toimisto@jarjestoneuvonta.fi'},
        {'@type': 'ContactPoint', name: 'Rådgivning', email: 'neuvonta@jarjestoneuvonta.fi'},
      ],
    });
  });

  // What differs by language: the name, the street (Swedish only), the extra line, the box, the labels and the note.
  const texts: Record<Language, {name: string; street: string; box: string; labels: string[]; note: string}> = {
    fi: {name: 'Järjestöneuvonta', street: 'Kauppakatu 19, 2. kerros', box: 'PL 35', labels: ['Toimisto', 'Neuvonta', 'Toimisto', 'Neuvonta'], note: 'Joulu'},
    sv: {name: 'Organisationsrådgivningen', street: 'Handelsgatan 19, 2 våningen', box: 'PB 35', labels: ['Kansli', 'Rådgivning', 'Kansli', 'Rådgivning'], note: 'Jul'},
    en: {name: 'NGO Advice', street: 'Kauppakatu 19, 2nd floor', box: 'PL 35', labels: ['Office', 'Advice', 'Office', 'Advice'], note: 'Christmas'},
    de: {name: 'NGO-Beratung', street: 'Kauppakatu 19, 2. Stock', box: 'PL 35', labels: ['Büro', 'Beratung', 'Büro', 'Beratung'], note: 'Weihnachten'},
  };
  interface Read {
    name: string;
    address: {streetAddress?: string; postOfficeBoxNumber?: string}[];
    location: {address: {streetAddress: string}; openingHoursSpecification: {description?: string}[]};
    contactPoint: {name: string}[];
  }
  for (const [language, {name, street, box, labels, note}] of Object.entries(texts) as Array<[Language, (typeof texts)[Language]]>) {
    it(`in ${language}, says the texts in ${language}: ${street}, ${labels.slice(0, 2).join(', ')}`, () => {
      const data = jsonLd(contactDetails, language) as unknown as Read;
      expect(data.name).to.equal(name);
      expect(data.address.map((address) => address.streetAddress ?? address.postOfficeBoxNumber)).to.deep.equal([street, box]);
      expect(data.location.address.streetAddress).to.equal(street);
      expect(data.location.openingHoursSpecification.map((specification) => specification.description)).to.deep.equal([undefined, undefined, note]);
      expect(data.contactPoint.map((point) => point.name)).to.deep.equal(labels);
    });
  }

  it('gives a fax as faxNumber, a mobile and a text-message number as telephone, and a price in words as the description', () => {
    const data = jsonLd({
      name: 'X',
      contact: {
        phones: [
          {number: '014 123 457', kind: 'fax'},
          {number: '040 123 4567', kind: 'mobile'},
          {number: '0700 123 456', kind: 'sms', charge: 'other', chargeDescription: {fi: '0,50 €/viesti', sv: '0,50 €/meddelande'}},
        ],
      },
    });
    expect(data.contactPoint).to.deep.equal([
      {'@type': 'ContactPoint', faxNumber: '+35814123457'},
      {'@type': 'ContactPoint', telephone: '+358401234567'},
      {'@type': 'ContactPoint', telephone: '+358700123456', description: '0,50 €/viesti', areaServed: 'FI'},
    ]);
  });

  it('keeps one ContactPoint with the number and the e-mail address when neither says more, as version 1 wrote them', () => {
    expect(jsonLd({name: 'X', contact: {phones: [{number: '014 123 456'}], emails: [{address: 'a@x.fi'}]}}).contactPoint).to.deep.equal({
      '@type': 'ContactPoint',
      telephone: '+35814123456',
      email: 'a@x.fi',
    });
    expect(jsonLd({name: 'X', contact: {phones: [{number: '014 123 456', charge: 'free'}], emails: [{address: 'a@x.fi'}]}}).contactPoint).to.deep.equal([
      {'@type': 'ContactPoint', telephone: '+35814123456', contactOption: 'https://schema.org/TollFree'},
      {'@type': 'ContactPoint', email: 'a@x.fi'},
    ]);
  });

  describe("the organisation's own hours", () => {
    const week = {weekly: {monday: [{opens: '09:00', closes: '15:00'}]}};
    const itsOwn = {weekly: {tuesday: [{opens: '10:00', closes: '12:00'}]}};
    const organisationHours = [hours('09:00', '15:00', {dayOfWeek: [schema('Monday')]})];
    const ownHours = [hours('10:00', '12:00', {dayOfWeek: [schema('Tuesday')]})];

    it('are the hours of each contact point and visiting address that has none of its own; a postal address has only its own', () => {
      const data = jsonLd({
        name: 'X',
        hours: week,
        addresses: [{street: 'Kauppakatu 19'}, {street: 'Torikatu 1', hours: itsOwn}, {kind: 'postal', postOfficeBox: 'PL 35'}],
        contact: {phones: [{number: '014 123 456'}, {number: '014 123 457', hours: itsOwn}], emails: [{address: 'a@x.fi'}]},
      });
      expect(data.location).to.deep.equal([
        {'@type': 'Place', address: {'@type': 'PostalAddress', streetAddress: 'Kauppakatu 19', addressCountry: 'FI'}, openingHoursSpecification: organisationHours},
        {'@type': 'Place', address: {'@type': 'PostalAddress', streetAddress: 'Torikatu 1', addressCountry: 'FI'}, openingHoursSpecification: ownHours},
      ]);
      expect(data.contactPoint).to.deep.equal([
        {'@type': 'ContactPoint', telephone: '+35814123456', hoursAvailable: organisationHours},
        {'@type': 'ContactPoint', telephone: '+35814123457', hoursAvailable: ownHours},
        {'@type': 'ContactPoint', email: 'a@x.fi', hoursAvailable: organisationHours},
      ]);
    });

    it('are a ContactPoint of their own when nothing else can have them', () => {
      expect(jsonLd({name: 'X', hours: week}).contactPoint).to.deep.equal({'@type': 'ContactPoint', hoursAvailable: organisationHours});
      const boxOnly = jsonLd({
        name: 'X',
        hours: week,
        addresses: [
          {kind: 'postal', postOfficeBox: 'PL 35'},
          {street: 'Torikatu 1', hours: itsOwn},
        ],
      });
      expect(boxOnly.contactPoint).to.deep.equal({'@type': 'ContactPoint', hoursAvailable: organisationHours});
      expect(jsonLd({name: 'X', hours: week, addresses: [{street: 'Kauppakatu 19'}]}).contactPoint).to.equal(undefined);
    });
  });

  describe('OpeningHoursSpecification', () => {
    const specifications = (document: DataDocument['hours']) => jsonLd({name: 'X', hours: document}).contactPoint as {hoursAvailable: unknown};

    it('puts the days that share a range into one, in the order of their first day; several ranges on one day each their own', () => {
      const split = [
        {opens: '08:00', closes: '11:30'},
        {opens: '12:15', closes: '16:00'},
      ];
      expect(specifications({weekly: {monday: split, wednesday: [{opens: '12:15', closes: '16:00'}], sunday: split}}).hoursAvailable).to.deep.equal([
        hours('08:00', '11:30', {dayOfWeek: [schema('Monday'), schema('Sunday')]}),
        hours('12:15', '16:00', {dayOfWeek: [schema('Monday'), schema('Wednesday'), schema('Sunday')]}),
      ]);
    });

    it('keeps a range past midnight closing before it opens, as schema.org reads it, and gives midnight at the end of the day as 23:59', () => {
      expect(
        specifications({weekly: {friday: [{opens: '22:00', closes: '02:00'}], wednesday: [{opens: '00:00', closes: '24:00'}], sunday: [{opens: '18:00', closes: '24:00'}]}})
          .hoursAvailable,
      ).to.deep.equal([
        hours('00:00', '23:59', {dayOfWeek: [schema('Wednesday')]}),
        hours('22:00', '02:00', {dayOfWeek: [schema('Friday')]}),
        hours('18:00', '23:59', {dayOfWeek: [schema('Sunday')]}),
      ]);
    });

    it('gives an exception as valid from its first day through its last: closed as 00:00 to 00:00, other hours one per range, its note as the description', () => {
      const exceptions = [
        {from: '2026-06-19', closed: true as const, note: {fi: 'Juhannusaatto', sv: 'Midsommarafton'}},
        {
          from: '2026-12-31',
          hours: [
            {opens: '09:00', closes: '12:00'},
            {opens: '13:00', closes: '14:00'},
          ],
        },
      ];
      expect(specifications({exceptions}).hoursAvailable).to.deep.equal([
        hours('00:00', '00:00', {validFrom: '2026-06-19', validThrough: '2026-06-19', description: 'Juhannusaatto'}),
        hours('09:00', '12:00', {validFrom: '2026-12-31', validThrough: '2026-12-31'}),
        hours('13:00', '14:00', {validFrom: '2026-12-31', validThrough: '2026-12-31'}),
      ]);
    });
  });

  it('takes the municipality for a missing post office', () => {
    expect(jsonLd({name: 'X', addresses: [{street: 'Kauppakatu 19', municipality: {code: '179', name: {fi: 'Jyväskylä'}}}]}).address).to.deep.equal({
      '@type': 'PostalAddress',
      streetAddress: 'Kauppakatu 19',
      addressLocality: 'Jyväskylä',
      addressCountry: 'FI',
    });
  });

  it('leaves out what the parser dropped: a wrong number, a label that is no text, coordinates in metres, hours that are no times, an unknown charge', () => {
    const document = {
      name: 'X',
      addresses: [{street: 'Kauppakatu 19', coordinates: {latitude: 6974202.909, longitude: 534246.773}, hours: {weekly: {monday: [{opens: '9.00', closes: '15.00'}]}}}],
      contact: {phones: [{number: '12'}, {number: '0800 123 456', label: 42, charge: 'gratis'}], emails: [{address: 'ei osoite'}, {address: 'a@x.fi', label: ''}]},
    } as unknown as DataDocument;
    const data = jsonLd(document);
    expect(data.location).to.equal(undefined);
    // What is left of the number and the e-mail address says nothing more of them: one contact point, as in version 1.
    expect(data.contactPoint).to.deep.equal({'@type': 'ContactPoint', telephone: '+358800123456', areaServed: 'FI', email: 'a@x.fi'});
  });
});
