/**
 * The contact as vCard 4.0 (RFC 6350) and its file name: src/format/vcard.ts,
 * pure functions over parsed data. The button that saves it is tested in
 * contact-block.test.ts.
 */
import {expect} from '@open-wc/testing';
import type {DataDocument, Organisation} from '../src/data/types.js';
import {vcard, vcardFileName} from '../src/format/vcard.js';
import {contactDetails, organisationOf, seedDocument} from './documents.js';
import type {InterfaceLanguage as Language} from '../src/i18n/language.js';

/** Lines joined with CRLF, the last one ended too. */
const crlf = (...lines: string[]) => lines.map((line) => `${line}\r\n`).join('');

/** The physical lines of a vCard, without their CRLF. */
const physicalLines = (card: string) => card.split('\r\n').slice(0, -1);

/** The logical lines: folds (CRLF and one space) undone (RFC 6350 §3.2). */
const unfolded = (card: string) => physicalLines(card.replace(/\r\n /g, ''));

const octets = (text: string) => new TextEncoder().encode(text).length;

/** The content line that starts with `name` (and a ; or :), unfolded. */
function property(card: string, name: string): string | undefined {
  return unfolded(card).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

const seedTail = ['TEL;VALUE=uri;TYPE=work,voice:tel:+358406537220', 'EMAIL;TYPE=work:sirpa.pekkarinen@koske.fi', 'URL:https://koskeverkko.fi/', 'END:VCARD'];

describe('vcard()', () => {
  let seed: Organisation;
  beforeEach(async () => {
    seed = organisationOf(await seedDocument());
  });

  describe('for the seed', () => {
    it('in Finnish, is exactly this (no line needs folding)', () => {
      expect(vcard(seed, 'fi')).to.equal(
        crlf(
          'BEGIN:VCARD',
          'VERSION:4.0',
          'KIND:org',
          'FN:Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke',
          'N:;;;;',
          'ORG:Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke',
          'ADR;TYPE=work:;Huoneet 109 ja 110;Matarankatu 4;Jyväskylä;;40100;Suomi',
          ...seedTail,
        ),
      );
    });

    it('in English, is exactly this, the long name folded at 75 octets', () => {
      expect(vcard(seed, 'en')).to.equal(
        crlf(
          'BEGIN:VCARD',
          'VERSION:4.0',
          'KIND:org',
          'FN:Together We Are Not Alone – a wellbeing partnership project in Central',
          '  Finland',
          'N:;;;;',
          'ORG:Together We Are Not Alone – a wellbeing partnership project in Centra',
          ' l Finland',
          // Jyväskylä has no English name in the seed: the Finnish one, the fallback.
          'ADR;TYPE=work:;Rooms 109 and 110;Matarankatu 4;Jyväskylä;;40100;Finland',
          ...seedTail,
        ),
      );
    });

    const countries: Record<Language, string> = {fi: 'Suomi', sv: 'Finland', en: 'Finland', de: 'Finnland'};
    const rooms: Record<Language, string> = {fi: 'Huoneet 109 ja 110', sv: 'Rum 109 och 110', en: 'Rooms 109 and 110', de: 'Räume 109 und 110'};
    for (const [language, country] of Object.entries(countries) as Array<[Language, string]>) {
      it(`in ${language}, has the address in ${language}, the country named: ${country}`, () => {
        expect(property(vcard(seed, language), 'ADR')).to.equal(`ADR;TYPE=work:;${rooms[language]};Matarankatu 4;Jyväskylä;;40100;${country}`);
      });
    }

    it('ends every line with CRLF and has no other line breaks', () => {
      for (const language of ['fi', 'sv', 'en', 'de'] as const) {
        const card = vcard(seed, language);
        expect(card.endsWith('END:VCARD\r\n'), language).to.equal(true);
        expect(/\r(?!\n)|(?<!\r)\n/.test(card), `${language}: a bare CR or LF`).to.equal(false);
      }
    });
  });

  describe('when the data has only a name', () => {
    it('has no ADR, TEL, EMAIL or URL line', () => {
      expect(vcard(organisationOf({name: 'Pelkkä nimi'}), 'fi')).to.equal(
        crlf('BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', 'FN:Pelkkä nimi', 'N:;;;;', 'ORG:Pelkkä nimi', 'END:VCARD'),
      );
    });
  });

  describe('when the data has some contact fields', () => {
    it('has only those lines, a URL line per link in order, social ones too', () => {
      const card = vcard(
        organisationOf({
          name: 'Yhdistys',
          contact: {email: 'info@yhdistys.fi'},
          links: [
            {type: 'website', url: 'https://yhdistys.fi'},
            {type: 'facebook', url: 'https://www.facebook.com/yhdistys'},
          ],
        }),
        'fi',
      );
      expect(unfolded(card).slice(6)).to.deep.equal(['EMAIL;TYPE=work:info@yhdistys.fi', 'URL:https://yhdistys.fi/', 'URL:https://www.facebook.com/yhdistys', 'END:VCARD']);
    });
  });

  describe('when the address is abroad', () => {
    const document: DataDocument = {name: 'Utlandet', address: {street: 'Drottninggatan 1', postalCode: '111 51', locality: 'Stockholm', country: 'SE'}};
    for (const [language, country] of [
      ['fi', 'Ruotsi'],
      ['sv', 'Sverige'],
      ['en', 'Sweden'],
      ['de', 'Schweden'],
    ] as const) {
      it(`names the country in ${language}: ${country}, and leaves the extended address empty`, () => {
        expect(property(vcard(organisationOf(document), language), 'ADR')).to.equal(`ADR;TYPE=work:;;Drottninggatan 1;Stockholm;;111 51;${country}`);
      });
    }

    it('leaves the postal code and locality empty when they are absent', () => {
      const card = vcard(organisationOf({name: 'X', address: {street: 'Rue de Rivoli 1', country: 'FR'}}), 'en');
      expect(property(card, 'ADR')).to.equal('ADR;TYPE=work:;;Rue de Rivoli 1;;;;France');
    });
  });

  describe('escaping text values', () => {
    it('escapes backslash, comma and semicolon, writes line breaks as \\n, in names and every address component', () => {
      const card = vcard(
        organisationOf({
          name: 'A, B; C\\D\nE',
          address: {street: 'Katu 1; B, 2\r\nPL 5', extra: 'c/o Virtanen, 2. krs', postalCode: '00100', locality: 'Helsinki\\Helsingfors', country: 'FI'},
        }),
        'fi',
      );
      expect(property(card, 'FN')).to.equal('FN:A\\, B\\; C\\\\D\\nE');
      expect(property(card, 'ORG')).to.equal('ORG:A\\, B\\; C\\\\D\\nE');
      expect(property(card, 'ADR')).to.equal('ADR;TYPE=work:;c/o Virtanen\\, 2. krs;Katu 1\\; B\\, 2\\nPL 5;Helsinki\\\\Helsingfors;;00100;Suomi');
    });

    it('writes a CR alone or CRLF as one \\n, and drops other control characters (a tab stays)', () => {
      const card = vcard(organisationOf({name: 'a\rb\r\nc\u0007d\te\u007ff\u0000g'}), 'fi');
      expect(property(card, 'FN')).to.equal('FN:a\\nb\\ncd\tefg');
    });

    it('leaves URI values as they are: the URL and the tel: URI', () => {
      const card = vcard(organisationOf({name: 'X', contact: {phone: '040 653 7220'}, links: [{type: 'website', url: 'https://example.fi/a,b;c?d=1,2'}]}), 'fi');
      expect(property(card, 'URL')).to.equal('URL:https://example.fi/a,b;c?d=1,2');
      expect(property(card, 'TEL')).to.equal('TEL;VALUE=uri;TYPE=work,voice:tel:+358406537220');
    });

    it('writes a lone surrogate (no UTF-8 form) as U+FFFD', () => {
      const card = vcard(organisationOf({name: 'a\ud800b\udc00c 😀'}), 'fi');
      expect(property(card, 'FN')).to.equal('FN:a\ufffdb\ufffdc 😀');
    });
  });

  describe('folding long lines', () => {
    it('keeps a line of exactly 75 octets whole, and folds one of 76 before its last character', () => {
      expect(physicalLines(vcard(organisationOf({name: 'a'.repeat(72)}), 'fi'))[3]).to.equal(`FN:${'a'.repeat(72)}`);
      expect(physicalLines(vcard(organisationOf({name: 'a'.repeat(73)}), 'fi')).slice(3, 5)).to.deep.equal([`FN:${'a'.repeat(72)}`, ' a']);
    });

    it('counts octets, not characters: ä is two, and 36 of them fill a line after FN:', () => {
      expect(physicalLines(vcard(organisationOf({name: 'ä'.repeat(40)}), 'fi')).slice(3, 5)).to.deep.equal([`FN:${'ä'.repeat(36)}`, ` ${'ä'.repeat(4)}`]);
    });

    it('never splits a character: a 2-octet ä that would end at octet 76 goes to the next line', () => {
      // FN: and 71 a are 74 octets: ä would make 76.
      expect(physicalLines(vcard(organisationOf({name: `${'a'.repeat(71)}äb`}), 'fi')).slice(3, 5)).to.deep.equal([`FN:${'a'.repeat(71)}`, ' äb']);
    });

    it('never splits an emoji (4 octets, two UTF-16 units): after FN:x, 17 fit', () => {
      expect(physicalLines(vcard(organisationOf({name: `x${'😀'.repeat(20)}`}), 'fi')).slice(3, 5)).to.deep.equal([`FN:x${'😀'.repeat(17)}`, ` ${'😀'.repeat(3)}`]);
    });

    it('keeps every physical line at 75 octets or less, whole characters only, and unfolds to the original', () => {
      const name = 'Yhdistys ö, ä; 😀 € 中文 '.repeat(12).trim();
      const street = `Pitkä katu ${'ÄÖ😀'.repeat(30)} 1`;
      const card = vcard(organisationOf({name, address: {street, country: 'FI'}}), 'fi');
      const lines = physicalLines(card);
      expect(lines.length).to.be.greaterThan(20);
      for (const line of lines) {
        expect(octets(line), line).to.be.at.most(75);
        // A split surrogate pair would be a lone surrogate at an end.
        expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(line), line).to.equal(false);
        // And its octets decode on their own: no character's bytes are split.
        expect(new TextDecoder('utf-8', {fatal: true}).decode(new TextEncoder().encode(line))).to.equal(line);
      }
      expect(lines.slice(1).filter((line) => line.startsWith(' ')).length).to.be.greaterThan(10);
      expect(property(card, 'FN')).to.equal(`FN:${name.replace(/[,;]/g, '\\$&')}`);
      expect(property(card, 'ADR')).to.equal(`ADR;TYPE=work:;;${street};;;;Suomi`);
    });
  });
});

describe('vcard() of a version-2 document', () => {
  const card = (language: Language) => vcard(organisationOf(contactDetails), language);

  it('in Swedish, is exactly this: each address with its kind, the box first and the visiting one placed; each number and e-mail address labelled', () => {
    expect(card('sv')).to.equal(
      crlf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:org',
        'FN:Organisationsrådgivningen',
        'N:;;;;',
        'ORG:Organisationsrådgivningen',
        'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;2 våningen;Handelsgatan 19;Jyväs',
        ' kylä;;40100;Finland',
        'ADR;TYPE=work,postal:PB 35;;;Jyväskylä;;40101;Finland',
        'GEO:geo:62.2416,25.7473',
        'item1.TEL;VALUE=uri;TYPE=work,voice:tel:+358142660000',
        'item1.X-ABLabel:Kansli',
        // The free advice line as it is dialled, and linked by the contact block: 0800 numbers do not work from abroad.
        'item2.TEL;VALUE=uri;TYPE=work,voice:tel:0800123456',
        'item2.X-ABLabel:Rådgivning',
        'item3.EMAIL;TYPE=work:toimisto@jarjestoneuvonta.fi',
        'item3.X-ABLabel:Kansli',
        'item4.EMAIL;TYPE=work:neuvonta@jarjestoneuvonta.fi',
        'item4.X-ABLabel:Rådgivning',
        'END:VCARD',
      ),
    );
  });

  // What differs by language: the street (Swedish only), the extra line, the box, the country and the labels.
  const texts: Record<Language, {visiting: string; postal: string; labels: string[]}> = {
    fi: {
      visiting: 'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;2. kerros;Kauppakatu 19;Jyväskylä;;40100;Suomi',
      postal: 'ADR;TYPE=work,postal:PL 35;;;Jyväskylä;;40101;Suomi',
      labels: ['Toimisto', 'Neuvonta', 'Toimisto', 'Neuvonta'],
    },
    sv: {
      visiting: 'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;2 våningen;Handelsgatan 19;Jyväskylä;;40100;Finland',
      postal: 'ADR;TYPE=work,postal:PB 35;;;Jyväskylä;;40101;Finland',
      labels: ['Kansli', 'Rådgivning', 'Kansli', 'Rådgivning'],
    },
    // No English or German street or box: the Finnish ones, the fallback.
    en: {
      visiting: 'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;2nd floor;Kauppakatu 19;Jyväskylä;;40100;Finland',
      postal: 'ADR;TYPE=work,postal:PL 35;;;Jyväskylä;;40101;Finland',
      labels: ['Office', 'Advice', 'Office', 'Advice'],
    },
    de: {
      visiting: 'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;2. Stock;Kauppakatu 19;Jyväskylä;;40100;Finnland',
      postal: 'ADR;TYPE=work,postal:PL 35;;;Jyväskylä;;40101;Finnland',
      labels: ['Büro', 'Beratung', 'Büro', 'Beratung'],
    },
  };
  for (const [language, {visiting, postal, labels}] of Object.entries(texts) as Array<[Language, (typeof texts)[Language]]>) {
    it(`in ${language}, has the addresses and the labels in ${language}: ${labels.slice(0, 2).join(', ')}`, () => {
      const lines = unfolded(card(language));
      expect(lines.filter((line) => line.startsWith('ADR'))).to.deep.equal([visiting, postal]);
      expect(lines.filter((line) => line.includes('.X-ABLabel:')).map((line) => line.split(':')[1])).to.deep.equal(labels);
    });
  }

  it('types each number by its kind, groups only the labelled ones, and numbers the groups across numbers and e-mail addresses', () => {
    const phones = [
      {number: '014 123 456', label: 'Vaihde'},
      {number: '040 123 4567', kind: 'mobile'},
      {number: '014 123 457', kind: 'fax', label: 'Faksi'},
      {number: '050 123 4567', kind: 'sms'},
    ] as const;
    const lines = unfolded(vcard(organisationOf({name: 'X', contact: {phones: [...phones], emails: [{address: 'a@x.fi'}, {address: 'b@x.fi', label: 'Kirjaamo'}]}}), 'fi'));
    expect(lines.slice(6, -1)).to.deep.equal([
      'item1.TEL;VALUE=uri;TYPE=work,voice:tel:+35814123456',
      'item1.X-ABLabel:Vaihde',
      'TEL;VALUE=uri;TYPE=work,cell:tel:+358401234567',
      'item2.TEL;VALUE=uri;TYPE=work,fax:tel:+35814123457',
      'item2.X-ABLabel:Faksi',
      'TEL;VALUE=uri;TYPE=work,text:tel:+358501234567',
      'EMAIL;TYPE=work:a@x.fi',
      'item3.EMAIL;TYPE=work:b@x.fi',
      'item3.X-ABLabel:Kirjaamo',
    ]);
  });

  it('writes the service numbers that work only in Finland (0100–0800) nationally, and other numbers, 029x too, in E.164', () => {
    const numbers = ['0100 123 456', '0700 123 456', '0800 123 456', '0295 123 456', '020 123 456'];
    const lines = unfolded(vcard(organisationOf({name: 'X', contact: {phones: numbers.map((number) => ({number}))}}), 'fi'));
    expect(lines.filter((line) => line.startsWith('TEL')).map((line) => line.slice(line.indexOf(':') + 1))).to.deep.equal([
      'tel:0100123456',
      'tel:0700123456',
      'tel:0800123456',
      'tel:+358295123456',
      'tel:+35820123456',
    ]);
  });

  it('escapes a label as text', () => {
    const lines = unfolded(vcard(organisationOf({name: 'X', contact: {emails: [{address: 'a@x.fi', label: 'Kirjaamo; arkisto, posti\\'}]}}), 'fi'));
    expect(lines).to.include('item1.X-ABLabel:Kirjaamo\\; arkisto\\, posti\\\\');
  });

  it('types a delivery address as a parcel address, and takes the municipality for a missing post office', () => {
    const lines = unfolded(
      vcard(organisationOf({name: 'X', addresses: [{kind: 'delivery', street: 'Lastauslaituri 2', postalCode: '40320', municipality: {code: '179', name: 'Jyväskylä'}}]}), 'fi'),
    );
    expect(lines.filter((line) => line.startsWith('ADR'))).to.deep.equal(['ADR;TYPE=work,parcel:;;Lastauslaituri 2;Jyväskylä;;40320;Suomi']);
  });

  it('places each address with coordinates as its GEO parameter, and the card at the first visiting one', () => {
    const lines = unfolded(
      vcard(
        organisationOf({
          name: 'X',
          addresses: [
            {kind: 'delivery', street: 'Lastauslaituri 2', coordinates: {latitude: 62.25, longitude: 25.75}},
            {street: 'Kauppakatu 19'},
            {street: 'Torikatu 1', coordinates: {latitude: 62.2416, longitude: 25.7473}},
            {street: 'Asemakatu 44', coordinates: {latitude: 62.8924, longitude: 27.6782}},
          ],
        }),
        'fi',
      ),
    );
    expect(lines.filter((line) => line.startsWith('ADR') || line.startsWith('GEO'))).to.deep.equal([
      'ADR;TYPE=work,parcel;GEO="geo:62.25,25.75":;;Lastauslaituri 2;;;;Suomi',
      'ADR;TYPE=work:;;Kauppakatu 19;;;;Suomi',
      'ADR;TYPE=work;GEO="geo:62.2416,25.7473":;;Torikatu 1;;;;Suomi',
      'ADR;TYPE=work;GEO="geo:62.8924,27.6782":;;Asemakatu 44;;;;Suomi',
      'GEO:geo:62.2416,25.7473',
    ]);
  });

  it('has no GEO for the card when only a post office box has coordinates', () => {
    const lines = unfolded(vcard(organisationOf({name: 'X', addresses: [{kind: 'postal', postOfficeBox: 'PL 35', coordinates: {latitude: 62.25, longitude: 25.75}}]}), 'fi'));
    expect(lines.filter((line) => line.startsWith('ADR') || line.startsWith('GEO'))).to.deep.equal(['ADR;TYPE=work,postal;GEO="geo:62.25,25.75":PL 35;;;;;;Suomi']);
  });

  it('leaves out what the parser dropped: a wrong number, a label that is no text, coordinates outside Finland, an unknown kind', () => {
    const document = {
      name: 'X',
      addresses: [{kind: 'home', street: 'Kauppakatu 19', coordinates: {latitude: 6974202.909, longitude: 534246.773}}],
      contact: {phones: [{number: '12'}, {number: '014 123 456', label: 42, kind: 'pager'}], emails: [{address: 'ei osoite'}, {address: 'a@x.fi', label: ''}]},
    } as unknown as DataDocument;
    expect(unfolded(vcard(organisationOf(document), 'fi')).slice(6)).to.deep.equal([
      'ADR;TYPE=work:;;Kauppakatu 19;;;;Suomi',
      'TEL;VALUE=uri;TYPE=work,voice:tel:+35814123456',
      'EMAIL;TYPE=work:a@x.fi',
      'END:VCARD',
    ]);
  });
});

describe('vcardFileName()', () => {
  let seed: Organisation;
  beforeEach(async () => {
    seed = organisationOf(await seedDocument());
  });

  it('is the short name in Latin letters, digits and hyphens, in the language', () => {
    expect(vcardFileName(seed, 'fi')).to.equal('Yhdessa-ei-olla-yksin.vcf');
    expect(vcardFileName(seed, 'sv')).to.equal('Tillsammans-ar-vi-inte-ensamma.vcf');
    expect(vcardFileName(seed, 'en')).to.equal('Together-We-Are-Not-Alone.vcf');
    expect(vcardFileName(seed, 'de')).to.equal('Gemeinsam-sind-wir-nicht-allein.vcf');
  });

  it('drops every accent of a letter, even two on one (Vietnamese ệ)', () => {
    expect(vcardFileName(organisationOf({name: 'Hội Người Việt'}), 'fi')).to.equal('Hoi-Nguoi-Viet.vcf');
  });

  it('takes the name when there is no short name, drops unsafe characters and keeps it short', () => {
    expect(vcardFileName(organisationOf({name: '../Öljy & Co: "Äänekoski"/..'}), 'fi')).to.equal('Oljy-Co-Aanekoski.vcf');
    const long = vcardFileName(organisationOf({name: 'Sana '.repeat(40)}), 'fi');
    expect(long).to.match(/^[A-Za-z0-9-]{1,60}\.vcf$/);
    expect(long.startsWith('Sana-Sana-')).to.equal(true);
    expect(long).to.not.match(/-\.vcf$/);
  });

  it('is vcard.vcf when nothing of the name is left', () => {
    expect(vcardFileName(organisationOf({name: 'Союз'}), 'fi')).to.equal('vcard.vcf');
  });
});
