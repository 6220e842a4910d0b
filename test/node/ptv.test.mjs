// PTV (Suomi.fi Service Catalogue) documents → the data format: the adapter
// (cli/ptv/) rule by rule, then `koske-widgets from-ptv` end to end, with
// files, standard input and --from-url against a server of this test's own
// serving the fixtures. The real PTV service is never called.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {PtvError, fromPtv} from '../../cli/ptv/adapter.js';
import {normalCase, v11} from '../../cli/ptv/v11.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/koske-widgets.mjs');
const fixtures = join(root, 'test/node/fixtures/ptv');
/** @param {string} name */
const fixturePath = (name) => join(fixtures, name);
/** @param {string} name */
const fixture = (name) => JSON.parse(readFileSync(fixturePath(name), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'src/data/schema.json'), 'utf8'));
// The widgets' own rules, which the importer judges values by (`npm test` builds dist/ first).
const {e164, parseDocument, schemaProblems} = await import(new URL('../../dist/koske-widgets-library.js', import.meta.url).href);

/** An Organization with a name and whatever else a test needs. */
const organization = (fields = {}) => ({
  id: '5f0cba4e-8d3c-4b7e-9f1a-3e2d6c7b8a90',
  organizationNames: [{language: 'fi', value: 'Toivakan Kyläyhdistys ry', type: 'Name'}],
  ...fields,
});

/**
 * fromPtv, with the result checked every time as `validate` checks it: by the schema and by the
 * widgets' parser (synchronously: the importer writes places as objects, never by code alone).
 * The document's fields are typed as there: a test that reads one expects it.
 * @param {...unknown} jsons
 * @returns {{document: Required<import('../../src/data/types.js').DocumentV1>, notes: string[]}}
 */
function convert(...jsons) {
  const result = fromPtv(jsons);
  assert.deepEqual(schemaProblems(result.document, schema), [], 'the schema accepts the converted document');
  assert.deepEqual(parseDocument(result.document).ignored, [], 'the widgets show all of it');
  return /** @type {{document: Required<import('../../src/data/types.js').DocumentV1>, notes: string[]}} */ (result);
}

const koskeDocument = {
  version: 1,
  name: {fi: 'Keski-Suomen sosiaalialan osaamiskeskus', sv: 'Kompetenscentret för det sociala området i Mellersta Finland', en: 'KOSKE'},
  shortName: {fi: 'KOSKE'},
  description: {
    fi: 'KOSKE kehittää sosiaalialan palveluja ja osaamista Keski-Suomessa yhdessä kuntien, järjestöjen ja oppilaitosten kanssa.\n\nHallinnoimme hankkeita, kuten Yhdessä ei olla yksin -hanketta (2017–2019).',
    sv: 'Kompetenscentret för det sociala området i Mellersta Finland.',
    en: 'KOSKE develops social welfare services and expertise in Central Finland.',
  },
  region: {code: '13', name: {fi: 'Keski-Suomi', sv: 'Mellersta Finland', en: 'Central Finland'}},
  municipalities: [
    {code: '179', name: {fi: 'Jyväskylä', sv: 'Jyväskylä'}},
    {code: '410', name: {fi: 'Laukaa', sv: 'Laukaa'}},
    {code: '992', name: {fi: 'Äänekoski', sv: 'Äänekoski'}},
  ],
  address: {
    street: {fi: 'Matarankatu 4', sv: 'Matarankatu 4'},
    extra: {fi: 'Huoneet 109 ja 110'},
    postalCode: '40100',
    locality: {fi: 'Jyväskylä', sv: 'Jyväskylä'},
    country: 'FI',
  },
  contact: {
    email: 'toimisto@koskeverkko.fi',
    phone: '+358406537220',
    homeMunicipality: {code: '179', name: {fi: 'Jyväskylä', sv: 'Jyväskylä', en: 'Jyväskylä'}},
  },
  links: [
    {type: 'website', url: 'https://koskeverkko.fi', label: {fi: 'Koskeverkko', sv: 'Koskeverkko'}},
    {type: 'website', url: 'https://koskeverkko.fi/en', label: {en: 'Koskeverkko in English'}},
    {type: 'facebook', url: 'https://www.facebook.com/koskeverkko', label: {fi: 'KOSKE Facebookissa'}},
  ],
};

const koskeNotes = [
  'organizationNames: the official name "Centre of Expertise on Social Welfare in Central Finland" (en) is left out: displayNameType shows the alternative name',
  'businessCode: the business ID 2874519-4 is left out: the format has no field for it',
  'organizationType: the organisation type Organization is left out: the format has no field for it',
  'areas: the HospitalDistrict area "Keski-Suomen sairaanhoitopiiri" is left out: the format has regions and municipalities only',
  'addresses: the coordinates (EPSG:3067) of the visiting address are left out',
  'addresses: the postal address "PL 35, 40101 Jyväskylä" is left out: the format has one address',
  'contact.email toimisto@koskeverkko.fi: its description "Toimisto" is left out',
  'emails: info@koskeverkko.fi ("General enquiries") is left out: the format has one e-mail address',
  'contact.phone +358 406537220: its charge information is left out (the format has no field for it): Chargeable: "Puhelun hinta oman liittymäsopimuksen mukaan"',
  'contact.phone +358 406537220: its additional information "Projektipäällikkö" is left out',
  'phoneNumbers: 0800123456 ("Neuvonta", FreeOfCharge: "Maksuton kaikista liittymistä") is left out: the format has one phone number',
];

/** The ServiceLocation of the real v11 list (DVV's test data), for building variations. */
const location = () => fixture('ptv-v11-servicechannel-list.json').itemList[0];

describe('fromPtv: a v11 Organization', () => {
  test('KOSKE: every field the format has, and a note for each thing left out', () => {
    const {document, notes} = convert(fixture('organization-koske.json'));
    assert.deepEqual(document, koskeDocument);
    assert.deepEqual(notes, koskeNotes);
  });

  test('an Organization with an id and one name is a card with a name', () => {
    assert.deepEqual(convert(fixture('organization-minimal.json')), {document: {version: 1, name: {fi: 'Toivakan Kyläyhdistys ry'}}, notes: []});
  });

  test('an Organization given as a paged list of one item', () => {
    const page = {pageNumber: 1, pageSize: 100, pageCount: 1, itemList: [fixture('organization-koske.json')]};
    assert.deepEqual(convert(page).document, koskeDocument);
  });
});

describe('fromPtv: names', () => {
  const names = [
    {language: 'fi', value: 'Keski-Suomen sosiaalialan osaamiskeskus', type: 'Name'},
    {language: 'fi', value: 'KOSKE', type: 'AlternativeName'},
    {language: 'sv', value: 'Kompetenscentret', type: 'Name'},
  ];

  test('displayNameType chooses the name shown per language; the alternative name becomes the short name', () => {
    const {document, notes} = convert(
      organization({
        organizationNames: names,
        displayNameType: [
          {type: 'AlternativeName', language: 'fi'},
          {type: 'Name', language: 'sv'},
        ],
      }),
    );
    assert.deepEqual(document.name, {fi: 'KOSKE', sv: 'Kompetenscentret'});
    assert.equal(document.shortName, undefined);
    assert.deepEqual(notes, ['organizationNames: the official name "Keski-Suomen sosiaalialan osaamiskeskus" (fi) is left out: displayNameType shows the alternative name']);
  });

  test('without displayNameType the Name is shown', () => {
    const {document} = convert(organization({organizationNames: names}));
    assert.deepEqual(document.name, {fi: 'Keski-Suomen sosiaalialan osaamiskeskus', sv: 'Kompetenscentret'});
    assert.deepEqual(document.shortName, {fi: 'KOSKE'});
  });

  test('an older document: displayNameType as one string for all languages, AlternateName spelt the v7 way', () => {
    const older = [names[0], {language: 'fi', value: 'KOSKE', type: 'AlternateName'}, names[2]];
    const {document} = convert(organization({organizationNames: older, displayNameType: 'AlternateName'}));
    assert.deepEqual(document.name, {fi: 'KOSKE', sv: 'Kompetenscentret'});
  });

  test('displayNameType naming an alternative name that does not exist falls back to the Name', () => {
    const {document, notes} = convert(organization({organizationNames: [names[2]], displayNameType: [{type: 'AlternativeName', language: 'sv'}]}));
    assert.deepEqual(document.name, {sv: 'Kompetenscentret'});
    assert.deepEqual(notes, []);
  });

  test('language codes in odd case, without a language (Finnish), empty values and names of unknown types', () => {
    const {document} = convert(
      organization({
        organizationNames: [
          {language: 'SV', value: ' Byaförening ', type: 'Name'},
          {value: 'Kyläyhdistys', type: 'Name'},
          {language: 'en', value: '', type: 'Name'},
          {language: 'en', value: 'Village association', type: 'Nickname'},
          null,
          'Name',
        ],
      }),
    );
    assert.deepEqual(document.name, {fi: 'Kyläyhdistys', sv: 'Byaförening', en: 'Village association'});
  });

  test('no name is the one hard error', () => {
    for (const organizationNames of [[], [{language: 'fi', value: '  ', type: 'Name'}], [{language: 'fi', value: null}]]) {
      assert.throws(() => fromPtv([organization({organizationNames})]), {name: 'Error', message: 'the PTV Organization has no name (organizationNames is empty)'});
      assert.throws(() => fromPtv([organization({organizationNames})]), PtvError);
    }
  });
});

describe('fromPtv: descriptions', () => {
  test('the Description per language, else the Summary; line breaks become paragraphs', () => {
    const {document} = convert(
      organization({
        organizationDescriptions: [
          {language: 'fi', value: 'Lyhyesti.', type: 'Summary'},
          {language: 'fi', value: 'Ensimmäinen kappale.\r\nToinen kappale.\n\n\nKolmas.', type: 'Description'},
          {language: 'sv', value: 'Kort.', type: 'ShortDescription'},
          {language: 'en', value: '', type: 'Description'},
          {language: 'en', value: 'Short.', type: 'Summary'},
        ],
      }),
    );
    assert.deepEqual(document.description, {fi: 'Ensimmäinen kappale.\n\nToinen kappale.\n\nKolmas.', sv: 'Kort.', en: 'Short.'});
  });
});

describe('fromPtv: addresses', () => {
  test('post offices in normal case', () => {
    for (const [capitals, normal] of [
      ['JYVÄSKYLÄ', 'Jyväskylä'],
      ['PIEKSÄMÄKI', 'Pieksämäki'],
      ['ÄÄNEKOSKI', 'Äänekoski'],
      ['KORPILAHTI-MUURAME', 'Korpilahti-Muurame'],
      ['EKENÄS', 'Ekenäs'],
      ['NORR-BROBY', 'Norr-Broby'],
      ['PORVOO BORGÅ', 'Porvoo Borgå'],
      ['ÖVERMARK', 'Övermark'],
      ['Helsinki', 'Helsinki'],
      ['von Wright', 'von Wright'],
    ]) {
      assert.equal(normalCase(capitals), normal, capitals);
    }
  });

  test('the visiting address: street and number, extra line, postal code, post office and country per language', () => {
    const {document} = convert(
      organization({
        addresses: [
          {
            type: 'Visiting',
            subType: 'Street',
            streetAddress: {
              street: [
                {value: 'Kauppakatu', language: 'fi'},
                {value: 'Handelsgatan', language: 'sv'},
              ],
              streetNumber: 12,
              postalCode: '00100',
              postOffice: [
                {value: 'HELSINKI', language: 'fi'},
                {value: 'HELSINGFORS', language: 'sv'},
              ],
              additionalInformation: [{value: 'C-rappu', language: 'fi'}],
            },
            country: 'fi',
          },
        ],
      }),
    );
    assert.deepEqual(document.address, {
      street: {fi: 'Kauppakatu 12', sv: 'Handelsgatan 12'},
      extra: {fi: 'C-rappu'},
      postalCode: '00100',
      locality: {fi: 'Helsinki', sv: 'Helsingfors'},
      country: 'FI',
    });
  });

  test('without a visiting address: the address of a ServiceLocation (the real v11 list), its coordinates left out', () => {
    const {document, notes} = convert(fixture('organization-minimal.json'), fixture('ptv-v11-servicechannel-list.json'));
    /** @param {string} text */
    const everyLanguage = (text) => ({fi: text, sv: text, en: text, se: text, smn: text, sms: text});
    assert.deepEqual(document, {
      version: 1,
      name: {fi: 'Toivakan Kyläyhdistys ry'},
      languages: ['fi', 'en'],
      address: {street: everyLanguage('Asemakatu 44'), postalCode: '70110', locality: everyLanguage('Kuopio'), country: 'FI'},
    });
    assert.deepEqual(notes, [
      'input 2: item 1: the ServiceChannel belongs to the organization 75c2ec6f-1127-41ce-a71d-4c7077366757, not 5f0cba4e-8d3c-4b7e-9f1a-3e2d6c7b8a90; used all the same',
      'ServiceLocation "One organization location": its name and description are left out: the card describes the organisation',
      'addresses: the coordinates (EPSG:3067) of the address of the service location "One organization location" are left out',
    ]);
  });

  test("the organisation's visiting address wins over a service location's", () => {
    const {document, notes} = convert(fixture('organization-koske.json'), fixture('ptv-v11-servicechannel-list.json'));
    assert.deepEqual(document.address, koskeDocument.address);
    assert.ok(
      notes.includes('addresses: the address of the service location "One organization location" "Asemakatu 44, 70110 Kuopio" is left out: the format has one address'),
      notes.join('\n'),
    );
  });

  test('with only a postal address: its post office box as the street line', () => {
    const koske = fixture('organization-koske.json');
    const {document, notes} = convert(organization({addresses: koske.addresses.filter((/** @type {{type?: unknown}} */ address) => address.type === 'Postal')}));
    assert.deepEqual(document.address, {street: {fi: 'PL 35'}, postalCode: '40101', locality: {fi: 'Jyväskylä', sv: 'Jyväskylä'}, country: 'FI'});
    assert.deepEqual(notes, []);
  });

  test('a foreign or free-text address is left out with a note; nulls and junk are ignored', () => {
    const {document, notes} = convert(
      organization({
        addresses: [
          {type: 'Visiting', subType: 'Foreign', streetAddress: null, foreignAddress: [{value: 'Storgatan 1, Stockholm', language: 'sv'}]},
          {type: 'Visiting', streetAddress: {street: [], streetNumber: '4'}},
          null,
          'Matarankatu 4',
        ],
      }),
    );
    assert.equal(document.address, undefined);
    assert.deepEqual(notes, [
      'addresses: the visiting address is left out: it has no street address or post office box',
      'addresses: the visiting address is left out: it has no street address or post office box',
    ]);
  });
});

describe('fromPtv: phones', () => {
  /** @param {object} fields */
  const phone = (fields) => convert(organization({phoneNumbers: [{language: 'fi', ...fields}]}));

  test('prefixNumber and number become E.164', () => {
    assert.equal(phone({prefixNumber: '+358', number: '406537220'}).document.contact.phone, '+358406537220');
    assert.equal(phone({prefixNumber: '+358', number: '040 653 7220'}).document.contact.phone, '+358406537220');
    assert.equal(phone({prefixNumber: '+46', number: '8 123 456 78'}).document.contact.phone, '+46812345678');
    assert.equal(phone({prefixNumber: null, number: '014 123 4567'}).document.contact.phone, '+358141234567');
  });

  test('a Finnish service number without a prefix is kept as dialled in Finland, and the widgets read it as E.164', () => {
    const {document, notes} = phone({isFinnishServiceNumber: true, prefixNumber: null, number: '0800 123 456', serviceChargeType: 'FreeOfCharge'});
    assert.equal(document.contact.phone, '0800123456');
    assert.equal(e164(document.contact.phone), '+358800123456');
    assert.deepEqual(notes, []);
    assert.equal(phone({isFinnishServiceNumber: true, number: '600 301 000'}).document.contact.phone, '0600301000');
  });

  test('charge information is left out with a note; free numbers need none', () => {
    const charged = phone({isFinnishServiceNumber: true, number: '0600301000', serviceChargeType: 'Chargeable', chargeDescription: '1,20 €/min + pvm'});
    assert.deepEqual(charged.notes, ['contact.phone 0600301000: its charge information is left out (the format has no field for it): Chargeable: "1,20 €/min + pvm"']);
    const other = phone({prefixNumber: '+358', number: '406537220', serviceChargeType: 'Other'});
    assert.deepEqual(other.notes, ['contact.phone +358 406537220: its charge information is left out (the format has no field for it): Other']);
    const older = phone({prefixNumber: '+358', number: '406537220', serviceChargeType: 'Charged'});
    assert.equal(older.notes.length, 1);
    assert.deepEqual(phone({prefixNumber: '+358', number: '406537220', serviceChargeType: 'Free'}).notes, []);
  });

  test('the Finnish number first, each number once, the others in notes; faxes and non-numbers left out', () => {
    const {document, notes} = convert(
      organization({
        phoneNumbers: [
          {language: 'en', prefixNumber: '+358', number: '141234567', orderNumber: 1},
          {language: 'fi', prefixNumber: '+358', number: '406537220', orderNumber: 2},
          {language: 'sv', prefixNumber: '+358', number: '0406537220', orderNumber: 2},
          {language: 'fi', prefixNumber: '+358', number: 'ei puhelinta'},
          {language: 'fi', number: null},
        ],
      }),
      {serviceChannelType: 'ServiceLocation', serviceChannelNames: [], phoneNumbers: [{type: 'Fax', prefixNumber: '+358', number: '141234568', language: 'fi'}]},
    );
    assert.equal(document.contact.phone, '+358406537220');
    assert.deepEqual(notes, [
      'phoneNumbers: "+358 ei puhelinta" is left out: it is not a phone number',
      'phoneNumbers: the fax number +358 141234568 is left out',
      'phoneNumbers: +358 141234567 is left out: the format has one phone number',
    ]);
  });

  test("a channel's phone when the organisation has none", () => {
    const {document} = convert(organization(), {
      serviceChannelType: 'Phone',
      serviceChannelNames: [],
      phoneNumbers: [{prefixNumber: '+358', number: '295000', isFinnishServiceNumber: false, language: 'fi'}],
    });
    assert.equal(document.contact.phone, '+358295000');
  });
});

describe('fromPtv: e-mail', () => {
  test('the Finnish address first; others, descriptions and non-addresses in notes', () => {
    const {document, notes} = convert(
      organization({
        emails: [
          {language: 'sv', value: 'info@example.fi'},
          {language: 'fi', value: 'not an address'},
          {language: 'FI', value: 'toimisto@example.fi'},
          {language: 'en', value: 'TOIMISTO@example.fi'},
        ],
      }),
    );
    assert.equal(document.contact.email, 'toimisto@example.fi');
    assert.deepEqual(notes, ['emails: "not an address" is left out: it is not an e-mail address', 'emails: info@example.fi is left out: the format has one e-mail address']);
  });

  test('older documents: emailAddresses as plain strings; channels: supportEmails', () => {
    assert.equal(convert(organization({emailAddresses: ['yhdistys@example.fi']})).document.contact.email, 'yhdistys@example.fi');
    const {document} = convert(organization(), {...location(), supportEmails: [{value: 'paikka@example.fi', language: 'fi'}]});
    assert.equal(document.contact.email, 'paikka@example.fi');
  });
});

describe('fromPtv: web pages', () => {
  test('in orderNumber order, one link per address with its names per language; social media by host', () => {
    const {document, notes} = convert(
      organization({
        webPages: [
          {url: 'https://www.instagram.com/koske', value: 'Instagram', language: 'fi', orderNumber: '3'},
          {url: 'https://x.com/koske', value: null, language: 'fi', orderNumber: 2},
          {url: 'https://koskeverkko.fi', value: 'Koskeverkko', language: 'fi', orderNumber: 1},
          {url: 'https://koskeverkko.fi', value: 'Koskeverkko (sv)', language: 'sv', orderNumber: 1},
          {url: 'www.koske.example', value: 'Ilman skeemaa', language: 'fi'},
          {url: 'ftp://koske.example/files', value: 'FTP', language: 'fi', orderNumber: 4},
          {url: 'https://fi-fi.facebook.com/koske', language: 'fi', orderNumber: 5},
          {url: 'https://jyväskylä.example/sivu 1', value: 'Ääkköset', language: 'fi', orderNumber: 6},
        ],
      }),
    );
    assert.deepEqual(document.links, [
      {type: 'website', url: 'https://koskeverkko.fi', label: {fi: 'Koskeverkko', sv: 'Koskeverkko (sv)'}},
      {type: 'twitter', url: 'https://x.com/koske'},
      {type: 'instagram', url: 'https://www.instagram.com/koske', label: {fi: 'Instagram'}},
      {type: 'facebook', url: 'https://fi-fi.facebook.com/koske'},
      {type: 'website', url: 'https://xn--jyvskyl-7wae.example/sivu%201', label: {fi: 'Ääkköset'}},
      {type: 'website', url: 'https://www.koske.example', label: {fi: 'Ilman skeemaa'}},
    ]);
    assert.deepEqual(notes, ['webPages: "ftp://koske.example/files" is left out: it is not an http(s) address']);
  });

  test("a channel's web pages follow the organisation's", () => {
    const {document} = convert(organization({webPages: [{url: 'https://koskeverkko.fi', value: 'Koskeverkko', language: 'fi', orderNumber: 1}]}), {
      ...location(),
      webPages: [{url: 'https://koskeverkko.fi/toimisto', value: 'Toimisto', language: 'fi', orderNumber: 1}],
    });
    assert.deepEqual(
      document.links.map(({url}) => url),
      ['https://koskeverkko.fi', 'https://koskeverkko.fi/toimisto'],
    );
  });
});

describe('fromPtv: areas, home municipality and languages', () => {
  test('Region and Municipality areas with their codes; other areas and the whole country in notes', () => {
    const {document, notes} = convert(
      organization({
        areaType: 'Nationwide',
        areas: [
          {type: 'Municipality', code: '20', name: [{value: 'Akaa', language: 'fi'}]},
          {type: 'Region', code: '13', name: [{value: 'Keski-Suomi', language: 'fi'}]},
          {type: 'Region', code: '6', name: [{value: 'Pirkanmaa', language: 'fi'}]},
          {type: 'Municipality', code: '179', name: []},
          {type: 'BusinessSubRegion', code: '131', name: [{value: 'Jyväskylän seutukunta', language: 'fi'}]},
          {type: 'Municipality', code: 'X1', name: [{value: 'Tuntematon', language: 'fi'}]},
        ],
        areaMunicipalities: [
          {code: '020', name: [{value: 'Akaa', language: 'fi'}]},
          {code: '172', name: [{value: 'Joutsa', language: 'fi'}]},
        ],
      }),
    );
    assert.deepEqual(document.region, {code: '13', name: {fi: 'Keski-Suomi'}});
    assert.deepEqual(document.municipalities, [
      {code: '020', name: {fi: 'Akaa'}},
      {code: '172', name: {fi: 'Joutsa'}},
    ]);
    assert.deepEqual(notes, [
      'the municipality "179" is left out: it has no name',
      'areas: the BusinessSubRegion area "Jyväskylän seutukunta" is left out: the format has regions and municipalities only',
      'the municipality "X1" is left out: it has no 3-digit code',
      'areas: the region 06 "Pirkanmaa" is left out: the format has one region',
      'areaType Nationwide (the whole country) is left out: the format has no field for it',
    ]);
  });

  test("the organisation's municipality is its home municipality", () => {
    const {document} = convert(organization({municipality: {code: '850', name: [{value: 'Toivakka', language: 'fi'}]}}));
    assert.deepEqual(document.contact, {homeMunicipality: {code: '850', name: {fi: 'Toivakka'}}});
  });

  test("languages served: the channels' languages, each once, in lower case", () => {
    const {document} = convert(organization(), {...location(), languages: ['FI', 'en', 'fi', 'not a language', 7]}, {...location(), languages: ['sv', 'en']});
    assert.deepEqual(document.languages, ['fi', 'en', 'sv']);
  });
});

describe('fromPtv: tolerance and refusals', () => {
  test('nulls, wrong types and unknown fields everywhere: no error, only the name', () => {
    const junk = organization({
      organizationDescriptions: null,
      displayNameType: 42,
      areas: {type: 'Region'},
      areaMunicipalities: 'Jyväskylä',
      addresses: [{type: 'Visiting', streetAddress: 'Matarankatu 4'}],
      phoneNumbers: [{number: {}}],
      emails: [5, {value: 7}],
      webPages: [{url: null}, {}],
      municipality: null,
      somethingNew: {nested: [1, 2, 3]},
    });
    const {document} = convert(junk, {serviceChannelType: 'Phone', serviceChannelNames: null, phoneNumbers: 'none', languages: null, addresses: [null]});
    assert.deepEqual(document, {version: 1, name: {fi: 'Toivakan Kyläyhdistys ry'}});
  });

  test('a municipality given as plain text is left out with a note', () => {
    const {document, notes} = convert(organization({municipality: 'Jyväskylä'}));
    assert.equal(document.contact, undefined);
    assert.deepEqual(notes, ['municipality: "Jyväskylä" is left out: it has no code']);
  });

  test('PTV v12 documents are refused clearly, alone or in a list', () => {
    assert.throws(() => fromPtv([fixture('organization-v12.json')], {names: ['org.json']}), {
      message: 'org.json: PTV v12 documents are not supported yet; use the v11 read API (/api/v11/Organization/{id}, /api/v11/ServiceChannel/{id})',
    });
    assert.throws(() => fromPtv([fixture('organization-minimal.json'), {itemList: [{contentId: 'x'}]}]), {message: /^input 2: item 1: PTV v12 documents are not supported yet;/});
    assert.equal(v11.accepts(fixture('organization-v12.json')), false);
  });

  test('channels without an Organization, and inputs that are not PTV documents', () => {
    assert.throws(() => fromPtv([fixture('ptv-v11-servicechannel-list.json')]), {message: 'no PTV Organization among the inputs: its name is the one thing a card needs'});
    assert.throws(() => fromPtv([[1, 2]], {names: ['list.json']}), {message: 'list.json: not a PTV document (a JSON object was expected)'});
    assert.throws(() => fromPtv([]), PtvError);
  });

  test('a Service, a second Organization and an empty list are left out with notes', () => {
    const {document, notes} = convert(
      organization(),
      {id: 's', serviceNames: [{language: 'fi', value: 'Palvelu'}]},
      organization({organizationNames: [{language: 'fi', value: 'Toinen'}]}),
      {
        pageNumber: 1,
        itemList: [],
      },
    );
    assert.deepEqual(document.name, {fi: 'Toivakan Kyläyhdistys ry'});
    assert.deepEqual(notes, ['input 2: left out: neither a PTV Organization nor a ServiceChannel', 'input 4: the list is empty', 'input 3: a second Organization, left out']);
  });

  test('the v11 adapter says what it accepts', () => {
    assert.equal(v11.version, 'v11');
    assert.equal(v11.kind(fixture('organization-koske.json')), 'organization');
    assert.equal(v11.kind(location()), 'channel');
    assert.equal(v11.accepts({id: 'x'}), false);
    assert.equal(v11.accepts(null), false);
  });
});

// ---------------------------------------------------------------------------

/**
 * Runs the command with `args`, feeding `input` to its stdin.
 * @param {string[]} args
 * @param {{input?: string}} [options]
 * @returns {Promise<{code: number, stdout: string, stderr: string}>}
 */
function run(args, {input} = {}) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8'}, (error, stdout, stderr) => {
      // A command that ran and failed: its exit status.
      resolve({code: error ? /** @type {number} */ (error.code) : 0, stdout, stderr});
    });
    /** @type {import('node:stream').Writable} */ (child.stdin).end(input ?? '');
  });
}

/** @param {string[]} notes */
const notesOn = (notes) => notes.map((note) => `koske-widgets: note: ${note}\n`).join('');

describe('koske-widgets from-ptv', () => {
  /** @type {import('node:http').Server} */
  let server;
  /** @type {string} */
  let base;
  before(async () => {
    // Stands in for the PTV read API: the fixtures, a 404, an HTML error page, a broken answer.
    server = createServer((request, response) => {
      /** @type {Record<string, string>} */
      const routes = {
        '/api/v11/Organization/1a53fcf0-a3e4-4039-b9cf-6d6c1b0eacf2': 'organization-koske.json',
        '/api/v11/ServiceChannel/list': 'ptv-v11-servicechannel-list.json',
      };
      // A request to an HTTP server always has its URL.
      const file = routes[/** @type {string} */ (request.url)];
      if (file) {
        response.writeHead(200, {'content-type': 'application/json; charset=utf-8'});
        response.end(readFileSync(fixturePath(file)));
      } else if (request.url === '/maintenance') {
        response.writeHead(200, {'content-type': 'text/html'});
        response.end('<!doctype html><title>Huoltokatko</title>');
      } else if (request.url === '/cut') {
        response.writeHead(200, {'content-type': 'application/json', 'content-length': '1000'});
        response.end('{"id": "1a53');
      } else {
        response.writeHead(404, {'content-type': 'application/json'});
        response.end('{"message": "not found"}');
      }
    });
    await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
    base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  const koske = fixturePath('organization-koske.json');
  const list = fixturePath('ptv-v11-servicechannel-list.json');

  test('files: the data on stdout (2-space JSON), the notes on stderr, exit 0', async () => {
    const {code, stdout, stderr} = await run(['from-ptv', koske, list]);
    const expected = fromPtv([fixture('organization-koske.json'), fixture('ptv-v11-servicechannel-list.json')], {names: [koske, list]});
    assert.equal(code, 0);
    assert.equal(stdout, `${JSON.stringify(expected.document, null, 2)}\n`);
    assert.deepEqual(JSON.parse(stdout).address, koskeDocument.address);
    assert.equal(stderr, notesOn(expected.notes));
    assert.match(stderr, /^koske-widgets: note: addresses: the coordinates \(EPSG:3067\) of the visiting address are left out$/m);
  });

  test('the output is valid for koske-widgets validate', async () => {
    const {stdout} = await run(['from-ptv', koske]);
    const {code, stdout: report} = await run(['validate', '-'], {input: stdout});
    assert.equal(code, 0);
    assert.equal(report, '(stdin): valid\n');
  });

  test('- reads standard input; a file without notes writes nothing on stderr', async () => {
    const {code, stdout, stderr} = await run(['from-ptv', '-'], {input: readFileSync(fixturePath('organization-minimal.json'), 'utf8')});
    assert.equal(code, 0);
    assert.equal(stdout, '{\n  "version": 1,\n  "name": {\n    "fi": "Toivakan Kyläyhdistys ry"\n  }\n}\n');
    assert.equal(stderr, '');
  });

  test('--from-url fetches the documents (repeatable) and gives what the files give', async () => {
    const organization = `${base}/api/v11/Organization/1a53fcf0-a3e4-4039-b9cf-6d6c1b0eacf2`;
    const channels = `${base}/api/v11/ServiceChannel/list`;
    const {code, stdout, stderr} = await run(['from-ptv', '--from-url', organization, '--from-url', channels]);
    const expected = fromPtv([fixture('organization-koske.json'), fixture('ptv-v11-servicechannel-list.json')], {names: [organization, channels]});
    assert.equal(code, 0);
    assert.equal(stdout, `${JSON.stringify(expected.document, null, 2)}\n`);
    assert.equal(stderr, notesOn(expected.notes));
  });

  test('--from-url with a file: the file first', async () => {
    const {code, stdout} = await run(['from-ptv', fixturePath('organization-minimal.json'), '--from-url', `${base}/api/v11/ServiceChannel/list`]);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).address.street.fi, 'Asemakatu 44');
  });

  test('an HTTP error, an answer that is not JSON and one that breaks off: exit 1, nothing on stdout', async () => {
    for (const [path, message] of [
      ['/api/v11/Organization/unknown', 'the server answered HTTP 404 Not Found'],
      ['/maintenance', "the answer is not JSON (text/html): Unexpected token '<' at line 1, column 1"],
      ['/cut', 'the answer broke off before its end'],
    ]) {
      const {code, stdout, stderr} = await run(['from-ptv', '--from-url', `${base}${path}`]);
      assert.equal(code, 1, path);
      assert.equal(stdout, '', path);
      assert.equal(stderr, `koske-widgets: ${base}${path}: ${message}\n`);
    }
  });

  test('a server that cannot be reached', async () => {
    const closed = createServer();
    await /** @type {Promise<void>} */ (new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve)));
    const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (closed.address()).port}/org.json`;
    await new Promise((resolve) => closed.close(resolve));
    const {code, stderr} = await run(['from-ptv', '--from-url', url]);
    assert.equal(code, 1);
    assert.equal(stderr, `koske-widgets: ${url}: cannot fetch: ECONNREFUSED\n`);
  });

  test('a v12 document, channels alone, a missing file and a file that is not JSON: exit 1 with the reason', async () => {
    const v12 = fixturePath('organization-v12.json');
    for (const [args, reason] of /** @type {Array<[string[], string]>} */ ([
      [[v12], `${v12}: PTV v12 documents are not supported yet; use the v11 read API (/api/v11/Organization/{id}, /api/v11/ServiceChannel/{id})`],
      [[list], 'no PTV Organization among the inputs: its name is the one thing a card needs'],
      [['missing.json'], 'missing.json: cannot read: no such file'],
      [
        [fixturePath('README.md'), 'missing.json'],
        `${fixturePath('README.md')}: not valid JSON: Unexpected token '#' at line 1, column 1\nkoske-widgets: missing.json: cannot read: no such file`,
      ],
    ])) {
      const {code, stdout, stderr} = await run(['from-ptv', ...args]);
      assert.equal(code, 1, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `koske-widgets: ${reason}\n`);
    }
  });

  test('wrong usage exits 2 with the reason and the usage', async () => {
    for (const [args, reason] of /** @type {Array<[string[], string]>} */ ([
      [[], 'koske-widgets: from-ptv needs a PTV file (- reads standard input) or --from-url URL'],
      [['--from-url'], 'koske-widgets: option --from-url needs a value'],
      [['--from-url', 'file:///etc/passwd'], 'koske-widgets: --from-url needs an http(s) address, not "file:///etc/passwd"'],
      [['--lang', 'fi', koske], 'koske-widgets: unknown option --lang'],
    ])) {
      const {code, stdout, stderr} = await run(['from-ptv', ...args]);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n')[0], reason);
      assert.match(stderr, /^ {2}koske-widgets from-ptv \(organization\.json \[channel\.json\.\.\.\] \| --from-url URL\.\.\.\)$/m);
    }
  });

  test('--help describes the command', async () => {
    const {code, stdout} = await run(['from-ptv', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^from-ptv {2}Prints a data file made from Suomi\.fi Service Catalogue \(PTV\) v11$/m);
    assert.match(stdout, /^ {2}--from-url URL {9}fetch a PTV document, such as$/m);
  });
});
