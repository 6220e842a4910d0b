import {expect, fixture, html} from '@open-wc/testing';
import type {DocumentV1} from '../src/data/types.js';
import type {MunicipalityList} from '../src/elements/municipality-list/municipality-list.js';
import {find, seedDocument, settle, shadow, textOf, type Language} from './helpers.js';

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
  const list = await fixture<MunicipalityList>(
    html`<koske-municipality-list lang=${lang} heading-level=${headingLevel} .data=${document}></koske-municipality-list>`,
  );
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

      it('names the list by its heading and count', () => {
        const ul = find(list, 'ul[part="list"]');
        expect(ul.getAttribute('aria-labelledby')).to.equal('heading count');
        expect(labelledByText(list, ul)).to.equal(`${want.heading} ${want.count}`);
      });

      it('passes accessibility tests', async () => {
        await expect(list).to.be.accessible();
      });
    });

    describe(`when there is one municipality, in ${lang}`, () => {
      it(`says "${want.one}"`, async () => {
        const document: DocumentV1 = {name: 'Yksi', municipalities: [{code: '179', name: 'Jyväskylä', website: 'https://www.jyvaskyla.fi'}]};
        const list = await listOf(document, lang);
        expect(textOf(find(list, '[part="count"]'))).to.equal(want.one);
        expect(items(list).map((item) => textOf(item))).to.deep.equal(['Jyväskylä']);
        expect(labelledByText(list, find(list, 'ul'))).to.equal(`${want.heading} ${want.one}`);
      });
    });
  }

  describe('when a municipality has no website', () => {
    it('shows its name as plain text and still links the others', async () => {
      const document: DocumentV1 = {
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
      const document: DocumentV1 = {name: 'Nimi', municipalities: [{code: '179', name: {fi: 'Jyväskylä'}}]};
      const list = await listOf(document, 'de');
      const [item] = items(list);
      expect(textOf(item)).to.equal('Jyväskylä');
      expect(item.querySelector('span')?.lang).to.equal('fi');
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
      // The list is still named by the heading whatever its level.
      expect(labelledByText(list, find(list, 'ul'))).to.equal('Toiminta-alue 14 kuntaa');
    });
  });
});
