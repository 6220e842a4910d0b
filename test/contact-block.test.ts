import {expect, fixture, html} from '@open-wc/testing';
import type {DataDocument} from '../src/data/types.js';
import {vcard} from '../src/format/vcard.js';
import type {ContactBlock} from '../src/elements/contact-block/contact-block.js';
import {find, type Language, languageOfText, organisationOf, pressSave, seedDocument, seedWithSocialLinks, settle, shadow, textOf, until} from './helpers.js';

interface Expected {
  readonly heading: string;
  readonly labels: {
    readonly address: string;
    readonly phone: string;
    readonly email: string;
    readonly links: string;
    readonly homeMunicipality: string;
  };
  readonly rooms: string;
  readonly phone: string;
  readonly sweden: string;
  /** The map link's text, and the country in its search. */
  readonly map: readonly [string, string];
  readonly facebook: string;
  readonly instagram: string;
  readonly twitter: string;
}

// Labels from locales/*.xlf (Finnish from the source); the owner in link
// names is the seed's short name in that language.
const expected: Record<Language, Expected> = {
  fi: {
    heading: 'Yhteystiedot',
    labels: {address: 'Osoite', phone: 'Puhelin', email: 'Sähköposti', links: 'Verkossa', homeMunicipality: 'Kotikunta'},
    rooms: 'Huoneet 109 ja 110',
    phone: '040 653 7220',
    sweden: 'Ruotsi',
    facebook: 'Yhdessä ei olla yksin – Facebook',
    instagram: 'Yhdessä ei olla yksin – Instagram',
    twitter: 'Yhdessä ei olla yksin – X (Twitter)',
    map: ['Näytä kartalla (OpenStreetMap)', 'Suomi'],
  },
  sv: {
    heading: 'Kontaktuppgifter',
    labels: {address: 'Adress', phone: 'Telefon', email: 'E-post', links: 'På webben', homeMunicipality: 'Hemkommun'},
    rooms: 'Rum 109 och 110',
    phone: '040 653 7220',
    sweden: 'Sverige',
    facebook: 'Tillsammans är vi inte ensamma på Facebook',
    instagram: 'Tillsammans är vi inte ensamma på Instagram',
    twitter: 'Tillsammans är vi inte ensamma på X (Twitter)',
    map: ['Visa på kartan (OpenStreetMap)', 'Finland'],
  },
  en: {
    heading: 'Contact details',
    labels: {address: 'Address', phone: 'Phone', email: 'Email', links: 'Online', homeMunicipality: 'Home municipality'},
    rooms: 'Rooms 109 and 110',
    phone: '+358 40 653 7220',
    sweden: 'Sweden',
    facebook: 'Together We Are Not Alone on Facebook',
    instagram: 'Together We Are Not Alone on Instagram',
    twitter: 'Together We Are Not Alone on X (Twitter)',
    map: ['Show on map (OpenStreetMap)', 'Finland'],
  },
  de: {
    heading: 'Kontakt',
    labels: {address: 'Adresse', phone: 'Telefon', email: 'E-Mail', links: 'Im Netz', homeMunicipality: 'Sitzgemeinde'},
    rooms: 'Räume 109 und 110',
    phone: '+358 40 653 7220',
    sweden: 'Schweden',
    facebook: 'Gemeinsam sind wir nicht allein auf Facebook',
    instagram: 'Gemeinsam sind wir nicht allein auf Instagram',
    twitter: 'Gemeinsam sind wir nicht allein auf X (Twitter)',
    map: ['Auf der Karte zeigen (OpenStreetMap)', 'Finnland'],
  },
};

const languages = Object.keys(expected) as Language[];

function fact(block: ContactBlock, name: string): {label: string; value: string; dd: HTMLElement} {
  const dd = find(block, `.fact.${name} dd`);
  return {label: textOf(find(block, `.fact.${name} dt`)), value: textOf(dd), dd};
}

/** The address as the lines a reader sees (separated by `<br>`), without the map link under them. */
function addressLines(block: ContactBlock): string[] {
  const map = mapLink(block)?.innerText.trim();
  return fact(block, 'address')
    .dd.innerText.split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && line !== map);
}

const mapLink = (block: ContactBlock) => shadow(block).querySelector<HTMLAnchorElement>('.fact.address a.map');

/** The web links: one on its own, several in the list `[part="links"]`. */
function links(block: ContactBlock): Array<{text: string; href: string | null; label: string | null}> {
  return [...find(block, '.fact.links dd').querySelectorAll('a')].map((link) => ({
    text: textOf(link),
    href: link.getAttribute('href'),
    label: link.getAttribute('aria-label'),
  }));
}

async function blockOf(document: unknown, lang: Language = 'fi'): Promise<ContactBlock> {
  const block = await fixture<ContactBlock>(html`<koske-contact-block lang=${lang} .data=${document}></koske-contact-block>`);
  expect(await settle(block)).to.equal('loaded');
  return block;
}

describe('<koske-contact-block>', () => {
  for (const lang of languages) {
    const want = expected[lang];

    describe(`when loaded in ${lang}`, () => {
      let block: ContactBlock;
      beforeEach(async () => {
        block = await blockOf(await seedDocument(), lang);
      });

      it('puts every fact inside one <address>, under the heading', () => {
        const base = find(block, '[part="base"]');
        const address = find(block, 'address');
        expect(shadow(block).children).to.have.length(1);
        expect(shadow(block).firstElementChild).to.equal(base);
        expect([...base.children].map((child) => child.localName)).to.deep.equal(['h2', 'address', 'button']);
        expect(textOf(find(block, '[part="heading"]'))).to.equal(want.heading);
        for (const each of shadow(block).querySelectorAll('dt, dd, a')) expect(address.contains(each)).to.equal(true);
        expect(base.lang).to.equal(lang);
      });

      it('shows the street, the rooms and the postal code with the locality, without a country for Finland', () => {
        expect(fact(block, 'address').label).to.equal(want.labels.address);
        expect(addressLines(block)).to.deep.equal(['Matarankatu 4', want.rooms, '40100 Jyväskylä']);
      });

      it('links the address to a search on OpenStreetMap, a plain link in the same tab', () => {
        const link = mapLink(block)!;
        expect(textOf(link)).to.equal(want.map[0]);
        expect(link.getAttribute('href')).to.equal(`https://www.openstreetmap.org/search?query=${encodeURIComponent(`Matarankatu 4, 40100 Jyväskylä, ${want.map[1]}`)}`);
        expect(link.hasAttribute('target')).to.equal(false);
      });

      it(`shows the phone number as ${want.phone}, linked to tel:+358406537220`, () => {
        const {label, value, dd} = fact(block, 'phone');
        expect(label).to.equal(want.labels.phone);
        expect(value).to.equal(want.phone);
        expect(dd.querySelector('a')?.getAttribute('href')).to.equal('tel:+358406537220');
      });

      it('shows the e-mail address as a mailto link', () => {
        const {label, value, dd} = fact(block, 'email');
        expect(label).to.equal(want.labels.email);
        expect(value).to.equal('sirpa.pekkarinen@koske.fi');
        expect(dd.querySelector('a')?.getAttribute('href')).to.equal('mailto:sirpa.pekkarinen@koske.fi');
      });

      it('links the website under its label', () => {
        expect(fact(block, 'links').label).to.equal(want.labels.links);
        expect(links(block)).to.deep.equal([{text: 'Koskeverkko', href: 'https://koskeverkko.fi/', label: null}]);
      });

      it('shows the home municipality', () => {
        expect(fact(block, 'home-municipality')).to.include({label: want.labels.homeMunicipality, value: 'Jyväskylä'});
      });

      it('passes accessibility tests', async () => {
        await expect(block).to.be.accessible();
      });
    });

    describe(`when the data has social media links, in ${lang}`, () => {
      let block: ContactBlock;
      beforeEach(async () => {
        block = await blockOf(await seedWithSocialLinks(), lang);
      });

      it('names each link after the organisation and the service', () => {
        expect(links(block)).to.deep.equal([
          {text: 'Koskeverkko', href: 'https://koskeverkko.fi/', label: null},
          {text: 'Facebook', href: 'https://www.facebook.com/yhdessaeiollayksin', label: want.facebook},
          {text: 'Instagram', href: 'https://www.instagram.com/yhdessaeiollayksin', label: want.instagram},
          {text: 'X (Twitter)', href: 'https://twitter.com/yhdessaeiolla', label: want.twitter},
        ]);
      });

      // WCAG 2.5.3 Label in Name: a voice user says what they see ("click Facebook").
      it('keeps each link’s visible text, as whole words, in its accessible name', () => {
        const missing = links(block)
          .slice(1)
          .filter(({text, label}) => !` ${label} `.includes(` ${text} `))
          .map(({text, label}) => `"${text}" is not in "${label}"`);
        expect(missing).to.deep.equal([]);
      });

      it('passes accessibility tests', async () => {
        await expect(block).to.be.accessible();
      });
    });

    describe(`when the address is abroad, in ${lang}`, () => {
      it(`adds the country's name: ${want.sweden}`, async () => {
        const document: DataDocument = {
          name: 'Utlandet',
          address: {street: 'Drottninggatan 1', postalCode: '111 51', locality: 'Stockholm', country: 'SE'},
        };
        const block = await blockOf(document, lang);
        expect(addressLines(block)).to.deep.equal(['Drottninggatan 1', '111 51 Stockholm', want.sweden]);
      });
    });
  }

  describe('when its texts are in another language than the interface', () => {
    // Every part that shows the data's own text, each in Finnish only (the document's language).
    const finnishOnly: DataDocument = {
      name: 'Yhteystiedot',
      address: {street: 'Matarankatu 4', extra: 'Huoneet 109 ja 110', postalCode: '40100', locality: 'Jyväskylä'},
      contact: {homeMunicipality: {code: '172', name: 'Joutsa'}},
      links: [{type: 'website', url: 'https://koskeverkko.fi', label: 'Koskeverkko'}],
    };
    const texts = [
      ['the street', 'Matarankatu 4'],
      ['the extra address line', 'Huoneet 109 ja 110'],
      ['the postal code with the locality', '40100 Jyväskylä'],
      ['the home municipality', 'Joutsa'],
      ['the website link’s label', 'Koskeverkko'],
    ] as const;

    for (const lang of ['sv', 'en', 'de'] as const) {
      describe(`when the interface is ${lang} and the data is in Finnish only`, () => {
        let block: ContactBlock;
        beforeEach(async () => {
          block = await blockOf(finnishOnly, lang);
        });

        for (const [what, text] of texts) {
          it(`marks ${what} as Finnish`, () => {
            expect(languageOfText(block, text), text).to.equal('fi');
          });
        }

        it(`keeps the labels, the map link and the button in ${lang}`, () => {
          for (const node of shadow(block).querySelectorAll('dt, a.map, [part="save"]')) {
            expect(node.closest('[lang]')?.getAttribute('lang'), textOf(node)).to.equal(lang);
          }
        });
      });
    }

    it('marks each text with the language it is in when only some are missing in sv', async () => {
      const document: DataDocument = {
        name: 'Yhteystiedot',
        address: {street: {fi: 'Kauppatori 1', sv: 'Salutorget 1'}, locality: {fi: 'Vaasa'}},
        links: [{type: 'website', url: 'https://example.fi', label: {en: 'Our website'}}],
      };
      const block = await blockOf(document, 'sv');
      expect(languageOfText(block, 'Salutorget 1')).to.equal('sv');
      expect(languageOfText(block, 'Vaasa')).to.equal('fi');
      expect(languageOfText(block, 'Our website')).to.equal('en');
    });

    it('marks nothing again when every text is in the interface language', async () => {
      const block = await blockOf(finnishOnly, 'fi');
      for (const [what, text] of texts) expect(languageOfText(block, text), what).to.equal('fi');
      expect(find(block, '[part="base"]').querySelectorAll('[lang]')).to.have.length(0);
    });
  });

  describe('when the data has no short name', () => {
    it('names a social link after the full name', async () => {
      const document: DataDocument = {name: {en: 'KOSKE'}, links: [{type: 'facebook', url: 'https://www.facebook.com/koske'}]};
      const block = await blockOf(document, 'en');
      expect(links(block)).to.deep.equal([{text: 'Facebook', href: 'https://www.facebook.com/koske', label: 'KOSKE on Facebook'}]);
    });
  });

  describe('when a website link has no label', () => {
    it('shows the host name', async () => {
      const block = await blockOf({name: 'Nimi', links: [{type: 'website', url: 'https://www.koske.fi/yhteystiedot'}]});
      expect(links(block)).to.deep.equal([{text: 'www.koske.fi', href: 'https://www.koske.fi/yhteystiedot', label: null}]);
    });
  });

  describe('when the data has only a name', () => {
    it('shows no empty labels', async () => {
      const block = await blockOf({name: 'Pelkkä nimi'});
      expect(shadow(block).querySelectorAll('dt')).to.have.length(0);
      expect(textOf(shadow(block))).to.equal('');
    });
  });
});

describe('<koske-contact-block> saving the contact as a vCard', () => {
  // Texts from locales/*.xlf; file names from the seed's short name in that language.
  const saving: Record<Language, {button: string; file: string}> = {
    fi: {button: 'Tallenna yhteystiedot (vCard)', file: 'Yhdessa-ei-olla-yksin.vcf'},
    sv: {button: 'Spara kontaktuppgifterna (vCard)', file: 'Tillsammans-ar-vi-inte-ensamma.vcf'},
    en: {button: 'Save contact details (vCard)', file: 'Together-We-Are-Not-Alone.vcf'},
    de: {button: 'Kontaktdaten speichern (vCard)', file: 'Gemeinsam-sind-wir-nicht-allein.vcf'},
  };

  const saveButton = (block: ContactBlock) => shadow(block).querySelector<HTMLButtonElement>('[part="save"]');

  for (const lang of languages) {
    const want = saving[lang];

    describe(`in ${lang}`, () => {
      let block: ContactBlock;
      let seed: DataDocument;
      beforeEach(async () => {
        seed = await seedDocument();
        block = await blockOf(seed, lang);
      });

      it(`shows a "${want.button}" button as the last thing in the block, after the <address>`, () => {
        const button = saveButton(block)!;
        expect(textOf(button)).to.equal(want.button);
        expect(button.type).to.equal('button');
        expect(find(block, '[part="base"]').lastElementChild).to.equal(button);
        // The visible text is the accessible name: nothing overrides it.
        expect([button.getAttribute('aria-label'), button.getAttribute('title')]).to.deep.equal([null, null]);
      });

      it(`downloads ${want.file}: text/vcard in UTF-8, exactly vcard() of the data in ${lang}`, async () => {
        const file = await pressSave(block);
        expect(file.name).to.equal(want.file);
        expect(file.type).to.equal('text/vcard;charset=utf-8');
        expect(file.text).to.equal(vcard(organisationOf(seed), lang));
        expect(file.text).to.contain(`\r\nADR;TYPE=work:;${expected[lang].rooms};Matarankatu 4;Jyväskylä;;40100;${expected[lang].map[1]}\r\n`);
      });

      it('leaves nothing behind in the shadow root, and no message', async () => {
        const before = shadow(block).querySelectorAll('*').length;
        await pressSave(block);
        await block.updateComplete;
        expect(shadow(block).querySelectorAll('a[download]')).to.have.length(0);
        expect(shadow(block).querySelector('[role="alert"]')).to.equal(null);
        expect(shadow(block).querySelectorAll('*').length).to.equal(before);
      });
    });
  }

  it('saves in the language the block speaks now', async () => {
    const block = await blockOf(await seedDocument(), 'fi');
    block.lang = 'en';
    await until(() => textOf(saveButton(block)!) === saving.en.button, 'the English button');
    const file = await pressSave(block);
    expect(file.name).to.equal(saving.en.file);
    expect(file.text).to.contain('\r\nFN:Together We Are Not Alone – a wellbeing partnership project in Central\r\n  Finland\r\n');
  });

  it('is there in the compact variant too', async () => {
    const block = await fixture<ContactBlock>(html`<koske-contact-block lang="sv" variant="compact" .data=${await seedDocument()}></koske-contact-block>`);
    expect(await settle(block)).to.equal('loaded');
    expect(textOf(saveButton(block)!)).to.equal(saving.sv.button);
    expect((await pressSave(block)).name).to.equal(saving.sv.file);
  });

  it('saves a phone number alone, without ADR', async () => {
    const document: DataDocument = {name: 'Puhelin vain', contact: {phone: '040 653 7220'}};
    const file = await pressSave(await blockOf(document));
    expect(file.text).to.equal(vcard(organisationOf(document), 'fi'));
    expect(file.text).to.not.contain('ADR');
    expect(file.name).to.equal('Puhelin-vain.vcf');
  });

  it('is not offered when the data has no address, phone or e-mail', async () => {
    const block = await blockOf({name: 'Vain verkossa', links: [{type: 'website', url: 'https://example.fi'}]});
    expect(saveButton(block)).to.equal(null);
  });
});
