import {expect, html} from '@open-wc/testing';
import {render} from 'lit';
import {parseDocument} from '../src/data/parse.js';
import type {LocalizedText, Municipality, Organisation} from '../src/data/types.js';
import {joined} from '../src/elements/org-card/org-card.render.js';
import {collator, displayNames, listFormat, numberFormat, pluralRules, yearFormat} from '../src/format/intl.js';
import {choose} from '../src/format/localized.js';
import {mapUrl} from '../src/format/address.js';
import {formatLanguages, formatList, formatYears} from '../src/format/organisation.js';
import {sortMunicipalities} from '../src/format/places.js';
import {interfaceLanguages} from '../src/i18n/language.js';
import {organisationOf, seedDocument} from './documents.js';

/** Text in the given languages, in the order given. */
function localized(entries: Record<string, string>): LocalizedText {
  return new Map(Object.entries(entries));
}

function municipality(code: string, names: Record<string, string>): Municipality {
  return {code, name: localized(names)};
}

/** The names shown in `language`, in the order given. */
function namesIn(municipalities: readonly Municipality[], language: 'fi' | 'sv' | 'en' | 'de'): string[] {
  return municipalities.map((each) => choose(each.name, language).value);
}

/** The seed's fourteen municipalities in Finnish alphabetical order. */
const seedInFinnishOrder = [
  'Joutsa',
  'Jyväskylä',
  'Jämsä',
  'Kannonkoski',
  'Karstula',
  'Kinnula',
  'Kivijärvi',
  'Kyyjärvi',
  'Laukaa',
  'Pihtipudas',
  'Saarijärvi',
  'Toivakka',
  'Viitasaari',
  'Äänekoski',
];

describe('sortMunicipalities()', () => {
  let seedMunicipalities: readonly Municipality[];

  beforeEach(async () => {
    const result = parseDocument(await seedDocument());
    if (!result.ok) throw new Error(result.problem);
    seedMunicipalities = result.organisation.municipalities;
  });

  describe('when the seed is sorted', () => {
    for (const language of interfaceLanguages) {
      it(`gives Finnish alphabetical order when the interface is ${language}`, () => {
        expect(namesIn(sortMunicipalities(seedMunicipalities, language), language)).to.deep.equal(seedInFinnishOrder);
      });
    }

    it('puts Jyväskylä before Jämsä and Äänekoski last, where English collation puts Äänekoski first', () => {
      const english = [...namesIn(seedMunicipalities, 'en')].sort(new Intl.Collator('en').compare);
      expect(english[0]).to.equal('Äänekoski');
      expect(english.indexOf('Jämsä')).to.be.below(english.indexOf('Jyväskylä'));

      const sorted = namesIn(sortMunicipalities(seedMunicipalities, 'en'), 'en');
      expect(sorted.indexOf('Jyväskylä')).to.equal(sorted.indexOf('Jämsä') - 1);
      expect(sorted.at(-1)).to.equal('Äänekoski');
    });

    it('leaves the given list in its own order', () => {
      const before = namesIn(seedMunicipalities, 'fi');
      sortMunicipalities(seedMunicipalities, 'fi');
      expect(namesIn(seedMunicipalities, 'fi')).to.deep.equal(before);
      expect(before[0]).to.equal('Joutsa');
      expect(before[3]).to.equal('Toivakka');
    });
  });

  describe('when the names differ between languages', () => {
    const municipalities = [
      municipality('992', {fi: 'Äänekoski', sv: 'Äänekoski'}),
      municipality('853', {fi: 'Turku', sv: 'Åbo'}),
      municipality('905', {fi: 'Vaasa', sv: 'Vasa'}),
      municipality('179', {fi: 'Jyväskylä', sv: 'Jyväskylä'}),
    ];

    it('sorts the Swedish names shown, with å before ä, where plain sort puts Ä before Å', () => {
      expect(namesIn(sortMunicipalities(municipalities, 'sv'), 'sv')).to.deep.equal(['Jyväskylä', 'Vasa', 'Åbo', 'Äänekoski']);
      expect(namesIn(municipalities, 'sv').sort()).to.deep.equal(['Jyväskylä', 'Vasa', 'Äänekoski', 'Åbo']);
    });

    it('sorts the Finnish names shown when the interface is Finnish', () => {
      expect(namesIn(sortMunicipalities(municipalities, 'fi'), 'fi')).to.deep.equal(['Jyväskylä', 'Turku', 'Vaasa', 'Äänekoski']);
    });

    it('sorts the names shown through fallback when the interface language has none (de → fi)', () => {
      expect(namesIn(sortMunicipalities(municipalities, 'de'), 'de')).to.deep.equal(['Jyväskylä', 'Turku', 'Vaasa', 'Äänekoski']);
    });
  });
});

describe('formatLanguages()', () => {
  describe('when the seed languages fi, en, sv, de are listed', () => {
    const expected = {
      fi: 'suomi, englanti, ruotsi ja saksa',
      sv: 'finska, engelska, svenska och tyska',
      en: 'Finnish, English, Swedish, and German',
      de: 'Finnisch, Englisch, Schwedisch und Deutsch',
    } as const;
    for (const language of interfaceLanguages) {
      it(`names them in ${language}: "${expected[language]}"`, () => {
        expect(formatLanguages(['fi', 'en', 'sv', 'de'], language)).to.equal(expected[language]);
      });
    }
  });

  describe('when one language is listed', () => {
    it('gives its name alone', () => {
      expect(formatLanguages(['sv'], 'fi')).to.equal('ruotsi');
      expect(formatLanguages(['fi'], 'de')).to.equal('Finnisch');
    });
  });
});

describe('formatList()', () => {
  describe('when three items are joined', () => {
    it('uses the language list words', () => {
      expect(formatList(['a', 'b', 'c'], 'fi')).to.equal('a, b ja c');
      expect(formatList(['a', 'b', 'c'], 'sv')).to.equal('a, b och c');
      expect(formatList(['a', 'b', 'c'], 'en')).to.equal('a, b, and c');
      expect(formatList(['a', 'b', 'c'], 'de')).to.equal('a, b und c');
    });
  });
});

describe('formatYears()', () => {
  describe('when the period spans years', () => {
    it('writes 2017–2019 in Finnish: en dash, no spaces', () => {
      expect(formatYears(2017, 2019, 'fi')).to.equal('2017–2019');
    });

    for (const language of interfaceLanguages) {
      it(`writes both years with an en dash between them in ${language}`, () => {
        const shown = formatYears(2017, 2019, language);
        expect(shown).to.match(/^2017\s?–\s?2019$/);
      });
    }
  });

  describe('when the period is one year', () => {
    for (const language of interfaceLanguages) {
      it(`writes the year alone, without grouping, in ${language}`, () => {
        expect(formatYears(2017, undefined, language)).to.equal('2017');
        expect(formatYears(2017, 2017, language)).to.equal('2017');
      });
    }
  });
});

describe('choose()', () => {
  describe('when the text exists in the asked language', () => {
    for (const language of interfaceLanguages) {
      it(`gives the ${language} text`, () => {
        const chosen = choose(localized({en: 'Joutsa (en)', fi: 'Joutsa (fi)', de: 'Joutsa (de)', sv: 'Joutsa (sv)'}), language);
        expect(chosen).to.deep.equal({value: `Joutsa (${language})`, language});
      });
    }
  });

  describe('when the interface is Swedish', () => {
    it('falls back to Finnish first', () => {
      expect(choose(localized({en: 'Hello', fi: 'Hei'}), 'sv')).to.deep.equal({value: 'Hei', language: 'fi'});
    });
    it('falls back to English when there is no Finnish', () => {
      expect(choose(localized({de: 'Hallo', en: 'Hello'}), 'sv')).to.deep.equal({value: 'Hello', language: 'en'});
    });
  });

  describe('when the interface is Finnish', () => {
    it('falls back to Swedish first', () => {
      expect(choose(localized({en: 'Hello', sv: 'Hej'}), 'fi')).to.deep.equal({value: 'Hej', language: 'sv'});
    });
    it('falls back to English when there is no Swedish', () => {
      expect(choose(localized({de: 'Hallo', en: 'Hello'}), 'fi')).to.deep.equal({value: 'Hello', language: 'en'});
    });
  });

  describe('when the interface is English', () => {
    it('falls back to Finnish first', () => {
      expect(choose(localized({sv: 'Hej', fi: 'Hei'}), 'en')).to.deep.equal({value: 'Hei', language: 'fi'});
    });
    it('falls back to Swedish when there is no Finnish', () => {
      expect(choose(localized({de: 'Hallo', sv: 'Hej'}), 'en')).to.deep.equal({value: 'Hej', language: 'sv'});
    });
  });

  describe('when the interface is German', () => {
    it('falls back to English first', () => {
      expect(choose(localized({sv: 'Hej', fi: 'Hei', en: 'Hello'}), 'de')).to.deep.equal({value: 'Hello', language: 'en'});
    });
    it('falls back to Finnish when there is no English', () => {
      expect(choose(localized({sv: 'Hej', fi: 'Hei'}), 'de')).to.deep.equal({value: 'Hei', language: 'fi'});
    });
    it('falls back to Swedish when there is neither English nor Finnish', () => {
      expect(choose(localized({et: 'Tere', sv: 'Hej'}), 'de')).to.deep.equal({value: 'Hej', language: 'sv'});
    });
  });

  describe('when the text exists in none of the fallback languages', () => {
    for (const language of interfaceLanguages) {
      it(`gives the first language the text has, in ${language}`, () => {
        expect(choose(localized({et: 'Tere', ja: 'こんにちは'}), language)).to.deep.equal({value: 'Tere', language: 'et'});
      });
    }
  });
});

describe('Intl formatters', () => {
  // They are made once per language and options (src/format/intl.ts); that no Intl object is made
  // again is tested in sources.test.ts. Here: asked for in any order, each gives its own
  // language's results, so a cache keyed by less than the language and options would fail.
  describe('when formatters of several languages and options are asked for in turn', () => {
    const finnishOrder = ['Vaasa', 'Ylöjärvi', 'Åbo', 'Äänekoski'];
    const scrambled = ['Äänekoski', 'Ylöjärvi', 'Åbo', 'Vaasa'];

    it("gives each its own language's and options' results", () => {
      expect([...scrambled].sort(collator('en').compare)).to.deep.equal(['Äänekoski', 'Åbo', 'Vaasa', 'Ylöjärvi']);
      expect([...scrambled].sort(collator('fi').compare)).to.deep.equal(finnishOrder);
      expect(pluralRules('en').select(0)).to.equal('other');
      expect(pluralRules('fi').select(1)).to.equal('one');
      expect(numberFormat('de').format(12345.5)).to.equal('12.345,5');
      expect(numberFormat('en').format(12345.5)).to.equal('12,345.5');
      expect(listFormat('fi', 'conjunction').format(['a', 'b'])).to.equal('a ja b');
      expect(listFormat('fi', 'disjunction').format(['a', 'b'])).to.equal('a tai b');
      expect(listFormat('sv', 'conjunction').format(['a', 'b'])).to.equal('a och b');
      expect(displayNames('fi', 'language').of('sv')).to.equal('ruotsi');
      expect(displayNames('fi', 'region').of('SE')).to.equal('Ruotsi');
      expect(displayNames('de', 'language').of('sv')).to.equal('Schwedisch');
      // A calendar year, never grouped as a number would be in some languages.
      expect(yearFormat('fi').format(new Date(Date.UTC(2017, 0, 1)))).to.equal('2017');
      expect(yearFormat('de').format(new Date(Date.UTC(2017, 0, 1)))).to.equal('2017');
    });
  });
});

describe('joined()', () => {
  describe('when text items are joined', () => {
    it('places the language list words between them', () => {
      expect(joined(['STEA', 'RAY', 'KOSKE'], 'fi')).to.deep.equal(['STEA', ', ', 'RAY', ' ja ', 'KOSKE']);
      expect(joined(['STEA', 'RAY', 'KOSKE'], 'sv')).to.deep.equal(['STEA', ', ', 'RAY', ' och ', 'KOSKE']);
      expect(joined(['STEA', 'RAY', 'KOSKE'], 'en')).to.deep.equal(['STEA', ', ', 'RAY', ', and ', 'KOSKE']);
      expect(joined(['STEA', 'RAY', 'KOSKE'], 'de')).to.deep.equal(['STEA', ', ', 'RAY', ' und ', 'KOSKE']);
    });

    it('gives one item alone and two with the word only', () => {
      expect(joined(['STEA'], 'fi')).to.deep.equal(['STEA']);
      expect(joined(['STEA', 'RAY'], 'sv')).to.deep.equal(['STEA', ' och ', 'RAY']);
    });
  });

  describe('when items carry markup', () => {
    it('keeps each item markup and renders "STEA ja RAY" with two links', () => {
      const container = document.createElement('div');
      render(html`${joined([html`<a href="https://stea.fi/">STEA</a>`, html`<a href="https://ray.fi/">RAY</a>`], 'fi')}`, container);
      expect(container.textContent).to.equal('STEA ja RAY');
      expect([...container.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['STEA', 'RAY']);
    });

    it('keeps text that looks like an index as text', () => {
      expect(joined(['1', '0'], 'fi')).to.deep.equal(['1', ' ja ', '0']);
    });
  });
});

describe('mapUrl()', () => {
  let seed: Organisation;
  beforeEach(async () => {
    seed = organisationOf(await seedDocument());
  });

  it('searches OpenStreetMap for street, postal code and locality, and country, in the language', () => {
    const base = 'https://www.openstreetmap.org/search?query=Matarankatu%204%2C%2040100%20Jyv%C3%A4skyl%C3%A4%2C%20';
    expect(mapUrl(seed.addresses[0], 'fi')).to.equal(`${base}Suomi`);
    expect(mapUrl(seed.addresses[0], 'sv')).to.equal(`${base}Finland`);
    expect(mapUrl(seed.addresses[0], 'en')).to.equal(`${base}Finland`);
    expect(mapUrl(seed.addresses[0], 'de')).to.equal(`${base}Finnland`);
  });

  it('encodes every character that means something in a URL, and leaves out what is absent', () => {
    const {
      addresses: [address],
    } = organisationOf({name: 'X', address: {street: 'A & B #1/2?x=y+z', country: 'FR'}});
    expect(mapUrl(address, 'en')).to.equal('https://www.openstreetmap.org/search?query=A%20%26%20B%20%231%2F2%3Fx%3Dy%2Bz%2C%20France');
  });

  it('does not throw on a lone surrogate', () => {
    const {
      addresses: [address],
    } = organisationOf({name: 'X', address: {street: 'Katu\ud800 1', country: 'FI'}});
    expect(mapUrl(address, 'fi')).to.equal('https://www.openstreetmap.org/search?query=Katu%EF%BF%BD%201%2C%20Suomi');
  });
});
