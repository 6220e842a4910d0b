import {expect, fixture, html} from '@open-wc/testing';
import type {DataDocument} from '../src/data/types.js';
import type {ContactBlock} from '../src/elements/contact-block/contact-block.js';
import type {MunicipalityList} from '../src/elements/municipality-list/municipality-list.js';
import type {OrgCard} from '../src/elements/org-card/org-card.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {declaredLanguage, interfaceLanguageFor} from '../src/i18n/language.js';
import {find, seedDocument, settle, textOf, until} from './helpers.js';

/** What a contact block shows that depends on its language: two labels and the phone number. */
function contactTexts(block: ContactBlock): {phoneLabel: string; emailLabel: string; phone: string} {
  return {
    phoneLabel: textOf(find(block, '.phone dt')),
    emailLabel: textOf(find(block, '.email dt')),
    phone: textOf(find(block, '.phone dd')),
  };
}

const contactIn = {
  fi: {phoneLabel: 'Puhelin', emailLabel: 'Sähköposti', phone: '040 653 7220'},
  sv: {phoneLabel: 'Telefon', emailLabel: 'E-post', phone: '040 653 7220'},
  en: {phoneLabel: 'Phone', emailLabel: 'Email', phone: '+358 40 653 7220'},
  de: {phoneLabel: 'Telefon', emailLabel: 'E-Mail', phone: '+358 40 653 7220'},
} as const;

/** The `lang` of the widget's base part. */
function baseLang(element: WidgetBase): string | null {
  return find(element, '[part="base"]').getAttribute('lang');
}

/** The first widget matching `selector` inside `root` (a fixture's wrapper or a shadow root), once it has settled. */
async function settled<E extends WidgetBase>(root: ParentNode, selector: string): Promise<E> {
  const element = root.querySelector<E>(selector);
  if (!element) throw new Error(`no ${selector}`);
  expect(await settle(element)).to.equal('loaded');
  return element;
}

describe('interfaceLanguageFor()', () => {
  describe('when given a declared language tag, or none', () => {
    const cases: ReadonlyArray<[string | null, string]> = [
      [null, 'fi'],
      ['fi', 'fi'],
      ['sv', 'sv'],
      ['sv-FI', 'sv'],
      ['SV', 'sv'],
      ['fi_FI', 'fi'],
      [' de ', 'de'],
      ['de-AT', 'de'],
      ['en-GB', 'en'],
      ['ja', 'en'],
      ['se', 'en'],
      ['', 'en'],
    ];
    for (const [tag, expected] of cases) {
      it(`gives ${expected} for ${JSON.stringify(tag)}`, () => {
        expect(interfaceLanguageFor(tag)).to.equal(expected);
      });
    }
  });
});

describe('declaredLanguage()', () => {
  let savedLang: string | null;

  beforeEach(() => {
    savedLang = document.documentElement.getAttribute('lang');
  });

  afterEach(() => {
    if (savedLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', savedLang);
  });

  describe('when the element has its own lang', () => {
    it('gives it, whatever its ancestors say', async () => {
      const outer = await fixture(html`<div lang="de"><p><em lang="sv-FI">x</em></p></div>`);
      expect(declaredLanguage(outer.querySelector('em')!)).to.equal('sv-FI');
    });
  });

  describe('when only an ancestor has lang', () => {
    it('gives the nearest ancestor lang', async () => {
      const outer = await fixture(html`<div lang="de"><section lang="en"><p><em>x</em></p></section></div>`);
      expect(declaredLanguage(outer.querySelector('em')!)).to.equal('en');
    });
  });

  describe('when only <html> has lang', () => {
    it('gives the html lang', async () => {
      document.documentElement.lang = 'sv';
      const outer = await fixture(html`<div><em>x</em></div>`);
      expect(declaredLanguage(outer.querySelector('em')!)).to.equal('sv');
    });
  });

  describe('when nothing has lang', () => {
    it('gives null', async () => {
      document.documentElement.removeAttribute('lang');
      const outer = await fixture(html`<div><em>x</em></div>`);
      expect(declaredLanguage(outer.querySelector('em')!)).to.equal(null);
    });
  });

  describe('when the element is inside a shadow root', () => {
    it('crosses the shadow root to the host lang', async () => {
      const host = await fixture(html`<div lang="de"></div>`);
      const inner = document.createElement('em');
      host.attachShadow({mode: 'open'}).append(document.createElement('p'));
      host.shadowRoot!.querySelector('p')!.append(inner);
      expect(declaredLanguage(inner)).to.equal('de');
    });

    it('prefers a lang inside the shadow root to the host lang', async () => {
      const host = await fixture(html`<div lang="de"></div>`);
      const wrapper = document.createElement('p');
      wrapper.lang = 'sv';
      const inner = document.createElement('em');
      wrapper.append(inner);
      host.attachShadow({mode: 'open'}).append(wrapper);
      expect(declaredLanguage(inner)).to.equal('sv');
    });
  });
});

describe('the language of a widget', () => {
  let doc: DataDocument;
  let savedLang: string | null;

  beforeEach(async () => {
    doc = await seedDocument();
    savedLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => {
    if (savedLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', savedLang);
  });

  describe('when the element has its own lang', () => {
    it('speaks it, over its ancestor and <html>', async () => {
      document.documentElement.lang = 'de';
      const outer = await fixture(html`<div lang="en"><koske-contact-block lang="sv" .data=${doc}></koske-contact-block></div>`);
      const block = await settled<ContactBlock>(outer, 'koske-contact-block');
      expect(contactTexts(block)).to.deep.equal(contactIn.sv);
      expect(baseLang(block)).to.equal('sv');
    });

    it('counts a regional tag as its language: sv-FI speaks Swedish and marks it sv', async () => {
      const block = await fixture<ContactBlock>(html`<koske-contact-block lang="sv-FI" .data=${doc}></koske-contact-block>`);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.sv);
      expect(baseLang(block)).to.equal('sv');
    });

    it('speaks English for a language it has no translation for, and marks it en', async () => {
      const block = await fixture<ContactBlock>(html`<koske-contact-block lang="ja" .data=${doc}></koske-contact-block>`);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.en);
      expect(baseLang(block)).to.equal('en');
    });
  });

  describe('when only an ancestor has lang', () => {
    it('speaks the nearest ancestor language', async () => {
      document.documentElement.lang = 'sv';
      const outer = await fixture(html`<div lang="fi"><section lang="de"><koske-contact-block .data=${doc}></koske-contact-block></section></div>`);
      const block = await settled<ContactBlock>(outer, 'koske-contact-block');
      expect(contactTexts(block)).to.deep.equal(contactIn.de);
      expect(baseLang(block)).to.equal('de');
    });
  });

  describe('when only <html> has lang', () => {
    it('speaks the page language', async () => {
      document.documentElement.lang = 'en';
      const block = await fixture<ContactBlock>(html`<koske-contact-block .data=${doc}></koske-contact-block>`);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.en);
      expect(baseLang(block)).to.equal('en');
    });
  });

  describe('when nothing declares a language', () => {
    it('speaks Finnish and marks it fi', async () => {
      const block = await fixture<ContactBlock>(html`<koske-contact-block .data=${doc}></koske-contact-block>`);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.fi);
      expect(baseLang(block)).to.equal('fi');
    });
  });

  describe('when the element is inside another component shadow root', () => {
    it('speaks the language declared inside that shadow root', async () => {
      const host = await fixture(html`<div lang="de"></div>`);
      const wrapper = document.createElement('div');
      wrapper.lang = 'sv';
      wrapper.innerHTML = '<koske-contact-block></koske-contact-block>';
      const block = wrapper.querySelector<ContactBlock>('koske-contact-block')!;
      block.data = doc;
      host.attachShadow({mode: 'open'}).append(wrapper);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.sv);
    });

    it('follows a change of lang inside that shadow root', async () => {
      const host = await fixture(html`<div></div>`);
      const wrapper = document.createElement('div');
      wrapper.lang = 'sv';
      wrapper.innerHTML = '<koske-contact-block></koske-contact-block>';
      const block = wrapper.querySelector<ContactBlock>('koske-contact-block')!;
      block.data = doc;
      host.attachShadow({mode: 'open'}).append(wrapper);
      await settle(block);
      wrapper.lang = 'en';
      await until(() => contactTexts(block).phoneLabel === 'Phone', 'the label reads "Phone"');
      expect(contactTexts(block)).to.deep.equal(contactIn.en);
    });
  });

  describe('when two elements on one page declare different languages', () => {
    it('renders each in its own language at once', async () => {
      const outer = await fixture(html`<div>
        <div lang="fi"><koske-contact-block .data=${doc}></koske-contact-block></div>
        <div lang="sv"><koske-contact-block .data=${doc}></koske-contact-block></div>
        <div lang="en"><koske-contact-block .data=${doc}></koske-contact-block></div>
      </div>`);
      const blocks = [...outer.querySelectorAll<ContactBlock>('koske-contact-block')];
      await Promise.all(blocks.map((block) => settle(block)));
      expect(blocks.map(contactTexts)).to.deep.equal([contactIn.fi, contactIn.sv, contactIn.en]);
      expect(blocks.map(baseLang)).to.deep.equal(['fi', 'sv', 'en']);
    });

    it('renders different widgets in different languages', async () => {
      const outer = await fixture(html`<div>
        <koske-municipality-list lang="de" .data=${doc}></koske-municipality-list>
        <koske-contact-block lang="fi" .data=${doc}></koske-contact-block>
      </div>`);
      const list = await settled<MunicipalityList>(outer, 'koske-municipality-list');
      const block = await settled<ContactBlock>(outer, 'koske-contact-block');
      expect(textOf(find(list, '[part="heading"]'))).to.equal('Tätigkeitsgebiet');
      expect(contactTexts(block)).to.deep.equal(contactIn.fi);
    });
  });

  describe('when the element own lang changes', () => {
    it('re-renders in the new language', async () => {
      const block = await fixture<ContactBlock>(html`<koske-contact-block lang="fi" .data=${doc}></koske-contact-block>`);
      await settle(block);
      expect(contactTexts(block)).to.deep.equal(contactIn.fi);

      block.lang = 'de';
      await until(() => baseLang(block) === 'de', 'the base part says de');
      expect(contactTexts(block)).to.deep.equal(contactIn.de);

      block.setAttribute('lang', 'sv');
      await until(() => baseLang(block) === 'sv', 'the base part says sv');
      expect(contactTexts(block)).to.deep.equal(contactIn.sv);
    });

    it('falls back to the ancestor language when its own lang is removed', async () => {
      const outer = await fixture(html`<div lang="en"><koske-contact-block lang="sv" .data=${doc}></koske-contact-block></div>`);
      const block = await settled<ContactBlock>(outer, 'koske-contact-block');
      expect(contactTexts(block)).to.deep.equal(contactIn.sv);

      block.removeAttribute('lang');
      await until(() => baseLang(block) === 'en', 'the base part says en');
      expect(contactTexts(block)).to.deep.equal(contactIn.en);
    });
  });

  describe('when an ancestor lang changes', () => {
    it('re-renders in the new language', async () => {
      const outer = await fixture(html`<div lang="fi"><section><koske-contact-block .data=${doc}></koske-contact-block></section></div>`);
      const block = await settled<ContactBlock>(outer, 'koske-contact-block');
      expect(contactTexts(block)).to.deep.equal(contactIn.fi);

      outer.setAttribute('lang', 'en');
      await until(() => baseLang(block) === 'en', 'the base part says en');
      expect(contactTexts(block)).to.deep.equal(contactIn.en);
    });

    it('keeps the element own lang', async () => {
      const outer = await fixture(html`<div lang="fi">
        <koske-contact-block lang="sv" .data=${doc}></koske-contact-block>
        <koske-contact-block .data=${doc}></koske-contact-block>
      </div>`);
      const [own, inherited] = [...outer.querySelectorAll<ContactBlock>('koske-contact-block')];
      await Promise.all([settle(own), settle(inherited)]);

      outer.setAttribute('lang', 'de');
      await until(() => baseLang(inherited) === 'de', 'the second block says de');
      expect(contactTexts(inherited)).to.deep.equal(contactIn.de);
      expect(contactTexts(own)).to.deep.equal(contactIn.sv);
      expect(baseLang(own)).to.equal('sv');
    });
  });

  describe('when <html lang> changes', () => {
    it('re-renders in the new page language', async () => {
      document.documentElement.lang = 'fi';
      const list = await fixture<MunicipalityList>(html`<koske-municipality-list .data=${doc}></koske-municipality-list>`);
      await settle(list);
      expect(textOf(find(list, '[part="heading"]'))).to.equal('Toiminta-alue');

      document.documentElement.lang = 'sv';
      await until(() => baseLang(list) === 'sv', 'the base part says sv');
      expect(textOf(find(list, '[part="heading"]'))).to.equal('Verksamhetsområde');
      expect(textOf(find(list, '[part="count"]'))).to.equal('14 kommuner');
    });
  });

  describe('when the messages are translated', () => {
    const expected = {
      fi: {heading: 'Toiminta-alue', region: 'Maakunta: Keski-Suomi', count: '14 kuntaa'},
      sv: {heading: 'Verksamhetsområde', region: 'Landskap: Mellersta Finland', count: '14 kommuner'},
      en: {heading: 'Area of operation', region: 'Region: Central Finland', count: '14 municipalities'},
      de: {heading: 'Tätigkeitsgebiet', region: 'Region: Mittelfinnland', count: '14 Gemeinden'},
    } as const;
    for (const language of ['fi', 'sv', 'en', 'de'] as const) {
      it(`shows the municipality list in ${language}: "${expected[language].heading}"`, async () => {
        const list = await fixture<MunicipalityList>(html`<koske-municipality-list lang=${language} .data=${doc}></koske-municipality-list>`);
        await settle(list);
        expect({
          heading: textOf(find(list, '[part="heading"]')),
          region: textOf(find(list, '[part="region"]')),
          count: textOf(find(list, '[part="count"]')),
        }).to.deep.equal(expected[language]);
      });
    }
  });
});

describe('the language of content text', () => {
  let savedLang: string | null;

  beforeEach(() => {
    savedLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => {
    if (savedLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', savedLang);
  });

  /** The card's heading: its text and the `lang` of the span that marks another language, if any. */
  async function cardHeading(lang: string, name: unknown, description?: unknown): Promise<{card: OrgCard; text: string; marked: string | null}> {
    const card = await fixture<OrgCard>(html`<koske-org-card lang=${lang} .data=${{name, description}}></koske-org-card>`);
    await settle(card);
    const heading = find(card, '[part="heading"]');
    const marks = [...heading.querySelectorAll('[lang]')];
    expect(marks.length, 'language marks inside the heading').to.be.at.most(1);
    return {card, text: textOf(heading), marked: marks[0]?.getAttribute('lang') ?? null};
  }

  describe('when the name exists only in Finnish and the element speaks German', () => {
    it('shows the Finnish name inside an element marked lang="fi"', async () => {
      const {card, text, marked} = await cardHeading('de', {fi: 'Yhdessä ei olla yksin'});
      expect(text).to.equal('Yhdessä ei olla yksin');
      expect(marked).to.equal('fi');
      expect(baseLang(card)).to.equal('de');
    });
  });

  describe('when the name exists in Finnish and English and the element speaks German', () => {
    it('shows the English name inside an element marked lang="en"', async () => {
      const {text, marked} = await cardHeading('de', {fi: 'Yhdessä ei olla yksin', en: 'Together We Are Not Alone'});
      expect(text).to.equal('Together We Are Not Alone');
      expect(marked).to.equal('en');
    });
  });

  describe('when the name exists in Finnish and English and the element speaks Swedish', () => {
    it('shows the Finnish name inside an element marked lang="fi"', async () => {
      const {text, marked} = await cardHeading('sv', {en: 'Together We Are Not Alone', fi: 'Yhdessä ei olla yksin'});
      expect(text).to.equal('Yhdessä ei olla yksin');
      expect(marked).to.equal('fi');
    });
  });

  describe('when the name exists in the element language', () => {
    it('shows it without any extra lang marking', async () => {
      const {text, marked} = await cardHeading('de', {fi: 'Yhdessä ei olla yksin', de: 'Gemeinsam sind wir nicht allein'});
      expect(text).to.equal('Gemeinsam sind wir nicht allein');
      expect(marked).to.equal(null);
    });

    it('shows the seed name in each language without marking', async () => {
      const doc = await seedDocument();
      for (const lang of ['fi', 'sv', 'en', 'de'] as const) {
        const {text, marked} = await cardHeading(lang, doc.name);
        expect(text, lang).to.equal((doc.name as Record<string, string>)[lang]);
        expect(marked, lang).to.equal(null);
      }
    });
  });

  describe('when the content is written with a regional language tag', () => {
    it('shows the Swedish name of a document keyed "sv-FI" to a Swedish reader, not the Finnish one', async () => {
      const {text} = await cardHeading('sv', {fi: 'Yhdessä ei olla yksin', 'sv-FI': 'Tillsammans är vi inte ensamma'});
      expect(text).to.equal('Tillsammans är vi inte ensamma');
    });
  });

  describe('when the description exists only in another language', () => {
    it('marks the description block with that language', async () => {
      const {card} = await cardHeading('en', {en: 'Together'}, {fi: 'Ensimmäinen.\n\nToinen.'});
      const description = find(card, '[part="description"]');
      expect(description.getAttribute('lang')).to.equal('fi');
      expect([...description.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Ensimmäinen.', 'Toinen.']);
    });

    it('does not mark a description in the element language', async () => {
      const {card} = await cardHeading('en', {en: 'Together'}, {fi: 'Ensimmäinen.', en: 'First.'});
      const description = find(card, '[part="description"]');
      expect(description.hasAttribute('lang')).to.equal(false);
      expect(textOf(description)).to.equal('First.');
    });
  });
});
