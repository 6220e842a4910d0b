import {expect} from '@open-wc/testing';
import {describeIgnored, parseDocument} from '../src/data/parse.js';
import * as read from '../src/data/read.js';
import type {ParseResult} from '../src/data/parse.js';
import type {Organisation} from '../src/data/types.js';
import {recordWarnings, seedDocument} from './documents.js';

/** What a document that must parse gives; fails the test with the problem otherwise. */
function parsed(document: unknown): {organisation: Organisation; ignored: readonly string[]} {
  const result = parseDocument(document);
  if (!result.ok) throw new Error(`expected the document to parse, but: ${result.problem}`);
  return {organisation: result.organisation, ignored: result.ignored.map(describeIgnored)};
}

// The parser is a chunk of its own, which the first document waits for: here it is there before.
before(() => read.parserReady());

/** The documents here name no place by code alone, so reading them (with the parser there) never waits. */
function settled(result: read.ReadResult | read.Pending): ParseResult {
  if (result instanceof Promise) throw new Error('expected a read document, not a wait for the registry');
  return result;
}
const readDocument = (document: unknown) => settled(read.readDocument(document));
const readJson = (text: string) => settled(read.readJson(text));

/** A minimal valid document with `fields` added. */
function withName(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {name: 'Yhdessä ei olla yksin', ...fields};
}

/** A Map's entries in order, easy to compare deeply. */
function entries<T>(map: ReadonlyMap<string, T> | undefined): Array<[string, T]> {
  return map ? [...map] : [];
}

/** JSON text no other test reads (`readJson` remembers the texts it has read). */
function uniqueJson(document: Record<string, unknown>): string {
  return JSON.stringify({...document, testRun: Math.random().toString(36).slice(2)});
}

const all = (value: string): Array<[string, string]> => [
  ['fi', value],
  ['sv', value],
  ['en', value],
  ['de', value],
];

describe('parseDocument()', () => {
  describe('when the seed document is parsed', () => {
    let organisation: Organisation;
    let ignored: readonly string[];

    beforeEach(async () => {
      ({organisation, ignored} = parsed(await seedDocument()));
    });

    it('ignores nothing', () => {
      expect(ignored).to.deep.equal([]);
    });

    it('reads the name and short name in all four languages', () => {
      expect(entries(organisation.name)).to.deep.equal([
        ['fi', 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke'],
        ['sv', 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland'],
        ['en', 'Together We Are Not Alone – a wellbeing partnership project in Central Finland'],
        ['de', 'Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland'],
      ]);
      expect(organisation.shortName?.get('fi')).to.equal('Yhdessä ei olla yksin');
      expect(organisation.shortName?.get('de')).to.equal('Gemeinsam sind wir nicht allein');
    });

    it('reads the administrator and the funder', () => {
      expect(organisation.administrator?.name.get('fi')).to.equal('Keski-Suomen sosiaalialan osaamiskeskus');
      expect(organisation.administrator?.name.get('en')).to.equal('Central Finland Centre of Expertise in Social Welfare');
      expect(organisation.administrator?.shortName).to.equal('KOSKE');
      expect(organisation.administrator?.url).to.equal('https://koskeverkko.fi/');
      expect(organisation.funders).to.have.length(1);
      expect(organisation.funders[0].name.get('fi')).to.equal('Sosiaali- ja terveysjärjestöjen avustuskeskus');
      expect(organisation.funders[0].shortName).to.equal('STEA');
      expect(organisation.funders[0].url).to.equal(undefined);
    });

    it('reads the period 2017–2019', () => {
      expect(organisation.period).to.deep.equal({start: 2017, end: 2019});
    });

    it('reads the description as four paragraphs in each of the four languages', () => {
      expect([...(organisation.description?.keys() ?? [])]).to.deep.equal(['fi', 'sv', 'en', 'de']);
      for (const [language, paragraphs] of organisation.description ?? []) {
        expect(paragraphs, language).to.have.length(4);
      }
      const finnish = organisation.description?.get('fi') ?? [];
      expect(finnish[0]).to.match(/^Yhdessä ei olla yksin -hyvinvointiyhteistyöhankkeen tavoitteena/);
      expect(finnish[3]).to.equal(
        'Hankkeen toiminta-aika on kolme vuotta ja sen rahoittaa Sosiaali- ja terveysjärjestöjen avustuskeskus STEA (aiemmin RAY) osana Yksinäisyyden vähentämisen teemarahoitusta. Hanketta hallinnoi Keski-Suomen sosiaalialan osaamiskeskus.',
      );
    });

    it('reads ten themes, three keywords and two target groups', () => {
      expect(organisation.themes.map((theme) => theme.get('fi'))).to.deep.equal([
        'ystävä- ja viriketoiminta',
        'asukas- ja kylätoiminta',
        'demokratia ja ihmisoikeus',
        'harrastus ja vapaa-aika',
        'hyvinvoinnin ja terveyden edistäminen',
        'mielenterveys',
        'vapaaehtoisuus',
        'vaikuttaminen',
        'sosiaali ja terveys',
        'kokemusasiantuntijuus',
      ]);
      expect(organisation.keywords.map((keyword) => keyword.get('en'))).to.deep.equal(['promoting wellbeing', 'loneliness', 'social inclusion']);
      expect(organisation.targetGroups).to.have.length(2);
      expect(organisation.targetGroups[1].get('fi')).to.match(/^Välillistä kohderyhmää ovat/);
    });

    it('reads the audience, age group, sector and languages served', () => {
      expect(entries(organisation.audience)).to.deep.equal([
        ['fi', 'kaikille'],
        ['sv', 'alla'],
        ['en', 'everyone'],
        ['de', 'alle'],
      ]);
      expect(organisation.ageGroup?.get('fi')).to.equal('kaikenikäiset');
      expect(organisation.sector?.get('sv')).to.equal('Övrigt');
      expect(organisation.languages).to.deep.equal(['fi', 'en', 'sv', 'de']);
    });

    it('reads the region and the fourteen municipalities in the publisher order, with normalised websites', () => {
      expect(organisation.region?.code).to.equal('13');
      expect(entries(organisation.region?.name)).to.deep.equal([
        ['fi', 'Keski-Suomi'],
        ['sv', 'Mellersta Finland'],
        ['en', 'Central Finland'],
        ['de', 'Mittelfinnland'],
      ]);
      expect(organisation.municipalities.map(({code}) => code)).to.deep.equal(['172', '179', '182', '850', '410', '992', '729', '226', '312', '265', '216', '931', '601', '256']);
      expect(entries(organisation.municipalities[0].name)).to.deep.equal(all('Joutsa'));
      expect(organisation.municipalities[0].website).to.equal('https://www.joutsa.fi/');
      expect(organisation.municipalities[12].website).to.equal('https://pihtipudas.fi/');
    });

    it('reads the address, taking the plain-string street as Finnish', () => {
      const address = organisation.addresses[0];
      expect(entries(address.street)).to.deep.equal([['fi', 'Matarankatu 4']]);
      expect(address.extra?.get('sv')).to.equal('Rum 109 och 110');
      expect(address.postalCode).to.equal('40100');
      expect(entries(address.locality)).to.deep.equal([
        ['fi', 'Jyväskylä'],
        ['sv', 'Jyväskylä'],
      ]);
      expect(address.country).to.equal('FI');
    });

    it('reads the contact, normalising the messy phone "+358-40- 653 7220" to +358406537220', () => {
      expect(organisation.contact.emails.at(0)?.address).to.equal('sirpa.pekkarinen@koske.fi');
      expect(organisation.contact.phones.at(0)?.number).to.equal('+358406537220');
      expect(organisation.contact.homeMunicipality?.code).to.equal('179');
      expect(entries(organisation.contact.homeMunicipality?.name)).to.deep.equal(all('Jyväskylä'));
    });

    it('reads the website link with its label', () => {
      expect(organisation.links).to.have.length(1);
      expect(organisation.links[0].type).to.equal('website');
      expect(organisation.links[0].url).to.equal('https://koskeverkko.fi/');
      expect(entries(organisation.links[0].label)).to.deep.equal([['fi', 'Koskeverkko']]);
    });
  });

  describe('when the document has fields the format does not know', () => {
    it('ignores them silently and reads the rest', () => {
      const {organisation, ignored} = parsed(withName({colour: 'red', extra: {nested: [1, 2]}, contact: {phone: '040 653 7220', fax: '014 123 456'}}));
      expect(ignored).to.deep.equal([]);
      expect(organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
      expect(organisation.contact.phones.at(0)?.number).to.equal('+358406537220');
      expect(organisation).not.to.have.property('colour');
      expect(organisation).not.to.have.property('extra');
      expect(organisation.contact).not.to.have.property('fax');
    });
  });

  describe('when fields have the wrong type', () => {
    const notText = 'not text or texts by language';
    const cases: ReadonlyArray<{field: string; value: unknown; ignored: string[]; absent: (o: Organisation) => unknown; empty?: unknown}> = [
      {field: 'shortName', value: null, ignored: [`shortName (${notText})`], absent: (o) => o.shortName},
      {field: 'sector', value: 5, ignored: [`sector (${notText})`], absent: (o) => o.sector},
      {field: 'audience', value: ['kaikille'], ignored: [`audience (${notText})`], absent: (o) => o.audience},
      {field: 'description', value: true, ignored: [`description (${notText})`], absent: (o) => o.description},
      {field: 'themes', value: {fi: 'vapaaehtoisuus'}, ignored: ['themes (not a list)'], absent: (o) => o.themes, empty: []},
      {field: 'municipalities', value: {code: '179', name: 'Jyväskylä'}, ignored: ['municipalities (not a list)'], absent: (o) => o.municipalities, empty: []},
      {field: 'languages', value: 'fi', ignored: ['languages (not a list)'], absent: (o) => o.languages, empty: []},
      {field: 'funders', value: null, ignored: ['funders (not a list)'], absent: (o) => o.funders, empty: []},
      {field: 'address', value: ['Matarankatu 4'], ignored: ['address (not an object)'], absent: (o) => o.addresses[0]},
      {field: 'administrator', value: [], ignored: ['administrator (not an object)'], absent: (o) => o.administrator},
      {field: 'region', value: 13, ignored: ['region (not an object)'], absent: (o) => o.region},
      {field: 'period', value: null, ignored: ['period (not an object)'], absent: (o) => o.period},
      {field: 'period', value: {start: '2017'}, ignored: ['period.start (not a year)', 'period (no start year)'], absent: (o) => o.period},
      {field: 'contact', value: '040 653 7220', ignored: ['contact (not an object)'], absent: (o) => o.contact.phones.at(0)?.number},
      {field: 'contact', value: {phone: 406537220}, ignored: ['contact.phone (not text)'], absent: (o) => o.contact.phones.at(0)?.number},
      {field: 'contact', value: {email: ['a@koske.fi']}, ignored: ['contact.email (not text)'], absent: (o) => o.contact.emails.at(0)?.address},
    ];
    for (const {field, value, ignored, absent, empty} of cases) {
      it(`drops ${field}: ${JSON.stringify(value)} and lists it in ignored`, () => {
        const result = parsed(withName({[field]: value}));
        expect(result.ignored).to.deep.equal(ignored);
        if (empty === undefined) expect(absent(result.organisation)).to.equal(undefined);
        else expect(absent(result.organisation)).to.deep.equal(empty);
        expect(result.organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
      });
    }

    it('keeps the usable items of a list and lists the others by index', () => {
      const {organisation, ignored} = parsed(withName({themes: ['vapaaehtoisuus', 5, null, {fi: 'mielenterveys'}, '  ']}));
      expect(organisation.themes.map((theme) => theme.get('fi'))).to.deep.equal(['vapaaehtoisuus', 'mielenterveys']);
      expect(ignored).to.deep.equal([`themes[1] (${notText})`, `themes[2] (${notText})`, 'themes[4] (empty)']);
    });

    it('drops a language entry that is not text and keeps the others', () => {
      const {organisation, ignored} = parsed(withName({sector: {fi: 'Muu', sv: 5, en: null}}));
      expect(entries(organisation.sector)).to.deep.equal([['fi', 'Muu']]);
      expect(ignored).to.deep.equal(['sector.sv (not text)', 'sector.en (not text)']);
    });
  });

  describe('when the document has no usable name', () => {
    const names: ReadonlyArray<[string, unknown]> = [
      ['missing', undefined],
      ['an empty string', ''],
      ['whitespace', '  \n\t '],
      ['an empty object', {}],
      ['an object with only an empty Finnish name', {fi: ''}],
      ['an object with only blank names', {fi: ' ', sv: '\n'}],
      ['an object whose only key is not a language', {finnish: 'Yhdessä'}],
      ['a number', 42],
      ['null', null],
      ['a list', ['Yhdessä ei olla yksin']],
    ];
    for (const [description, name] of names) {
      it(`is invalid when the name is ${description}`, () => {
        const document: Record<string, unknown> = {version: 1, shortName: 'Yhdessä', contact: {phone: '040 653 7220'}};
        if (name !== undefined) document.name = name;
        const result = parseDocument(document);
        expect(result.ok).to.equal(false);
        expect(result.ok ? '' : result.problem).to.equal('the document has no usable name');
      });
    }
  });

  describe('when the document is not a JSON object', () => {
    const documents: ReadonlyArray<[string, unknown]> = [
      ['a list', [{name: 'Yhdessä'}]],
      ['null', null],
      ['a string', '{"name": "Yhdessä"}'],
      ['a number', 1],
      ['undefined', undefined],
    ];
    for (const [description, document] of documents) {
      it(`is invalid when it is ${description}`, () => {
        const result = parseDocument(document);
        expect(result.ok).to.equal(false);
        expect(result.ok ? '' : result.problem).to.equal('the document is not a JSON object');
      });
    }
  });

  describe('when the document gives a format version', () => {
    it('accepts version 1', () => {
      expect(parsed(withName({version: 1})).organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
    });

    it('accepts a document without a version', () => {
      expect(parsed(withName()).organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
    });

    it('reads version 2, and version 1 as a part of it', () => {
      expect(parsed(withName({version: 2})).organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
      expect(parsed(withName({version: 1})).organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
    });

    it('rejects version 3, whose shape it does not know', () => {
      const result = parseDocument(withName({version: 3}));
      expect(result.ok).to.equal(false);
      expect(result.ok ? '' : result.problem).to.equal('unsupported format version 3');
    });

    it('rejects a version given as text', () => {
      const result = parseDocument(withName({version: '1'}));
      expect(result.ok ? '' : result.problem).to.equal('unsupported format version "1"');
    });
  });

  describe('when texts are plain strings', () => {
    it('takes them as Finnish when the document has no lang', () => {
      const {organisation} = parsed({name: 'Yhdessä', themes: ['vapaaehtoisuus']});
      expect(entries(organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
      expect(entries(organisation.themes[0])).to.deep.equal([['fi', 'vapaaehtoisuus']]);
    });

    it('takes them in the document lang', () => {
      const {organisation} = parsed({lang: 'sv', name: 'Tillsammans', themes: ['frivilligarbete'], address: {street: 'Matarankatu 4'}});
      expect(entries(organisation.name)).to.deep.equal([['sv', 'Tillsammans']]);
      expect(entries(organisation.themes[0])).to.deep.equal([['sv', 'frivilligarbete']]);
      expect(entries(organisation.addresses.at(0)?.street)).to.deep.equal([['sv', 'Matarankatu 4']]);
    });

    it('lower-cases the document lang', () => {
      expect(entries(parsed({lang: 'EN', name: 'Together'}).organisation.name)).to.deep.equal([['en', 'Together']]);
    });

    it('takes them as Finnish when the document lang is not a language tag', () => {
      expect(entries(parsed({lang: 'Swedish!', name: 'Yhdessä'}).organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
      expect(entries(parsed({lang: 7, name: 'Yhdessä'}).organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
    });

    it('trims them', () => {
      expect(entries(parsed({name: '  Yhdessä \n'}).organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
    });
  });

  describe('when texts are objects of language → text', () => {
    it('keys the texts by language, lower case, regional tags by their language', () => {
      const {organisation, ignored} = parsed({name: {FI: 'Yhdessä', 'SV-fi': 'Tillsammans', En: 'Together'}});
      expect(entries(organisation.name)).to.deep.equal([
        ['fi', 'Yhdessä'],
        ['sv', 'Tillsammans'],
        ['en', 'Together'],
      ]);
      expect(ignored).to.deep.equal([]);
    });

    it('keeps the first of two keys that differ only in case', () => {
      expect(entries(parsed({name: {fi: 'Yhdessä', FI: 'Toinen'}}).organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
    });

    it('ignores keys that are not language tags and lists them', () => {
      const {organisation, ignored} = parsed({name: {fi: 'Yhdessä', finnish: 'x', f: 'y', en_GB: 'z', '': 'w'}});
      expect(entries(organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
      expect(ignored).to.deep.equal(['name.finnish (not a language tag)', 'name.f (not a language tag)', 'name.en_GB (not a language tag)', 'name. (not a language tag)']);
    });

    // The schema refuses an empty text, and validate must say what the widgets leave out.
    it('drops empty languages and lists them', () => {
      const {organisation, ignored} = parsed({name: {fi: 'Yhdessä', sv: '', en: ' '}});
      expect(entries(organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
      expect(ignored).to.deep.equal(['name.sv (empty)', 'name.en (empty)']);
    });

    it('keeps the first of two texts in one language (sv and sv-FI) and lists the second', () => {
      const {organisation, ignored} = parsed({name: {fi: 'Yhdessä', sv: 'Tillsammans', 'sv-FI': 'Tillsammans i Finland'}});
      expect(entries(organisation.name)).to.deep.equal([
        ['fi', 'Yhdessä'],
        ['sv', 'Tillsammans'],
      ]);
      expect(ignored).to.deep.equal(['name.sv-FI (a second text in one language)']);
    });
  });

  describe('when the JSON has __proto__, constructor or prototype keys', () => {
    let prototypeBefore: string[];

    beforeEach(() => {
      prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    });

    afterEach(() => {
      // Undo any pollution, so that one failure does not spread to other tests.
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    const json = `{
      "name": {"fi": "Yhdessä", "__proto__": {"polluted": "name"}, "constructor": {"prototype": {"polluted": "name"}}, "prototype": {"polluted": "name"}},
      "__proto__": {"polluted": "top"},
      "constructor": {"prototype": {"polluted": "top"}},
      "prototype": {"polluted": "top"},
      "themes": [{"fi": "vapaaehtoisuus", "__proto__": {"polluted": "theme"}}],
      "municipalities": [{"code": "179", "name": {"fi": "Jyväskylä", "__proto__": "x"}, "__proto__": {"polluted": "municipality"}}],
      "contact": {"__proto__": {"polluted": "contact", "phone": "040 653 7220"}}
    }`;

    it('treats them as data and pollutes no prototype', () => {
      const {organisation, ignored} = parsed(JSON.parse(json));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore);
      expect(Object.getPrototypeOf(organisation)).to.equal(Object.prototype);
      expect((organisation as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      expect(entries(organisation.name)).to.deep.equal([['fi', 'Yhdessä']]);
      expect(entries(organisation.themes[0])).to.deep.equal([['fi', 'vapaaehtoisuus']]);
      expect(entries(organisation.municipalities[0].name)).to.deep.equal([['fi', 'Jyväskylä']]);
      expect(organisation.contact.phones.at(0)?.number).to.equal(undefined);
      expect(ignored).to.include.members([
        'name.__proto__ (not a language tag)',
        'name.constructor (not a language tag)',
        'name.prototype (not a language tag)',
        'themes[0].__proto__ (not a language tag)',
      ]);
    });

    it('pollutes nothing when read from JSON text by readJson', () => {
      const warnings = recordWarnings();
      try {
        const result = readJson(json.replace('"Yhdessä"', `"Yhdessä ${Math.random()}"`));
        expect(result.ok).to.equal(true);
      } finally {
        warnings.restore();
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore);
    });
  });

  describe('when a web address is given', () => {
    const rejected: ReadonlyArray<[string, string]> = [
      ['javascript:alert(1)', 'javascript: scheme'],
      ['JAVASCRIPT:alert(1)', 'javascript: in capitals'],
      [' javascript:alert(1)', 'javascript: after a space'],
      ['java\tscript:alert(1)', 'javascript: split by a tab'],
      ['java\nscript:alert(1)', 'javascript: split by a newline'],
      ['data:text/html,<script>alert(1)</script>', 'data: scheme'],
      ['vbscript:msgbox(1)', 'vbscript: scheme'],
      ['//evil.example', 'protocol-relative'],
      ['\\\\evil.example', 'backslashes'],
      ['/x', 'relative path'],
      ['www.joutsa.fi', 'no scheme'],
      ['javascript&#58;alert(1)', 'an HTML-escaped colon'],
      ['ftp://ftp.joutsa.fi/', 'ftp: scheme'],
      ['mailto:info@joutsa.fi', 'mailto: scheme'],
      ['https://', 'no host'],
    ];
    for (const [url, why] of rejected) {
      it(`drops ${JSON.stringify(url)} (${why}) and lists it`, () => {
        const {organisation, ignored} = parsed(withName({municipalities: [{code: '172', name: 'Joutsa', website: url}]}));
        expect(organisation.municipalities).to.have.length(1);
        expect(organisation.municipalities[0].website).to.equal(undefined);
        expect(ignored).to.deep.equal(['municipalities[0].website (not an http(s) address)']);
      });
    }

    const accepted: ReadonlyArray<[string, string]> = [
      ['https://www.joutsa.fi', 'https://www.joutsa.fi/'],
      ['HTTP://X.FI', 'http://x.fi/'],
      ['  https://www.jyvaskyla.fi/palvelut?x=1#y  ', 'https://www.jyvaskyla.fi/palvelut?x=1#y'],
      ['http://www.karstula.fi/', 'http://www.karstula.fi/'],
    ];
    for (const [url, normalised] of accepted) {
      it(`keeps ${JSON.stringify(url)} as ${normalised}`, () => {
        const {organisation, ignored} = parsed(withName({municipalities: [{code: '172', name: 'Joutsa', website: url}]}));
        expect(organisation.municipalities[0].website).to.equal(normalised);
        expect(ignored).to.deep.equal([]);
      });
    }

    it('checks the administrator and funder addresses the same way', () => {
      const {organisation, ignored} = parsed(
        withName({
          administrator: {name: 'KOSKE', url: 'javascript:alert(1)'},
          funders: [{name: 'STEA', url: 'HTTPS://STEA.FI'}],
        }),
      );
      expect(organisation.administrator?.url).to.equal(undefined);
      expect(organisation.administrator?.name.get('fi')).to.equal('KOSKE');
      expect(organisation.funders[0].url).to.equal('https://stea.fi/');
      expect(ignored).to.deep.equal(['administrator.url (not an http(s) address)']);
    });

    it('drops a link whose address is not http(s), and keeps the others', () => {
      const {organisation, ignored} = parsed(
        withName({
          links: [
            {type: 'facebook', url: 'javascript:alert(1)'},
            {type: 'instagram', url: 'https://www.instagram.com/koske'},
            {type: 'myspace', url: 'https://myspace.com/koske'},
          ],
        }),
      );
      expect(organisation.links).to.deep.equal([{type: 'instagram', url: 'https://www.instagram.com/koske', label: undefined}]);
      expect(ignored).to.deep.equal([
        'links[0].url (not an http(s) address)',
        'links[0] (no type or address)',
        'links[2].type (not one of website, facebook, twitter, instagram)',
        'links[2] (no type or address)',
      ]);
    });
  });

  describe('when an e-mail address is given', () => {
    const accepted: ReadonlyArray<[string, string]> = [
      ['sirpa.pekkarinen@koske.fi', 'sirpa.pekkarinen@koske.fi'],
      ['  info@koske.fi \n', 'info@koske.fi'],
      ['etunimi.sukunimi+hanke@kunta.example.fi', 'etunimi.sukunimi+hanke@kunta.example.fi'],
      ['INFO@KOSKE.FI', 'INFO@KOSKE.FI'],
    ];
    for (const [email, kept] of accepted) {
      it(`keeps ${JSON.stringify(email)} as ${kept}`, () => {
        const {organisation, ignored} = parsed(withName({contact: {email}}));
        expect(organisation.contact.emails.at(0)?.address).to.equal(kept);
        expect(ignored).to.deep.equal([]);
      });
    }

    const rejected: ReadonlyArray<[string, string]> = [
      ['sirpa.pekkarinen', 'no @'],
      ['sirpa@koske', 'no domain ending'],
      ['sirpa@koske.f', 'a one-letter ending'],
      ['sirpa pekkarinen@koske.fi', 'a space'],
      ['sirpa@koske.fi,evil@example.com', 'two addresses'],
      ['a@b@koske.fi', 'a second @'],
      ['"sirpa"@koske.fi', 'quotes'],
      ['<sirpa@koske.fi>', 'angle brackets'],
      ['mailto:sirpa@koske.fi', 'a mailto: prefix'],
      ['javascript:alert(1)//@koske.fi', 'a script'],
      ['sirpa@koske.fi?bcc=spy%40evil.example', 'a query that adds a hidden recipient to the mailto: link'],
    ];
    for (const [email, why] of rejected) {
      it(`drops ${JSON.stringify(email)} (${why}) and lists it`, () => {
        const {organisation, ignored} = parsed(withName({contact: {email, phone: '040 653 7220'}}));
        expect(organisation.contact.emails.at(0)?.address).to.equal(undefined);
        expect(organisation.contact.phones.at(0)?.number).to.equal('+358406537220');
        expect(ignored).to.deep.equal(['contact.email (not an e-mail address)']);
      });
    }
  });

  describe('when a phone number is not a phone number', () => {
    it('drops it and lists it', () => {
      const {organisation, ignored} = parsed(withName({contact: {phone: 'soita meille', email: 'info@koske.fi'}}));
      expect(organisation.contact.phones.at(0)?.number).to.equal(undefined);
      expect(organisation.contact.emails.at(0)?.address).to.equal('info@koske.fi');
      expect(ignored).to.deep.equal(['contact.phone (not a phone number)']);
    });
  });

  describe('when a description has paragraphs', () => {
    const cases: ReadonlyArray<[string, string, string[]]> = [
      ['blank lines', 'Ensimmäinen kappale.\n\nToinen kappale.', ['Ensimmäinen kappale.', 'Toinen kappale.']],
      ['lines holding only spaces or tabs', 'Ensimmäinen.\n \t \nToinen.', ['Ensimmäinen.', 'Toinen.']],
      ['several blank lines', 'Ensimmäinen.\n\n\n\nToinen.', ['Ensimmäinen.', 'Toinen.']],
      ['blank lines at the ends', '\n\nEnsimmäinen.\n\nToinen.\n\n', ['Ensimmäinen.', 'Toinen.']],
      ['Windows line ends (CRLF)', 'Ensimmäinen kappale.\r\n\r\nToinen kappale.', ['Ensimmäinen kappale.', 'Toinen kappale.']],
    ];
    for (const [description, text, paragraphs] of cases) {
      it(`splits at ${description}`, () => {
        expect(entries(parsed(withName({description: text})).organisation.description)).to.deep.equal([['fi', paragraphs]]);
      });
    }

    it('joins the lines within a paragraph with single spaces', () => {
      const {organisation} = parsed(withName({description: 'Yksi rivi\nja toinen   rivi.\n\nUusi kappale.'}));
      expect(organisation.description?.get('fi')).to.deep.equal(['Yksi rivi ja toinen rivi.', 'Uusi kappale.']);
    });

    it('splits each language on its own', () => {
      const {organisation} = parsed(withName({description: {fi: 'Yksi.\n\nKaksi.\n\nKolme.', sv: 'Ett.'}}));
      expect(entries(organisation.description)).to.deep.equal([
        ['fi', ['Yksi.', 'Kaksi.', 'Kolme.']],
        ['sv', ['Ett.']],
      ]);
    });
  });

  describe('when a period is given', () => {
    it('keeps a period whose end is its start', () => {
      expect(parsed(withName({period: {start: 2017, end: 2017}})).organisation.period).to.deep.equal({start: 2017, end: 2017});
    });

    it('keeps an ongoing period without an end', () => {
      const {organisation, ignored} = parsed(withName({period: {start: 2017}}));
      expect(organisation.period).to.deep.equal({start: 2017, end: undefined});
      expect(ignored).to.deep.equal([]);
    });

    // Dropped whole: the start alone would say the project is still going on.
    it('keeps the first and the last year four digits write, and drops the years outside them', () => {
      expect(parsed(withName({period: {start: 1000, end: 9999}})).organisation.period).to.deep.equal({start: 1000, end: 9999});
      const {organisation, ignored} = parsed(withName({period: {start: 999, end: 10000}}));
      expect(organisation.period).to.equal(undefined);
      expect(ignored).to.include.members(['period.start (not a year)', 'period.end (not a year)']);
    });

    it('drops a period that ends before it starts', () => {
      const {organisation, ignored} = parsed(withName({period: {start: 2019, end: 2017}}));
      expect(organisation.period).to.equal(undefined);
      expect(ignored).to.deep.equal(['period.end (before the start)']);
    });

    it('drops years that are not whole four-digit numbers', () => {
      const {organisation, ignored} = parsed(withName({period: {start: 2017, end: 2019.5}}));
      expect(organisation.period).to.deep.equal({start: 2017, end: undefined});
      expect(ignored).to.deep.equal(['period.end (not a year)']);
      expect(parsed(withName({period: {start: 17}})).organisation.period).to.equal(undefined);
    });
  });

  describe('when municipality codes are given', () => {
    it('keeps three-digit codes with their leading zeros', () => {
      const {organisation, ignored} = parsed(
        withName({
          municipalities: [
            {code: '020', name: 'Akaa'},
            {code: '005', name: 'Alajärvi'},
          ],
        }),
      );
      expect(organisation.municipalities.map(({code}) => code)).to.deep.equal(['020', '005']);
      expect(ignored).to.deep.equal([]);
    });

    const bad: ReadonlyArray<[unknown, string]> = [
      ['20', 'not a three-digit code'],
      ['0200', 'not a three-digit code'],
      ['ABC', 'not a three-digit code'],
      [20, 'not text'],
    ];
    for (const [code, why] of bad) {
      it(`drops a municipality whose code is ${JSON.stringify(code)} and keeps the others`, () => {
        const {organisation, ignored} = parsed(
          withName({
            municipalities: [
              {code, name: 'Akaa'},
              {code: '172', name: 'Joutsa'},
            ],
          }),
        );
        expect(organisation.municipalities.map(({code}) => code)).to.deep.equal(['172']);
        expect(ignored).to.deep.equal([`municipalities[0].code (${why})`, 'municipalities[0] (no code or name)']);
      });
    }
  });
});

describe('readDocument()', () => {
  let warnings: ReturnType<typeof recordWarnings>;

  beforeEach(() => {
    warnings = recordWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('when the document has unusable fields', () => {
    it('warns once, naming every field it ignored', () => {
      const document = withName({shortName: null, themes: {fi: 'x'}, address: ['Matarankatu 4']});
      const result = readDocument(document);
      expect(result.ok).to.equal(true);
      expect(warnings.warnings).to.have.length(1);
      expect(warnings.warnings[0]).to.equal(
        'koske-widgets: ignored 3 unusable field(s) in the data: shortName (not text or texts by language); themes (not a list); address (not an object)',
      );
    });

    it('does not warn again when the same document is read again', () => {
      const document = withName({sector: 5});
      const first = readDocument(document);
      const second = readDocument(document);
      expect(second).to.equal(first);
      expect(warnings.warnings).to.have.length(1);
      expect(warnings.warnings[0]).to.contain('sector');
    });

    it('warns once for each of two documents', () => {
      readDocument(withName({sector: 5}));
      readDocument(withName({audience: 5}));
      expect(warnings.warnings).to.have.length(2);
      expect(warnings.warnings[0]).to.contain('sector (');
      expect(warnings.warnings[1]).to.contain('audience (');
    });
  });

  describe('when the document is clean', () => {
    it('does not warn', async () => {
      const result = readDocument(await seedDocument());
      expect(result.ok).to.equal(true);
      expect(warnings.warnings).to.deep.equal([]);
    });
  });

  describe('when the document is invalid', () => {
    it('says why without throwing', () => {
      const result = readDocument([1, 2, 3]);
      expect(result).to.deep.equal({ok: false, problem: 'the document is not a JSON object', ignored: []});
    });
  });
});

describe('readJson()', () => {
  let warnings: ReturnType<typeof recordWarnings>;

  beforeEach(() => {
    warnings = recordWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('when the text is a valid document', () => {
    it('parses it', () => {
      const result = readJson(uniqueJson({name: {fi: 'Yhdessä', sv: 'Tillsammans'}, contact: {phone: '040 653 7220'}}));
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(entries(result.organisation.name)).to.deep.equal([
        ['fi', 'Yhdessä'],
        ['sv', 'Tillsammans'],
      ]);
      expect(result.organisation.contact.phones.at(0)?.number).to.equal('+358406537220');
    });
  });

  describe('when the same text with unusable fields is read twice', () => {
    it('gives the same result and warns once', () => {
      const text = uniqueJson({name: 'Yhdessä', sector: 5});
      const first = readJson(text);
      const second = readJson(text);
      expect(second).to.equal(first);
      expect(warnings.warnings).to.have.length(1);
      expect(warnings.warnings[0]).to.contain('sector (not text or texts by language)');
    });
  });

  describe('when the text is not JSON', () => {
    it('says so', () => {
      expect(readJson('{"name": "KOSKE",')).to.deep.equal({ok: false, problem: 'the data is not valid JSON', ignored: []});
      expect(readJson('')).to.deep.equal({ok: false, problem: 'the data is not valid JSON', ignored: []});
    });
  });

  describe('when the JSON is not an object', () => {
    const texts = ['[]', 'null', '"Yhdessä"', '42', 'true'];
    for (const text of texts) {
      it(`says ${text} is not a JSON object`, () => {
        const result = readJson(text);
        expect(result.ok).to.equal(false);
        expect(result.ok ? '' : result.problem).to.equal('the document is not a JSON object');
      });
    }
  });

  describe('when the JSON has no usable name', () => {
    it('says so', () => {
      const result = readJson(uniqueJson({name: {fi: '  '}}));
      expect(result.ok ? '' : result.problem).to.equal('the document has no usable name');
    });
  });
});

describe('parseDocument() of version 2', () => {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const range = (opens: string, closes: string) => ({opens: minutes(opens), closes: minutes(closes)});
  const hoursOf = (hours: unknown) => parsed(withName({hours}));

  it('reads phones, e-mails and addresses, version 1 ones first, with their defaults', () => {
    const {organisation, ignored} = parsed(
      withName({
        address: {street: 'Matarankatu 4'},
        addresses: [{kind: 'postal', postOfficeBox: {fi: 'PL 35', sv: 'PB 35'}, municipality: {code: '179', name: 'Jyväskylä'}, coordinates: {latitude: 62.24, longitude: 25.75}}],
        contact: {
          phone: '040 653 7220',
          phones: [{number: '0800 123 456', label: 'Neuvonta', charge: 'free'}],
          email: 'a@koske.fi',
          emails: [{address: 'b@koske.fi', label: 'Kirjaamo'}],
        },
      }),
    );
    expect(ignored).to.deep.equal([]);
    expect(organisation.addresses.map(({kind, country}) => [kind, country])).to.deep.equal([
      ['visiting', 'FI'],
      ['postal', 'FI'],
    ]);
    expect(organisation.addresses[1].coordinates).to.deep.equal({latitude: 62.24, longitude: 25.75});
    expect(entries(organisation.addresses[1].postOfficeBox)).to.deep.equal([
      ['fi', 'PL 35'],
      ['sv', 'PB 35'],
    ]);
    expect(organisation.contact.phones.map(({number, kind, charge}) => [number, kind, charge?.kind])).to.deep.equal([
      ['+358406537220', 'phone', undefined],
      ['+358800123456', 'phone', 'free'],
    ]);
    expect(organisation.contact.emails.map(({address}) => address)).to.deep.equal(['a@koske.fi', 'b@koske.fi']);
  });

  it('reads the week with several ranges a day and one past midnight, and the exceptions in date order', () => {
    const {organisation, ignored} = hoursOf({
      weekly: {
        monday: [
          {opens: '13:00', closes: '16:00'},
          {opens: '09:00', closes: '12:00'},
        ],
        saturday: [{opens: '22:00', closes: '02:00'}],
        sunday: [{opens: '03:00', closes: '24:00'}],
      },
      exceptions: [
        {from: '2026-12-31', hours: [{opens: '09:00', closes: '12:00'}]},
        {from: '2026-12-24', to: '2026-12-26', closed: true, note: 'Joulu'},
      ],
    });
    expect(ignored).to.deep.equal([]);
    expect(organisation.hours?.weekly).to.deep.equal([[range('09:00', '12:00'), range('13:00', '16:00')], [], [], [], [], [range('22:00', '02:00')], [range('03:00', '24:00')]]);
    expect(organisation.hours?.exceptions.map(({from, to, hours}) => [from, to, hours.length])).to.deep.equal([
      ['2026-12-24', '2026-12-26', 0],
      ['2026-12-31', '2026-12-31', 1],
    ]);
  });

  for (const [what, hours, reported] of [
    ['an impossible time', {weekly: {monday: [{opens: '25:00', closes: '15:00'}]}}, 'hours.weekly.monday[0].opens (not a time)'],
    ['a time written with a dot', {weekly: {monday: [{opens: '9.00', closes: '15:00'}]}}, 'hours.weekly.monday[0].opens (not a time)'],
    ['a range that opens and closes at once', {weekly: {monday: [{opens: '09:00', closes: '09:00'}]}}, 'hours.weekly.monday[0] (opens and closes at once)'],
    [
      'overlapping ranges',
      {
        weekly: {
          monday: [
            {opens: '09:00', closes: '12:00'},
            {opens: '11:00', closes: '15:00'},
          ],
        },
      },
      'hours.weekly.monday[1] (overlaps the range before)',
    ],
    [
      'a night that runs into the next day’s range',
      {weekly: {friday: [{opens: '22:00', closes: '02:00'}], saturday: [{opens: '01:00', closes: '05:00'}]}},
      'hours.weekly.saturday[0] (overlaps the range before)',
    ],
    [
      'Sunday night into Monday',
      {weekly: {sunday: [{opens: '22:00', closes: '02:00'}], monday: [{opens: '00:00', closes: '05:00'}]}},
      'hours.weekly.monday[0] (overlaps the range before)',
    ],
    ['an unknown weekday', {weekly: {funday: [{opens: '09:00', closes: '15:00'}]}}, 'hours.weekly.funday (not a weekday)'],
    ['a date that does not exist', {exceptions: [{from: '2026-02-30', closed: true}]}, 'hours.exceptions[0].from (not a date)'],
    ['a reversed date range', {exceptions: [{from: '2026-12-26', to: '2026-12-24', closed: true}]}, 'hours.exceptions[0].to (before the start)'],
    [
      'overlapping exceptions',
      {
        exceptions: [
          {from: '2026-12-24', to: '2026-12-26', closed: true},
          {from: '2026-12-25', closed: true},
        ],
      },
      'hours.exceptions[1] (overlaps the exception before)',
    ],
    ['an exception neither closed nor with hours', {exceptions: [{from: '2026-12-24'}]}, 'hours.exceptions[0] (neither hours nor closed)'],
  ] as const) {
    it(`drops ${what}, and only that, with the webmaster's report`, () => {
      const {organisation, ignored} = hoursOf(hours);
      // Its own report first; the range or exception it was in may be reported as left without it.
      expect(ignored[0]).to.equal(reported);
      // The rest of the hours, and of the document, stays.
      expect(organisation.name.get('fi')).to.equal('Yhdessä ei olla yksin');
    });
  }

  for (const [what, document, reported] of [
    ['an unknown charge', {contact: {phones: [{number: '014 123 456', charge: 'chargeable'}]}}, 'contact.phones[0].charge (not one of free, local, other)'],
    ['other without a description', {contact: {phones: [{number: '014 123 456', charge: 'other'}]}}, 'contact.phones[0].charge (no description of the charge)'],
    ['an unknown kind of phone', {contact: {phones: [{number: '014 123 456', kind: 'pager'}]}}, 'contact.phones[0].kind (not one of phone, mobile, fax, sms)'],
    ['coordinates outside Finland', {addresses: [{street: 'Katu 1', coordinates: {latitude: 6974202.909, longitude: 25}}]}, 'addresses[0].coordinates.latitude (outside Finland)'],
    ['coordinates that are not numbers', {addresses: [{street: 'Katu 1', coordinates: {latitude: '62.2', longitude: 25}}]}, 'addresses[0].coordinates.latitude (not a number)'],
  ] as const) {
    it(`drops ${what}, and keeps the rest of the item`, () => {
      const {organisation, ignored} = parsed(withName(document));
      expect(ignored[0]).to.equal(reported);
      expect(organisation.contact.phones.length + organisation.addresses.length).to.equal(1);
    });
  }

  it('drops an address with neither a street nor a post office box', () => {
    const {organisation, ignored} = parsed(withName({addresses: [{postalCode: '40100'}]}));
    expect(organisation.addresses).to.deep.equal([]);
    expect(ignored).to.deep.equal(['addresses[0] (no street or post office box)']);
  });
});
