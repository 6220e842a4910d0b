// One format, one set of rules: the JSON Schema (what editors, the WordPress
// plugin and `validate` check against) and the widgets' parser must agree.
// fast-check generates documents field by field, each field valid, nearly
// valid (the mistakes webmasters make) or hostile, and for every document:
// - `validate` accepts it exactly when the widgets show it with nothing ignored;
// - every field the schema faults is a field the widgets ignore (the schema is
//   never stricter than the widgets);
// - a document `validate` accepts loses nothing on the way to the screen.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import fc from 'fast-check';

const library = await import(new URL('../../dist/koske-widgets-library.js', import.meta.url).href);
const schema = JSON.parse(readFileSync(new URL('../../dist/koske-widgets.schema.json', import.meta.url), 'utf8'));
await library.registryReady();

/** @param {fc.Arbitrary<string>} arbitrary */
const padded = (arbitrary) =>
  fc.tuple(fc.constantFrom('', ' ', '\t', '\u00a0'), arbitrary, fc.constantFrom('', ' ', '\n')).map(([before, text, after]) => `${before}${text}${after}`);
const hostile = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  fc.constantFrom(null, '', '   ', 0, -1, 1e21, true, [], {}, {__proto__: null}, '__proto__', '<script>alert(1)</script>', 'javascript:alert(1)'),
);

const languageTags = {
  valid: fc.constantFrom('fi', 'sv', 'en', 'de', 'se', 'smn', 'sv-FI', 'SV', 'Fi', 'en-GB', 'de-1996', 'fi-x-selko'),
  nearlyValid: fc.constantFrom('fi-12', 'x-klingon', 'finnish', 'f', 'fi_FI', ' fi', 'fi-', 'sv--FI', 'i-default', '12', 'fi-abcdefghi'),
};
const text = fc.string({minLength: 1, maxLength: 12}).filter((each) => each.trim() !== '');
const localizedText = fc.oneof(
  {weight: 3, arbitrary: padded(text)},
  {weight: 3, arbitrary: fc.dictionary(languageTags.valid, text, {minKeys: 1, maxKeys: 3})},
  {weight: 1, arbitrary: fc.constantFrom('', ' ', {}, {fi: ''}, {fi: '  '}, {fi: 'a', 'fi-FI': 'b'}, {'fi-12': 'a'}, {' fi': 'a'}, {fi: 5}, {fi: null}, ['a'])},
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.oneof(languageTags.valid, languageTags.nearlyValid, fc.string({maxLength: 4})), fc.oneof(text, fc.constant(' '), fc.integer()), {maxKeys: 3}),
  },
);
const webUrl = fc.oneof(
  padded(fc.webUrl({validSchemes: ['https', 'http']})),
  fc.constantFrom('https://www.koske.fi', 'HTTPS://KOSKE.FI/', 'https://jyväskylä.fi/a b', 'http://[::1]/', 'https://koske.fi:8443/x?y=1#z'),
  fc.constantFrom(
    'www.koske.fi',
    'koske.fi',
    '/path',
    '//koske.fi',
    'ftp://koske.fi',
    'javascript:alert(1)',
    'data:text/html,x',
    'https://',
    'http:///x',
    'https://exa mple.fi',
    'mailto:a@b.fi',
  ),
);
const email = fc.oneof(
  padded(fc.emailAddress().filter((address) => !/[%?&"]/.test(address))),
  fc.constantFrom('info@koske.fi', 'info@jyväskylä.fi', 'Etunimi.Sukunimi@KOSKE.FI', 'a+b@example.com'),
  fc.constantFrom(
    'a%b@example.com',
    'a?b@example.com',
    'info@koske',
    'info@@koske.fi',
    'info koske@koske.fi',
    '@koske.fi',
    'info@-koske.fi',
    'info@koske.f',
    'info@koske.fi?subject=x',
    'mailto:info@koske.fi',
  ),
);
const phone = fc.oneof(
  fc.constantFrom(
    '040 653 7220',
    '+358 40 653 7220',
    '+358-40- 653 7220',
    '(014) 123 456',
    '+358 (0)40 653 7220',
    '00358 40 653 7220',
    '014 123 456',
    '0800 123 456',
    '029 123 4567',
    '+46 8 123 456',
    ' 040 6537220 ',
    '040\u00a0653\u00a07220',
    '040–653–7220',
  ),
  fc.constantFrom(
    'call 040 653 7220',
    '040 653 7220 (toimisto)',
    '040',
    '+',
    '',
    '0',
    '+0 123 456 789',
    '+358 1234567890123',
    '040 653 7220 ext. 5',
    'puh. 040 653 7220',
    '1234567890123456789',
  ),
  fc.stringMatching(/^\+?[0-9 ()./-]{0,20}$/),
);
const year = fc.oneof(fc.integer({min: 1000, max: 9999}), fc.constantFrom(999, 10000, 2019.5, '2019', -2019, 0));
const municipalityCode = fc.oneof(padded(fc.constantFrom('179', '172', '020', '005', '992', '478')), fc.constantFrom('999', '000', '17', '1790', 'abc', 179));
const regionCode = fc.oneof(padded(fc.constantFrom('13', '01', '21')), fc.constantFrom('99', '1', '130', 13));
const namedBody = fc.oneof(
  fc.record({name: localizedText, shortName: fc.oneof(padded(text), fc.constantFrom('', ' ', 5)), url: webUrl}, {requiredKeys: ['name']}),
  fc.constantFrom({}, {shortName: 'STEA'}, 'STEA'),
);
const municipality = fc.oneof(municipalityCode, fc.record({code: municipalityCode, name: localizedText, website: webUrl}, {requiredKeys: []}));
/** @param {fc.Arbitrary<unknown>} item */
const list = (item) => fc.oneof({weight: 4, arbitrary: fc.array(item, {maxLength: 4})}, {weight: 1, arbitrary: hostile});
/** @param {fc.Arbitrary<unknown>} arbitrary */
const field = (arbitrary) => fc.oneof({weight: 6, arbitrary}, {weight: 1, arbitrary: hostile});

const time = fc.oneof(
  fc.tuple(fc.integer({min: 0, max: 23}), fc.integer({min: 0, max: 59})).map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`),
  fc.constantFrom('00:00', '24:00', '09:00', '15:30', '22:00', '02:00'),
  fc.constantFrom('25:00', '9:00', '9.00', '09:60', '24:01', '0900', '', 900),
);
const timeRanges = list(fc.oneof(fc.record({opens: time, closes: time}, {requiredKeys: []}), hostile));
const date = fc.oneof(
  fc.date({min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true}).map((day) => day.toISOString().slice(0, 10)),
  fc.constantFrom('2026-12-24', '2026-12-26', '2026-02-30', '2026-13-01', '24.12.2026', '2026-12-24T00:00', '', 20261224),
);
const hours = fc.oneof(
  fc.record(
    {
      weekly: fc.oneof(
        fc.dictionary(fc.constantFrom('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'Monday', 'mon', 'funday'), timeRanges, {maxKeys: 4}),
        hostile,
      ),
      exceptions: list(
        fc.oneof(fc.record({from: date, to: date, closed: fc.constantFrom(true, false, 'yes'), hours: timeRanges, note: localizedText}, {requiredKeys: []}), hostile),
      ),
    },
    {requiredKeys: []},
  ),
  hostile,
);
const degrees = (/** @type {number} */ low, /** @type {number} */ high) =>
  fc.oneof(fc.double({min: low, max: high, noNaN: true}), fc.constantFrom(0, -62, 6974202.909, '62.24', null, Number.MAX_VALUE));
const address = fc.record(
  {
    kind: fc.constantFrom('visiting', 'postal', 'delivery', 'Visiting', 'location', ''),
    street: localizedText,
    extra: localizedText,
    postOfficeBox: localizedText,
    postalCode: fc.oneof(padded(fc.constantFrom('40100', '00100', 'FI-40100', 'AX 22100', 'SE-11122')), fc.constantFrom('', '4', '40100 Jyväskylä', 40100, '!40100')),
    locality: localizedText,
    municipality: fc.oneof(municipalityCode, fc.record({code: municipalityCode, name: localizedText}, {requiredKeys: []})),
    country: fc.oneof(padded(fc.constantFrom('FI', 'fi', 'SE', 'se', 'Ax')), fc.constantFrom('FIN', 'F', 'Suomi', '', 246)),
    coordinates: fc.oneof(fc.record({latitude: degrees(59.5, 70), longitude: degrees(20, 31.5)}, {requiredKeys: []}), hostile),
    hours,
  },
  {requiredKeys: []},
);

const fields = {
  version: fc.constantFrom(1, 2, '1', null),
  lang: fc.oneof(languageTags.valid, languageTags.nearlyValid),
  name: localizedText,
  shortName: localizedText,
  administrator: namedBody,
  funders: list(namedBody),
  period: fc.oneof(
    fc.record({start: year, end: year}, {requiredKeys: []}),
    fc.integer({min: 1990, max: 2030}).chain((start) => fc.record({start: fc.constant(start), end: fc.integer({min: start - 3, max: start + 3})})),
  ),
  description: localizedText,
  themes: list(localizedText),
  keywords: list(localizedText),
  targetGroups: list(localizedText),
  audience: localizedText,
  ageGroup: localizedText,
  languages: list(fc.oneof(languageTags.valid, languageTags.nearlyValid)),
  sector: localizedText,
  region: fc.oneof(regionCode, fc.record({code: regionCode, name: localizedText}, {requiredKeys: []})),
  municipalities: list(municipality),
  address,
  addresses: list(fc.oneof(address, hostile)),
  contact: fc.record(
    {
      email,
      emails: list(fc.oneof(fc.record({address: email, label: localizedText}, {requiredKeys: []}), hostile)),
      phone,
      phones: list(
        fc.oneof(
          fc.record(
            {
              number: phone,
              label: localizedText,
              kind: fc.constantFrom('phone', 'mobile', 'fax', 'sms', 'Phone', 'cell', ''),
              charge: fc.constantFrom('free', 'local', 'other', 'Free', 'chargeable', 5),
              chargeDescription: localizedText,
              hours,
            },
            {requiredKeys: []},
          ),
          hostile,
        ),
      ),
      homeMunicipality: fc.oneof(municipalityCode, fc.record({code: municipalityCode, name: localizedText}, {requiredKeys: []})),
    },
    {requiredKeys: []},
  ),
  hours,
  links: list(
    fc.oneof(
      fc.record(
        {type: fc.constantFrom('website', 'facebook', 'twitter', 'instagram', 'Website', ' website', 'mastodon', ''), url: webUrl, label: localizedText},
        {requiredKeys: []},
      ),
      hostile,
    ),
  ),
};
const documents = fc.oneof(
  {weight: 12, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([key, arbitrary]) => [key, field(arbitrary)])), {requiredKeys: []})},
  {weight: 1, arbitrary: hostile},
);

/** Documents of a name and one or two other fields: unlike those above, often valid as a whole. */
const smallDocuments = fc
  .subarray(
    Object.keys(fields).filter((key) => key !== 'name'),
    {minLength: 1, maxLength: 2},
  )
  .chain((keys) => fc.record({name: fields.name, ...Object.fromEntries(keys.map((key) => [key, fields[/** @type {keyof typeof fields} */ (key)]]))}));

/**
 * `municipalities[2].code` → `municipalities`: the top-level field a path is in.
 * @param {string} path
 */
const topField = (path) => /^[^.[]+/.exec(path)?.[0] ?? path;

/**
 * How many values a document's field holds, as the widgets would show them.
 * @param {unknown} value
 */
function count(value) {
  if (Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  if (typeof value === 'object' && value !== null) return Object.values(value).filter((each) => each !== undefined).length;
  return value === undefined ? 0 : 1;
}

const runs = Number(process.env.FORMAT_RUNS ?? 3000);

describe('the schema and the widgets agree on every document', () => {
  test(`validate accepts exactly what the widgets show whole (${runs} documents)`, () => {
    fc.assert(
      fc.property(documents, (document) => {
        const problems = library.validate(document, schema, 'en');
        const read = library.parseDocument(document);
        const clean = read.ok && read.ignored.length === 0;
        assert.equal(
          problems.length === 0,
          clean,
          `validate says ${JSON.stringify(problems)}; the widgets ${read.ok ? `ignore ${JSON.stringify(read.ignored)}` : `say ${read.problem}`}`,
        );
      }),
      {numRuns: runs},
    );
  });

  test('every field the schema faults is a field the widgets ignore', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const read = library.parseDocument(document);
        // A document the widgets refuse as a whole (not an object, no usable name, another
        // version) shows no field; the first property covers it.
        if (!read.ok) return;
        const ignoredFields = new Set(read.ignored.map((/** @type {{path: string}} */ {path}) => topField(path)));
        for (const {path, message} of library.schemaProblems(document, schema, 'en')) {
          assert.ok(ignoredFields.has(topField(path)), `the schema faults ${path} (${message}), but the widgets show it: ${JSON.stringify(document)}`);
        }
      }),
      {numRuns: runs},
    );
  });

  test('a document validate accepts loses nothing on the way to the screen', () => {
    let accepted = 0;
    fc.assert(
      fc.property(smallDocuments, (document) => {
        if (library.validate(document, schema, 'en').length > 0) return;
        const read = library.parseDocument(document);
        assert.ok(read.ok);
        // validate() accepts objects only.
        const {organisation} = read;
        const given = /** @type {Record<string, any>} */ (document);
        for (const [key, value] of Object.entries(given)) {
          if (key === 'version' || key === 'lang' || !(key in fields)) continue;
          if (key === 'address' || key === 'addresses') {
            // Version 1's address leads version 2's list.
            assert.equal(organisation.addresses.length, (given.address ? 1 : 0) + (given.addresses?.length ?? 0), `${key}: ${JSON.stringify(value)}`);
          } else if (key === 'contact') {
            const {phone, phones = [], email, emails = [], homeMunicipality} = value;
            assert.equal(organisation.contact.phones.length, (phone ? 1 : 0) + phones.length, `contact.phones: ${JSON.stringify(value)}`);
            assert.equal(organisation.contact.emails.length, (email ? 1 : 0) + emails.length, `contact.emails: ${JSON.stringify(value)}`);
            assert.equal(organisation.contact.homeMunicipality !== undefined, homeMunicipality !== undefined, `contact.homeMunicipality: ${JSON.stringify(value)}`);
          } else if (key === 'hours') {
            assert.equal(organisation.hours?.exceptions.length ?? 0, value.exceptions?.length ?? 0, `hours: ${JSON.stringify(value)}`);
          } else {
            const shown = key === 'name' ? organisation.name : organisation[key];
            // A string (a text, or a place by its code) is shown; an object keeps every language or field.
            if (typeof value === 'string') assert.ok(count(shown) >= 1, `${key}: ${JSON.stringify(value)}`);
            else assert.equal(count(shown), count(value), `${key}: ${JSON.stringify(value)}`);
          }
          accepted++;
        }
      }),
      {numRuns: Math.ceil(runs / 3)},
    );
    // Valid documents are rare among those made field by field: enough of them must be there to say anything.
    assert.ok(accepted > runs / 30, `only ${accepted} fields of accepted documents were checked`);
  });
});

describe('the eight cases decided in issue 13', () => {
  /** @param {unknown} document */
  const problemsOf = (document) => library.validate(document, schema, 'en').map((/** @type {{path: string}} */ {path}) => path);
  /** @param {object} rest */
  const named = (rest) => ({name: 'Yhdessä ei olla yksin', ...rest});

  test('shown and valid: an internationalised e-mail domain, a lower-case country, upper-case language tags', () => {
    for (const document of [
      named({contact: {email: 'info@jyväskylä.fi'}}),
      named({address: {street: 'Storgatan 1', country: 'se'}}),
      named({languages: ['FI']}),
      {name: {SV: 'Tillsammans är vi inte ensamma'}},
    ]) {
      assert.deepEqual(problemsOf(document), [], JSON.stringify(document));
      const read = library.parseDocument(document);
      assert.deepEqual(read.ignored, [], JSON.stringify(document));
    }
    assert.equal(library.parseDocument(named({contact: {email: 'info@jyväskylä.fi'}})).organisation.contact.emails[0].address, 'info@jyväskylä.fi');
    assert.equal(library.parseDocument(named({address: {street: 'Storgatan 1', country: 'se'}})).organisation.addresses[0].country, 'SE');
    assert.deepEqual(library.parseDocument(named({languages: ['FI']})).organisation.languages, ['fi']);
    assert.equal(library.parseDocument({name: {SV: 'Tillsammans'}}).organisation.name.get('sv'), 'Tillsammans');
  });

  test('refused by both: a % in an e-mail address, words around a phone number, a period that ends before it starts', () => {
    assert.deepEqual(problemsOf(named({contact: {email: 'a%b@example.com'}})), ['contact.email']);
    assert.deepEqual(problemsOf(named({contact: {phone: 'call 040 653 7220'}})), ['contact.phone']);
    assert.deepEqual(problemsOf(named({period: {start: 2019, end: 2017}})), ['period.end']);
    const read = library.parseDocument(named({period: {start: 2019, end: 2017}}));
    assert.equal(read.organisation.period, undefined, 'the start alone would read as ongoing');
    assert.equal(library.validate(named({period: {start: 2019, end: 2017}}), schema, 'fi')[0].message, 'on ennen alkuvuotta');
  });
});
