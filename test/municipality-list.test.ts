import {expect, fixture, html} from '@open-wc/testing';
import type {DataDocument} from '../src/data/types.js';
import type {MunicipalityList} from '../src/elements/municipality-list/municipality-list.js';
import {find, type Language, languageOfText, seedDocument, settle, shadow, textOf} from './helpers.js';

interface Expected {
  readonly heading: string;
  readonly region: string;
  readonly count: string;
  readonly one: string;
}

// Strings from locales/*.xlf (Finnish from the source) and the seed's region.
const expected: Record<Language, Expected> = {
  fi: {heading: 'Toiminta-alue', region: 'Maakunta: Keski-Suomi', count: '14 kuntaa', one: '1 kunta'},
  sv: {heading: 'Verksamhetsområde', region: 'Landskap: Mellersta Finland', count: '14 kommuner', one: '1 kommun'},
  en: {heading: 'Area of operation', region: 'Region: Central Finland', count: '14 municipalities', one: '1 municipality'},
  de: {heading: 'Tätigkeitsgebiet', region: 'Region: Mittelfinnland', count: '14 Gemeinden', one: '1 Gemeinde'},
};

const languages = Object.keys(expected) as Language[];

// Finnish alphabetical order, whatever the interface language; the seed lists them otherwise.
const sorted: ReadonlyArray<readonly [string, string]> = [
  ['Joutsa', 'https://www.joutsa.fi/'],
  ['Jyväskylä', 'https://www.jyvaskyla.fi/'],
  ['Jämsä', 'https://www.jamsa.fi/'],
  ['Kannonkoski', 'https://kannonkoski.fi/'],
  ['Karstula', 'https://www.karstula.fi/'],
  ['Kinnula', 'https://www.kinnula.fi/'],
  ['Kivijärvi', 'https://www.kivijarvi.fi/'],
  ['Kyyjärvi', 'https://www.kyyjarvi.fi/'],
  ['Laukaa', 'https://www.laukaa.fi/'],
  ['Pihtipudas', 'https://pihtipudas.fi/'],
  ['Saarijärvi', 'https://www.saarijarvi.fi/'],
  ['Toivakka', 'https://www.toivakka.fi/'],
  ['Viitasaari', 'https://viitasaari.fi/'],
  ['Äänekoski', 'https://www.aanekoski.fi/'],
];

function items(list: MunicipalityList): HTMLLIElement[] {
  return [...find(list, 'ul[part="list"]').children] as HTMLLIElement[];
}

/** The accessible name aria-labelledby gives an element of the shadow root. */
function labelledByText(list: MunicipalityList, element: Element): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => {
      const target = shadow(list).getElementById(id);
      if (!target) throw new Error(`aria-labelledby refers to a missing id "${id}"`);
      return textOf(target);
    })
    .join(' ');
}

async function listOf(document: unknown, lang: Language = 'fi', headingLevel = '2'): Promise<MunicipalityList> {
  const list = await fixture<MunicipalityList>(html`<koske-municipality-list lang=${lang} heading-level=${headingLevel} .data=${document}></koske-municipality-list>`);
  expect(await settle(list)).to.equal('loaded');
  return list;
}

describe('<koske-municipality-list>', () => {
  for (const lang of languages) {
    const want = expected[lang];

    describe(`when loaded in ${lang}`, () => {
      let list: MunicipalityList;
      beforeEach(async () => {
        list = await listOf(await seedDocument(), lang);
      });

      it('shows the heading as an h2', () => {
        expect(textOf(find(list, 'h2[part="heading"]'))).to.equal(want.heading);
      });

      it('shows the region with its label', () => {
        expect(textOf(find(list, '[part="region"]'))).to.equal(want.region);
      });

      it('shows how many municipalities there are', () => {
        expect(textOf(find(list, '[part="count"]'))).to.equal(want.count);
      });

      it('lists the 14 municipalities in Finnish alphabetical order as a real list', () => {
        const names = items(list).map((item) => textOf(item));
        expect(names).to.deep.equal(sorted.map(([name]) => name));
        expect(find(list, 'ul').localName).to.equal('ul');
        expect(items(list).every((item) => item.localName === 'li')).to.equal(true);
      });

      it('links every municipality to its website from the data', () => {
        const links = items(list).map((item) => {
          const link = item.querySelector('a');
          return [link ? textOf(link) : null, link?.getAttribute('href') ?? null];
        });
        expect(links).to.deep.equal(sorted.map(([name, href]) => [name, href]));
      });

      it('names the list by its count, which is read there once and hidden where it is shown', () => {
        const ul = find(list, 'ul[part="list"]');
        expect(ul.getAttribute('aria-labelledby')).to.equal('count');
        expect(labelledByText(list, ul)).to.equal(want.count);
        expect(find(list, '[part="count"]').getAttribute('aria-hidden')).to.equal('true');
        expect(textOf(find(list, '[part="region"]'))).to.equal(want.region);
        const texts = [...find(list, '[part="region"]').childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
        expect(
          texts.map((node) => node.textContent),
          'one text node, one phrase',
        ).to.deep.equal([want.region]);
      });

      it('passes accessibility tests', async () => {
        await expect(list).to.be.accessible();
      });
    });

    describe(`when there is one municipality, in ${lang}`, () => {
      it(`says "${want.one}"`, async () => {
        const document: DataDocument = {name: 'Yksi', municipalities: [{code: '179', name: 'Jyväskylä', website: 'https://www.jyvaskyla.fi'}]};
        const list = await listOf(document, lang);
        expect(textOf(find(list, '[part="count"]'))).to.equal(want.one);
        expect(items(list).map((item) => textOf(item))).to.deep.equal(['Jyväskylä']);
        expect(labelledByText(list, find(list, 'ul'))).to.equal(want.one);
      });
    });
  }

  // The element sorts the names it shows with Finnish collation, whatever the interface
  // language (src/format/places.ts); each case below is given scrambled, and its expected order
  // differs from at least one wrong way of sorting, named in the test.
  describe('when the municipalities are given in another order', () => {
    /** A document of municipalities given by code and Finnish name, in the order given. */
    function named(...municipalities: ReadonlyArray<readonly [string, string]>): DataDocument {
      return {name: 'Järjestys', municipalities: municipalities.map(([code, name]) => ({code, name}))};
    }

    const shownNames = (list: MunicipalityList) => items(list).map((item) => textOf(item));

    for (const lang of languages) {
      it(`puts Ä after O, V and Y, not with A (as English or German collation would), in ${lang}`, async () => {
        const document = named(['989', 'Ähtäri'], ['564', 'Oulu'], ['992', 'Äänekoski'], ['020', 'Akaa'], ['980', 'Ylöjärvi'], ['560', 'Orimattila'], ['946', 'Vöyri']);
        const list = await listOf(document, lang);
        expect(shownNames(list)).to.deep.equal(['Akaa', 'Orimattila', 'Oulu', 'Vöyri', 'Ylöjärvi', 'Ähtäri', 'Äänekoski']);
      });
    }

    describe('by code alone, so the names come from the registry', () => {
      // Scrambled: Äänekoski, Turku/Åbo, Teuva/Östermark, Espoo/Esbo, Ylitornio/Övertorneå,
      // Vaasa/Vasa, Ähtäri/Etseri, Vårdö, Vöyri/Vörå, Ylöjärvi.
      const codes = ['992', '853', '846', '049', '976', '905', '989', '941', '946', '980'];

      it('sorts the Swedish names shown in sv: Å before Ä before Ö, although Ä (U+00C4) comes before Å (U+00C5) in code units', async () => {
        const list = await listOf({name: 'Koodeilla', municipalities: codes}, 'sv');
        const shown = shownNames(list);
        expect(shown).to.deep.equal(['Esbo', 'Etseri', 'Vasa', 'Vårdö', 'Vörå', 'Ylöjärvi', 'Åbo', 'Äänekoski', 'Östermark', 'Övertorneå']);
        // What sorting by code units would give: the test tells the two apart.
        expect([...shown].sort()).not.to.deep.equal(shown);
      });

      for (const lang of ['fi', 'en', 'de'] as const) {
        it(`sorts the Finnish names shown in ${lang}, not the Swedish ones: Turku after Teuva, Ähtäri near the end`, async () => {
          const list = await listOf({name: 'Koodeilla', municipalities: codes}, lang);
          expect(shownNames(list)).to.deep.equal(['Espoo', 'Teuva', 'Turku', 'Vaasa', 'Vårdö', 'Vöyri', 'Ylitornio', 'Ylöjärvi', 'Ähtäri', 'Äänekoski']);
        });
      }
    });

    it('sorts a name typed in lower case by its letters, not after every capitalised name as code units would', async () => {
      const document = named(['980', 'Ylöjärvi'], ['992', 'äänekoski'], ['905', 'vaasa'], ['989', 'Ähtäri'], ['020', 'Akaa']);
      const list = await listOf(document);
      const shown = shownNames(list);
      // Shown as typed, in Finnish order.
      expect(shown).to.deep.equal(['Akaa', 'vaasa', 'Ylöjärvi', 'Ähtäri', 'äänekoski']);
      expect([...shown].sort()).to.deep.equal(['Akaa', 'Ylöjärvi', 'vaasa', 'Ähtäri', 'äänekoski']);
    });

    it('keeps V and W apart as Intl.Collator("fi") does (modern CLDR), not as the old Finnish rule v = w', async () => {
      // Wehmaa and Wiitasaari are the old spellings of Vehmaa and Viitasaari, as an old document may have them.
      const document = named(['931', 'Wiitasaari'], ['946', 'Vöyri'], ['918', 'Wehmaa'], ['905', 'Vaasa'], ['980', 'Ylöjärvi']);
      const list = await listOf(document);
      const shown = shownNames(list);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('fi').compare));
      expect(shown).to.deep.equal(['Vaasa', 'Vöyri', 'Wehmaa', 'Wiitasaari', 'Ylöjärvi']);
      // The traditional Finnish collation (v = w) would put Wehmaa and Wiitasaari before Vöyri: the test tells the two apart.
      expect([...shown].sort(new Intl.Collator('fi-u-co-trad').compare)).to.deep.equal(['Vaasa', 'Wehmaa', 'Wiitasaari', 'Vöyri', 'Ylöjärvi']);
    });
  });

  describe('when a municipality has no website', () => {
    it('shows its name as plain text and still links the others', async () => {
      const document: DataDocument = {
        name: 'Kaksi',
        municipalities: [
          {code: '992', name: 'Äänekoski'},
          {code: '172', name: 'Joutsa', website: 'https://www.joutsa.fi'},
        ],
      };
      const list = await listOf(document);
      const [joutsa, aanekoski] = items(list);
      expect(textOf(joutsa)).to.equal('Joutsa');
      expect(joutsa.querySelector('a')?.getAttribute('href')).to.equal('https://www.joutsa.fi/');
      expect(textOf(aanekoski)).to.equal('Äänekoski');
      expect(aanekoski.querySelector('a')).to.equal(null);
      expect(textOf(find(list, '[part="count"]'))).to.equal('2 kuntaa');
    });
  });

  describe('when a municipality name is missing in the interface language', () => {
    it('shows the Finnish name marked as Finnish', async () => {
      const document: DataDocument = {name: 'Nimi', municipalities: [{code: '179', name: {fi: 'Jyväskylä'}}]};
      const list = await listOf(document, 'de');
      const [item] = items(list);
      expect(textOf(item)).to.equal('Jyväskylä');
      expect(item.querySelector('span')?.lang).to.equal('fi');
    });
  });

  describe('when the region and the names are in Finnish only', () => {
    const finnishOnly: DataDocument = {
      name: 'Nimi',
      region: {code: '13', name: 'Keski-Suomi'},
      municipalities: [
        {code: '179', name: 'Jyväskylä', website: 'https://www.jyvaskyla.fi'},
        {code: '172', name: 'Joutsa'},
      ],
    };

    for (const lang of ['sv', 'en', 'de'] as const) {
      it(`marks the region and each name as Finnish, linked or not, and keeps the labels in ${lang}`, async () => {
        const list = await listOf(finnishOnly, lang);
        expect(languageOfText(list, 'Keski-Suomi')).to.equal('fi');
        expect(languageOfText(list, 'Jyväskylä')).to.equal('fi');
        expect(languageOfText(list, 'Joutsa')).to.equal('fi');
        for (const part of ['heading', 'count']) expect(find(list, `[part="${part}"]`).closest('[lang]')?.getAttribute('lang'), part).to.equal(lang);
      });
    }

    it('marks nothing again in fi, and marks the Swedish names of a Swedish list as Swedish only where they are', async () => {
      const finnish = await listOf(finnishOnly, 'fi');
      for (const text of ['Maakunta: Keski-Suomi', 'Jyväskylä', 'Joutsa']) expect(languageOfText(finnish, text), text).to.equal('fi');
      expect(find(finnish, '[part="base"]').querySelectorAll('[lang]')).to.have.length(0);
      const swedish = await listOf(
        {
          name: 'Nimi',
          region: '15',
          municipalities: [
            {code: '905', name: {fi: 'Vaasa', sv: 'Vasa'}},
            {code: '893', name: {fi: 'Uusikaarlepyy'}},
          ],
        },
        'sv',
      );
      expect(languageOfText(swedish, 'Vasa')).to.equal('sv');
      expect(languageOfText(swedish, 'Uusikaarlepyy')).to.equal('fi');
      // The region by code alone: its Swedish name from the registry, in the list's own language.
      expect(languageOfText(swedish, 'Landskap: Österbotten')).to.equal('sv');
    });
  });

  describe('when there is no region and no municipality', () => {
    it('says "0 kuntaa" and shows no list', async () => {
      const list = await listOf({name: 'Ei kuntia'});
      expect(shadow(list).querySelector('[part="region"]')).to.equal(null);
      expect(textOf(find(list, '[part="count"]'))).to.equal('0 kuntaa');
      expect(shadow(list).querySelector('ul')).to.equal(null);
      await expect(list).to.be.accessible();
    });
  });

  describe('when given a heading-level', () => {
    it('uses h1 for heading-level="1" and h4 for heading-level="4"', async () => {
      const seed = await seedDocument();
      const first = await listOf(seed, 'fi', '1');
      expect(textOf(find(first, 'h1[part="heading"]'))).to.equal('Toiminta-alue');
      const fourth = await listOf(seed, 'fi', '4');
      expect(textOf(find(fourth, 'h4[part="heading"]'))).to.equal('Toiminta-alue');
    });

    it('falls back to h2 for an out-of-range level', async () => {
      const list = await listOf(await seedDocument(), 'fi', '8');
      expect(textOf(find(list, 'h2[part="heading"]'))).to.equal('Toiminta-alue');
      // The list is still named whatever the heading's level.
      expect(labelledByText(list, find(list, 'ul'))).to.equal('14 kuntaa');
    });
  });
});
