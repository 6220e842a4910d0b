import {expect, fixture, html} from '@open-wc/testing';
import type {DataDocument} from '../src/data/types.js';
import type {OrgCard} from '../src/elements/org-card/org-card.js';
import {find, type Language, languageOfText, seedDocument, settle, shadow, textOf} from './helpers.js';

interface Expected {
  readonly name: string;
  readonly labels: {
    readonly administrator: string;
    readonly funders: string;
    readonly period: string;
    readonly targetGroups: string;
    readonly audience: string;
    readonly ageGroup: string;
    readonly languages: string;
    readonly sector: string;
    readonly themes: string;
    readonly keywords: string;
  };
  readonly administrator: string;
  readonly funder: string;
  readonly period: string;
  readonly firstParagraphStart: string;
  readonly targetGroupStarts: readonly [string, string];
  readonly audience: string;
  readonly ageGroup: string;
  readonly languages: string;
  readonly sector: string;
  readonly themes: readonly string[];
  readonly keywords: readonly string[];
}

// What a reader sees, per interface language: labels from locales/*.xlf
// (Finnish from the source), values from the seed document.
const expected: Record<Language, Expected> = {
  fi: {
    name: 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke',
    labels: {
      administrator: 'Hallinnoija',
      funders: 'Rahoittaja',
      period: 'Toiminta-aika',
      targetGroups: 'Kohderyhmät',
      audience: 'Kenelle',
      ageGroup: 'Ikäryhmä',
      languages: 'Palvelukielet',
      sector: 'Toimiala',
      themes: 'Teemat',
      keywords: 'Avainsanat',
    },
    administrator: 'Keski-Suomen sosiaalialan osaamiskeskus (KOSKE)',
    funder: 'Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)',
    period: '2017–2019',
    firstParagraphStart: 'Yhdessä ei olla yksin -hyvinvointiyhteistyöhankkeen tavoitteena',
    targetGroupStarts: ['Varsinaista kohderyhmää', 'Välillistä kohderyhmää'],
    audience: 'kaikille',
    ageGroup: 'kaikenikäiset',
    languages: 'suomi, englanti, ruotsi ja saksa',
    sector: 'Muu',
    themes: [
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
    ],
    keywords: ['hyvinvoinnin edistäminen', 'yksinäisyys', 'osallisuus'],
  },
  sv: {
    name: 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland',
    labels: {
      administrator: 'Förvaltas av',
      funders: 'Finansieras av',
      period: 'Verksamhetstid',
      targetGroups: 'Målgrupper',
      audience: 'För vem',
      ageGroup: 'Åldersgrupp',
      languages: 'Vi betjänar på',
      sector: 'Verksamhetsfält',
      themes: 'Teman',
      keywords: 'Nyckelord',
    },
    administrator: 'Kompetenscentret inom det sociala området i Mellersta Finland (KOSKE)',
    funder: 'Social- och hälsoorganisationernas understödscentral (STEA)',
    period: '2017–2019',
    firstParagraphStart: 'Projektet ”Tillsammans är vi inte ensamma” (på finska Yhdessä ei olla yksin)',
    targetGroupStarts: ['Den direkta målgruppen', 'Den indirekta målgruppen'],
    audience: 'alla',
    ageGroup: 'alla åldrar',
    languages: 'finska, engelska, svenska och tyska',
    sector: 'Övrigt',
    themes: [
      'vänverksamhet och aktiverande verksamhet',
      'invånar- och byaverksamhet',
      'demokrati och mänskliga rättigheter',
      'hobbyer och fritid',
      'främjande av välfärd och hälsa',
      'psykisk hälsa',
      'frivilligarbete',
      'påverkansarbete',
      'social- och hälsoområdet',
      'erfarenhetsexpertis',
    ],
    keywords: ['främjande av välfärd', 'ensamhet', 'delaktighet'],
  },
  en: {
    name: 'Together We Are Not Alone – a wellbeing partnership project in Central Finland',
    labels: {
      administrator: 'Administered by',
      funders: 'Funded by',
      period: 'Period',
      targetGroups: 'Target groups',
      audience: 'For whom',
      ageGroup: 'Age group',
      languages: 'Languages served',
      sector: 'Sector',
      themes: 'Themes',
      keywords: 'Keywords',
    },
    administrator: 'Central Finland Centre of Expertise in Social Welfare (KOSKE)',
    funder: 'Funding Centre for Social Welfare and Health Organisations (STEA)',
    // Intl's English range pattern puts thin spaces around the dash.
    period: '2017 – 2019',
    firstParagraphStart: 'The “Together We Are Not Alone” project (Yhdessä ei olla yksin in Finnish)',
    targetGroupStarts: ['The primary target group', 'The secondary target group'],
    audience: 'everyone',
    ageGroup: 'all ages',
    languages: 'Finnish, English, Swedish, and German',
    sector: 'Other',
    themes: [
      'befriending and recreational activities',
      'resident and village activities',
      'democracy and human rights',
      'hobbies and leisure',
      'promoting wellbeing and health',
      'mental health',
      'volunteering',
      'advocacy',
      'social welfare and health',
      'expertise by experience',
    ],
    keywords: ['promoting wellbeing', 'loneliness', 'social inclusion'],
  },
  de: {
    name: 'Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland',
    labels: {
      administrator: 'Träger',
      funders: 'Gefördert von',
      period: 'Laufzeit',
      targetGroups: 'Zielgruppen',
      audience: 'Für wen',
      ageGroup: 'Altersgruppe',
      languages: 'Angebotene Sprachen',
      sector: 'Tätigkeitsbereich',
      themes: 'Themen',
      keywords: 'Schlagwörter',
    },
    administrator: 'Kompetenzzentrum für das Sozialwesen in Mittelfinnland (KOSKE)',
    funder: 'Förderzentrum für Sozial- und Gesundheitsorganisationen (STEA)',
    period: '2017–2019',
    firstParagraphStart: 'Das Projekt „Gemeinsam sind wir nicht allein“ (finnisch Yhdessä ei olla yksin)',
    targetGroupStarts: ['Die direkte Zielgruppe', 'Die indirekte Zielgruppe'],
    audience: 'alle',
    ageGroup: 'alle Altersgruppen',
    languages: 'Finnisch, Englisch, Schwedisch und Deutsch',
    sector: 'Sonstiges',
    themes: [
      'Besuchsdienste und Aktivierungsangebote',
      'Bewohner- und Dorfinitiativen',
      'Demokratie und Menschenrechte',
      'Hobbys und Freizeit',
      'Förderung von Wohlbefinden und Gesundheit',
      'psychische Gesundheit',
      'Ehrenamt',
      'Interessenvertretung',
      'Soziales und Gesundheit',
      'Erfahrungsexpertise',
    ],
    keywords: ['Förderung des Wohlbefindens', 'Einsamkeit', 'Teilhabe'],
  },
};

const languages = Object.keys(expected) as Language[];

/** The label and the value of one fact (`.fact.NAME`), as a reader sees them. */
function fact(card: OrgCard, name: string): {label: string; value: string; dd: HTMLElement} {
  const dd = find(card, `.fact.${name} dd`);
  return {label: textOf(find(card, `.fact.${name} dt`)), value: textOf(dd), dd};
}

function itemsOf(card: OrgCard, name: string): string[] {
  return [...shadow(card).querySelectorAll(`.fact.${name} li`)].map((item) => textOf(item));
}

async function seedCard(lang: Language, headingLevel?: string): Promise<OrgCard> {
  const document = await seedDocument();
  const card = await fixture<OrgCard>(html`<koske-org-card lang=${lang} heading-level=${headingLevel ?? '2'} .data=${document}></koske-org-card>`);
  expect(await settle(card)).to.equal('loaded');
  return card;
}

describe('<koske-org-card>', () => {
  for (const lang of languages) {
    const want = expected[lang];

    describe(`when loaded in ${lang}`, () => {
      let card: OrgCard;
      beforeEach(async () => {
        card = await seedCard(lang);
      });

      it('shows the name as an h2 heading inside an article, which the heading alone names (said once)', () => {
        const heading = find(card, 'article > h2');
        expect(textOf(heading)).to.equal(want.name);
        expect(find(card, 'article').hasAttribute('aria-labelledby')).to.equal(false);
        expect(shadow(card).querySelectorAll('h1, h3, h4, h5, h6')).to.have.length(0);
      });

      it('shows the administrator with its short name, linked to its website', () => {
        const {label, value, dd} = fact(card, 'administrator');
        expect(label).to.equal(want.labels.administrator);
        expect(value).to.equal(want.administrator);
        const link = dd.querySelector('a');
        expect(link?.getAttribute('href')).to.equal('https://koskeverkko.fi/');
        expect(textOf(link!)).to.equal(want.administrator);
      });

      it('shows the funder with its short name, unlinked as the data has no website for it', () => {
        const {label, value, dd} = fact(card, 'funders');
        expect(label).to.equal(want.labels.funders);
        expect(value).to.equal(want.funder);
        expect(dd.querySelector('a')).to.equal(null);
      });

      it('shows the period as a span of years', () => {
        const {label, value} = fact(card, 'period');
        expect(label).to.equal(want.labels.period);
        expect(value).to.equal(want.period);
      });

      it('shows the four description paragraphs in the language', async () => {
        const paragraphs = [...find(card, '[part="description"]').querySelectorAll('p')].map((p) => textOf(p));
        const source = (await seedDocument()).description as Record<string, string>;
        expect(paragraphs).to.have.length(4);
        expect(paragraphs[0].startsWith(want.firstParagraphStart), paragraphs[0]).to.equal(true);
        expect(paragraphs).to.deep.equal(source[lang].split('\n\n').map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()));
      });

      it('shows each target group as its own paragraph', () => {
        const {label, dd} = fact(card, 'target-groups');
        expect(label).to.equal(want.labels.targetGroups);
        const groups = [...dd.querySelectorAll('p')].map((p) => textOf(p));
        expect(groups).to.have.length(2);
        expect(groups[0].startsWith(want.targetGroupStarts[0]), groups[0]).to.equal(true);
        expect(groups[1].startsWith(want.targetGroupStarts[1]), groups[1]).to.equal(true);
      });

      it('shows the audience, age group and sector', () => {
        expect(fact(card, 'audience')).to.include({label: want.labels.audience, value: want.audience});
        expect(fact(card, 'age-group')).to.include({label: want.labels.ageGroup, value: want.ageGroup});
        expect(fact(card, 'sector')).to.include({label: want.labels.sector, value: want.sector});
      });

      it('names the languages served in running text, in the publisher’s order', () => {
        expect(fact(card, 'languages')).to.include({label: want.labels.languages, value: want.languages});
      });

      it('lists the 10 themes and the 3 keywords as list items', () => {
        expect(fact(card, 'themes').label).to.equal(want.labels.themes);
        expect(itemsOf(card, 'themes')).to.deep.equal(want.themes);
        expect(fact(card, 'keywords').label).to.equal(want.labels.keywords);
        expect(itemsOf(card, 'keywords')).to.deep.equal(want.keywords);
        expect(find(card, '.fact.themes ul').children).to.have.length(10);
      });

      it('marks its content with the interface language', () => {
        expect(find(card, 'article').lang).to.equal(lang);
      });

      it('passes accessibility tests', async () => {
        await expect(card).to.be.accessible();
      });
    });
  }

  describe('when given a heading-level', () => {
    it('uses h1 for heading-level="1"', async () => {
      const card = await seedCard('fi', '1');
      expect(textOf(find(card, 'article > h1'))).to.equal(expected.fi.name);
      expect(shadow(card).querySelector('h2')).to.equal(null);
    });

    it('uses h4 for heading-level="4"', async () => {
      const card = await seedCard('fi', '4');
      expect(textOf(find(card, 'article > h4'))).to.equal(expected.fi.name);
      expect(shadow(card).querySelector('h2')).to.equal(null);
      await expect(card).to.be.accessible();
    });

    for (const outOfRange of ['0', '7', '-1', '2.5', 'three']) {
      it(`falls back to h2 for heading-level="${outOfRange}"`, async () => {
        const card = await seedCard('fi', outOfRange);
        expect(textOf(find(card, 'article > h2'))).to.equal(expected.fi.name);
        expect(shadow(card).querySelectorAll('h1, h3, h4, h5, h6')).to.have.length(0);
      });
    }

    it('changes the heading when heading-level changes', async () => {
      const card = await seedCard('fi');
      card.setAttribute('heading-level', '3');
      await card.updateComplete;
      expect(textOf(find(card, 'article > h3'))).to.equal(expected.fi.name);
    });
  });

  describe('when a text is missing in the interface language', () => {
    it('falls back to another language and marks the text with that language', async () => {
      const document: DataDocument = {name: {fi: 'Vain suomeksi'}, audience: {sv: 'alla', en: 'everyone'}};
      const card = await fixture<OrgCard>(html`<koske-org-card lang="de" .data=${document}></koske-org-card>`);
      await settle(card);
      const heading = find(card, 'h2');
      expect(textOf(heading)).to.equal('Vain suomeksi');
      expect(heading.querySelector('span')?.lang).to.equal('fi');
      expect(fact(card, 'audience').value).to.equal('everyone');
      expect(fact(card, 'audience').dd.querySelector('span')?.lang).to.equal('en');
    });
  });

  describe('when its texts are in another language than the interface', () => {
    // Every part that shows the data's own text, each text in Finnish only (the document's language).
    const finnishOnly: DataDocument = {
      name: 'Vain suomeksi',
      administrator: {name: 'Hallinnoiva yhdistys', shortName: 'HY', url: 'https://example.org'},
      funders: [{name: 'Ensimmäinen rahoittaja'}, {name: 'Toinen rahoittaja'}],
      description: 'Ensimmäinen kappale.\n\nToinen kappale.',
      targetGroups: ['Nuoret aikuiset.', 'Heidän läheisensä.'],
      audience: 'kaikille',
      ageGroup: 'kaikenikäiset',
      sector: 'Muu',
      themes: ['yhteisöllisyys', 'osallisuus'],
      keywords: ['yksinäisyys'],
    };
    const texts = [
      ['the name', 'Vain suomeksi'],
      ['the description’s first paragraph', 'Ensimmäinen kappale.'],
      ['the description’s second paragraph', 'Toinen kappale.'],
      ['the administrator, with its short name', 'Hallinnoiva yhdistys (HY)'],
      ['the first funder', 'Ensimmäinen rahoittaja'],
      ['the second funder', 'Toinen rahoittaja'],
      ['the first target group', 'Nuoret aikuiset.'],
      ['the second target group', 'Heidän läheisensä.'],
      ['the audience', 'kaikille'],
      ['the age group', 'kaikenikäiset'],
      ['the sector', 'Muu'],
      ['a theme', 'yhteisöllisyys'],
      ['another theme', 'osallisuus'],
      ['the keyword', 'yksinäisyys'],
    ] as const;

    for (const lang of ['sv', 'en', 'de'] as const) {
      describe(`when the interface is ${lang} and the data is in Finnish only`, () => {
        let card: OrgCard;
        beforeEach(async () => {
          card = await fixture<OrgCard>(html`<koske-org-card lang=${lang} .data=${finnishOnly}></koske-org-card>`);
          expect(await settle(card)).to.equal('loaded');
        });

        for (const [what, text] of texts) {
          it(`marks ${what} as Finnish`, () => {
            expect(languageOfText(card, text), text).to.equal('fi');
          });
        }

        it(`keeps the labels in ${lang}`, () => {
          for (const label of shadow(card).querySelectorAll('dt')) expect(label.closest('[lang]')?.getAttribute('lang'), textOf(label)).to.equal(lang);
        });
      });
    }

    it('marks the name and the administrator of the compact card as Finnish in sv', async () => {
      const card = await fixture<OrgCard>(html`<koske-org-card lang="sv" variant="compact" .data=${finnishOnly}></koske-org-card>`);
      expect(await settle(card)).to.equal('loaded');
      expect(languageOfText(card, 'Vain suomeksi')).to.equal('fi');
      expect(languageOfText(card, 'Hallinnoiva yhdistys (HY)')).to.equal('fi');
    });

    it('marks each text with the language it is in when only some are missing in sv', async () => {
      const mixed: DataDocument = {
        name: {fi: 'Nimi', sv: 'Namn'},
        description: {en: 'Only in English.'},
        audience: {fi: 'kaikille', sv: 'alla'},
        themes: [{fi: 'osallisuus'}, {fi: 'yhteisöllisyys', sv: 'gemenskap'}],
      };
      const card = await fixture<OrgCard>(html`<koske-org-card lang="sv" .data=${mixed}></koske-org-card>`);
      expect(await settle(card)).to.equal('loaded');
      expect(languageOfText(card, 'Namn')).to.equal('sv');
      expect(languageOfText(card, 'Only in English.')).to.equal('en');
      expect(languageOfText(card, 'alla')).to.equal('sv');
      expect(languageOfText(card, 'osallisuus')).to.equal('fi');
      expect(languageOfText(card, 'gemenskap')).to.equal('sv');
    });

    it('marks nothing again when every text is in the interface language', async () => {
      const card = await fixture<OrgCard>(html`<koske-org-card lang="fi" .data=${finnishOnly}></koske-org-card>`);
      expect(await settle(card)).to.equal('loaded');
      for (const [what, text] of texts) expect(languageOfText(card, text), what).to.equal('fi');
      // Only the card's own box says its language: no inner element repeats it, or names another.
      expect(find(card, '[part="base"]').querySelectorAll('[lang]')).to.have.length(0);
    });
  });

  describe('when the data has only a name', () => {
    it('shows the name and no empty facts', async () => {
      const card = await fixture<OrgCard>(html`<koske-org-card .data=${{name: 'Pelkkä nimi'}}></koske-org-card>`);
      await settle(card);
      expect(textOf(find(card, 'h2'))).to.equal('Pelkkä nimi');
      expect(shadow(card).querySelectorAll('.fact')).to.have.length(0);
      expect(shadow(card).querySelector('[part="description"]')).to.equal(null);
    });
  });
});
