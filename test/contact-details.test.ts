/**
 * The contact block with everything a real organisation publishes (format version 2): several
 * phones with their labels, kinds and call charges, several e-mail addresses, addresses of each
 * kind with Swedish street names and coordinates, in every interface language, and what a
 * screen reader meets. Hours have their own file (hours-render.test.ts); a version-1 document's
 * rendering is held by test/node/v1-compat.test.mjs.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {useFakeTimers, type SinonFakeTimers} from 'sinon';
import type {ContactBlock} from '../src/elements/contact-block/contact-block.js';
import {find, type Language, languageOfText, neuvonta, recordWarnings, settle, shadow, textOf, withHours} from './helpers.js';

interface Expected {
  readonly labels: {readonly addresses: string; readonly phones: string; readonly emails: string};
  readonly kinds: readonly [visiting: string, postal: string];
  readonly street: string;
  readonly postOfficeBox: string;
  readonly extra: string;
  readonly map: string;
  readonly office: readonly [label: string, number: string, charge: string];
  readonly advice: readonly [label: string, charge: string];
  readonly fax: string;
  readonly sms: string;
  readonly registry: string;
}

// From locales/*.xlf (Finnish from the source) and the document above.
const expected: Record<Language, Expected> = {
  fi: {
    labels: {addresses: 'Osoitteet', phones: 'Puhelinnumerot', emails: 'Sähköpostiosoitteet'},
    kinds: ['Käyntiosoite', 'Postiosoite'],
    street: 'Kauppakatu 1',
    postOfficeBox: 'PL 35',
    extra: '2. kerros',
    map: 'Näytä kartalla (OpenStreetMap)',
    office: ['Toimisto', '014 123 456', '(pvm/mpm)'],
    advice: ['Neuvonta', '(maksuton)'],
    fax: '014 123 457 (faksi)',
    sms: 'Tekstiviestit / 040 123 4567 (tekstiviesti) (0,50 €/viesti)',
    registry: 'Kirjaamo',
  },
  sv: {
    labels: {addresses: 'Adresser', phones: 'Telefonnummer', emails: 'E-postadresser'},
    kinds: ['Besöksadress', 'Postadress'],
    street: 'Handelsgatan 1',
    postOfficeBox: 'PB 35',
    extra: '2 våningen',
    map: 'Visa på kartan (OpenStreetMap)',
    office: ['Kansli', '014 123 456', '(lna/msa)'],
    advice: ['Rådgivning', '(avgiftsfri)'],
    fax: '014 123 457 (fax)',
    sms: 'Tekstiviestit / 040 123 4567 (textmeddelande) (0,50 €/meddelande)',
    registry: 'Registratorskontoret',
  },
  en: {
    labels: {addresses: 'Addresses', phones: 'Phone numbers', emails: 'Email addresses'},
    kinds: ['Visiting address', 'Postal address'],
    street: 'Kauppakatu 1',
    postOfficeBox: 'PL 35',
    extra: '2. kerros',
    map: 'Show on map (OpenStreetMap)',
    office: ['Office', '+358 14 123 456', '(local or mobile rate)'],
    advice: ['Advice', '(free of charge)'],
    fax: '+358 14 123 457 (fax)',
    sms: 'Tekstiviestit / +358 40 123 4567 (text message) (0,50 €/viesti)',
    registry: 'Kirjaamo',
  },
  de: {
    labels: {addresses: 'Adressen', phones: 'Telefonnummern', emails: 'E-Mail-Adressen'},
    kinds: ['Besuchsadresse', 'Postanschrift'],
    street: 'Kauppakatu 1',
    postOfficeBox: 'PL 35',
    extra: '2. kerros',
    map: 'Auf der Karte zeigen (OpenStreetMap)',
    office: ['Büro', '+358 14 123 456', '(Orts- oder Mobilfunktarif)'],
    advice: ['Beratung', '(kostenlos)'],
    fax: '+358 14 123 457 (Fax)',
    sms: 'Tekstiviestit / +358 40 123 4567 (SMS) (0,50 €/viesti)',
    registry: 'Kirjaamo',
  },
};

async function blockOf(document: unknown, lang: Language = 'fi', variant = 'full'): Promise<ContactBlock> {
  const block = await fixture<ContactBlock>(html`<koske-contact-block lang=${lang} variant=${variant} .data=${document}></koske-contact-block>`);
  expect(await settle(block)).to.equal('loaded');
  return block;
}

/** What a reader sees of an element, laid out: lines joined by " / ", spaces collapsed. */
const seen = (element: Element) =>
  (element as HTMLElement).innerText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' / ');

/** The items of a fact's list. */
const itemsOf = (block: ContactBlock, name: string) => [...shadow(block).querySelectorAll(`.fact.${name} dd > ul > li`)].map((item) => item as HTMLElement);

for (const lang of Object.keys(expected) as Language[]) {
  const want = expected[lang];

  describe(`<koske-contact-block> with several phones, e-mails and addresses, in ${lang}`, () => {
    let block: ContactBlock;
    beforeEach(async () => {
      block = await blockOf(neuvonta, lang);
    });

    it('labels each list for what it holds, in the plural', () => {
      expect(textOf(find(block, '.fact.address dt'))).to.equal(want.labels.addresses);
      expect(textOf(find(block, '.fact.phone dt'))).to.equal(want.labels.phones);
      expect(textOf(find(block, '.fact.email dt'))).to.equal(want.labels.emails);
    });

    it('shows every phone, each its label first, then the number and what a call costs', () => {
      const [office, advice, fax, sms] = itemsOf(block, 'phone');
      expect(itemsOf(block, 'phone')).to.have.length(4);
      expect(textOf(office.querySelector('.label')!)).to.equal(want.office[0]);
      expect(textOf(office.querySelector('a')!)).to.equal(want.office[1]);
      expect(office.querySelector('a')!.getAttribute('href')).to.equal('tel:+35814123456');
      expect(textOf(office.querySelector('.charge')!)).to.equal(want.office[2]);
      expect(textOf(advice.querySelector('.label')!)).to.equal(want.advice[0]);
      expect(textOf(advice.querySelector('.charge')!)).to.equal(want.advice[1]);
      expect(seen(fax)).to.equal(want.fax);
      expect(seen(sms)).to.equal(want.sms);
    });

    it('links the freephone number as it is dialled in Finland, and shows it so in every language', () => {
      const link = itemsOf(block, 'phone')[1].querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('tel:0800123456');
      expect(textOf(link)).to.equal('0800 123 456');
    });

    it('writes out the abbreviated normal call charge for screen readers', () => {
      const abbr = itemsOf(block, 'phone')[0].querySelector('abbr');
      expect(abbr?.title).to.match(lang === 'fi' ? /^paikallisverkkomaksu/ : /\S/);
    });

    it('links a number for text messages with sms:, and does not link a fax', () => {
      const [, , fax, sms] = itemsOf(block, 'phone');
      expect(fax.querySelector('a')).to.equal(null);
      expect(sms.querySelector('a')!.getAttribute('href')).to.equal('sms:+358401234567');
    });

    it('shows every e-mail address, a label above the one that has it', () => {
      const [registry, info] = itemsOf(block, 'email');
      expect(textOf(registry.querySelector('.label')!)).to.equal(want.registry);
      expect(registry.querySelector('a')!.getAttribute('href')).to.equal('mailto:kirjaamo@neuvonta.example');
      expect(seen(info)).to.equal('info@neuvonta.example');
    });

    it('shows each address under what it is for, with the street and post office box in the language', () => {
      const [visiting, postal] = itemsOf(block, 'address');
      expect(seen(visiting)).to.equal(`${want.kinds[0]} / ${want.street} / ${want.extra} / 40100 Jyväskylä / ${want.map}`);
      expect(seen(postal)).to.equal(`${want.kinds[1]} / ${want.postOfficeBox} / 40101 Jyväskylä`);
    });

    it('points the visiting address on the map by its coordinates, and gives the post office box no map', () => {
      const [visiting, postal] = itemsOf(block, 'address');
      expect(visiting.querySelector('a.map')!.getAttribute('href')).to.equal('https://www.openstreetmap.org/?mlat=62.2426&mlon=25.7473#map=17/62.2426/25.7473');
      expect(postal.querySelector('a.map')).to.equal(null);
    });
  });
}

describe('<koske-contact-block> version 2, for screen readers', () => {
  it('marks a label in another language than the block with its own lang', async () => {
    const block = await blockOf(neuvonta, 'en');
    expect(languageOfText(block, 'Tekstiviestit')).to.equal('fi');
    expect(languageOfText(block, 'Kirjaamo')).to.equal('fi');
  });

  it('keeps each label in the same list item as the number or address it names', async () => {
    const block = await blockOf(neuvonta);
    for (const item of [...itemsOf(block, 'phone'), ...itemsOf(block, 'email')]) {
      const label = item.querySelector('.label');
      if (label) expect(label.compareDocumentPosition(item.querySelector('a') ?? item.lastChild!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    // Lists, so a screen reader says how many there are.
    expect(shadow(block).querySelectorAll('.fact.phone ul > li')).to.have.length(4);
  });
});

describe('<koske-contact-block variant="compact"> with several phones and e-mails', () => {
  it('shows the first phone and the first e-mail address only, their labels kept for screen readers', async () => {
    const block = await blockOf(neuvonta, 'fi', 'compact');
    const phone = find(block, '.fact.phone dd');
    expect(phone.querySelectorAll('a')).to.have.length(1);
    expect(phone.querySelector('a')!.getAttribute('href')).to.equal('tel:+35814123456');
    expect(textOf(find(block, '.fact.phone dt'))).to.equal('Puhelin');
    expect(find(block, '.fact.email dd').querySelectorAll('a')).to.have.length(1);
    expect(shadow(block).querySelector('.fact.address')).to.equal(null);
  });
});

describe('<koske-contact-block> with bad version-2 values', () => {
  it('drops only the bad field, shows the rest and warns the webmaster once', async () => {
    const recorded = recordWarnings();
    try {
      const block = await blockOf({
        name: 'Virheitä',
        addresses: [{street: 'Katu 1', coordinates: {latitude: 6974202.909, longitude: 534246.773}}],
        contact: {phones: [{number: '014 123 456', charge: 'chargeable', kind: 'pager'}]},
      });
      const phone = find(block, '.fact.phone dd');
      expect(phone.querySelector('a')!.getAttribute('href')).to.equal('tel:+35814123456');
      expect(phone.querySelector('.charge')).to.equal(null);
      expect(find(block, 'a.map').getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=Katu%201/);
      const warnings = recorded.warnings.filter((warning) => warning.includes('Virheitä') || warning.includes('ignored'));
      expect(warnings).to.have.length(1);
      for (const path of [
        'addresses[0].coordinates.latitude (outside Finland)',
        'contact.phones[0].charge (not one of free, local, other)',
        'contact.phones[0].kind (not one of phone, mobile, fax, sms)',
      ]) {
        expect(warnings[0]).to.contain(path);
      }
    } finally {
      recorded.restore();
    }
  });
});

interface ExpectedHours {
  readonly label: string;
  readonly rows: readonly string[];
  readonly spoken: string;
  readonly exceptions: readonly [string, string];
}

const expectedHours: Record<Language, ExpectedHours> = {
  fi: {
    label: 'Aukioloajat',
    rows: ['ma–pe 9.00–15.00', 'la 10.00–12.00, 13.00–14.00'],
    spoken: 'maanantai–perjantai',
    exceptions: ['24.–26.12.2026 suljettu (Joulu)', '31.12.2026 9.00–12.00'],
  },
  sv: {
    label: 'Öppettider',
    rows: ['mån–fre 9.00–15.00', 'lör 10.00–12.00, 13.00–14.00'],
    spoken: 'måndag–fredag',
    exceptions: ['24.–26.12.2026 stängt (Jul)', '31.12.2026 9.00–12.00'],
  },
  en: {
    label: 'Opening hours',
    rows: ['Mon–Fri 9:00–15:00', 'Sat 10:00–12:00, 13:00–14:00'],
    spoken: 'Monday–Friday',
    exceptions: ['24/12/2026 – 26/12/2026 closed (Joulu)', '31/12/2026 9:00–12:00'],
  },
  de: {
    label: 'Öffnungszeiten',
    rows: ['Mo–Fr 9:00–15:00', 'Sa 10:00–12:00, 13:00–14:00'],
    spoken: 'Montag–Freitag',
    exceptions: ['24.–26.12.2026 geschlossen (Joulu)', '31.12.2026 9:00–12:00'],
  },
};

/** The rows of the first table of hours under `scope`, as seen: "ma–pe 9.00–15.00". */
function hourRows(scope: ParentNode): string[] {
  const table = scope.querySelector('[part="hours"]')!;
  return [...table.querySelectorAll('dt')].map((dt) => `${textOf(dt.querySelector('[aria-hidden="true"]')!)} ${textOf(dt.nextElementSibling!)}`);
}

describe('<koske-contact-block> with opening hours', () => {
  let clock: SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('loads the code of hours only for a document that has them', async () => {
    const hoursCode = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('hours.render')).length;
    await blockOf(neuvonta);
    expect(hoursCode()).to.equal(0);
    await blockOf(withHours);
    expect(hoursCode()).to.equal(1);
  });

  for (const lang of Object.keys(expectedHours) as Language[]) {
    const want = expectedHours[lang];
    it(`shows the week, and the exceptions not yet over, in ${lang}`, async () => {
      // Wednesday 2 December 2026: All Saints' Day is over, Christmas is to come.
      clock = useFakeTimers({now: new Date('2026-12-02T10:00:00+02:00'), toFake: ['Date']});
      const block = await blockOf(withHours, lang);
      const fact = find(block, '.fact.hours');
      expect(textOf(fact.querySelector('dt')!)).to.equal(want.label);
      expect(hourRows(fact)).to.deep.equal(want.rows);
      expect(textOf(fact.querySelector('dt .visually-hidden, dd dt .visually-hidden')!)).to.equal(want.spoken);
      expect([...fact.querySelectorAll('ul.exceptions > li')].map((item) => textOf(item))).to.deep.equal(want.exceptions);
    });
  }

  it('gives screen readers the days written out, and the eye their short names only', async () => {
    const block = await blockOf(withHours);
    const dt = find(block, '.fact.hours [part="hours"] dt');
    expect(dt.querySelector('[aria-hidden="true"]')!.textContent).to.equal('ma–pe');
    expect(dt.querySelector('.visually-hidden')!.textContent).to.equal('maanantai–perjantai');
    expect(getComputedStyle(dt.querySelector('.visually-hidden')!).position).to.equal('absolute');
  });

  it("shows a phone's and an address's own hours with them, and none in the compact variant", async () => {
    const block = await blockOf(withHours);
    expect(hourRows(find(block, '.fact.phone dd'))).to.deep.equal(['pe 10.00–14.00']);
    expect(hourRows(find(block, '.fact.address dd'))).to.deep.equal(['ma 12.00–16.00']);
    const closedAllWeek = await blockOf({name: 'Kiinni', hours: {weekly: {}}});
    expect(hourRows(find(closedAllWeek, '.fact.hours'))).to.deep.equal(['ma–su suljettu']);
    const compact = await blockOf(withHours, 'fi', 'compact');
    expect(shadow(compact).querySelector('[part="hours"]')).to.equal(null);
  });

  it('says whether it is open now only when asked (open-now)', async () => {
    clock = useFakeTimers({now: new Date('2026-12-02T10:00:00+02:00'), toFake: ['Date']});
    const block = await blockOf(withHours);
    expect(shadow(block).querySelector('[part="open-now"]')).to.equal(null);
    block.openNow = true;
    await block.updateComplete;
    const line = find(block, '.fact.hours [part="open-now"]');
    expect(textOf(line)).to.equal('Nyt avoinna, sulkeutuu 15.00');
    // Not a live region: a change it was not asked for must not interrupt a screen reader.
    expect(line.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
  });

  for (const [lang, open, closed] of [
    ['fi', 'Nyt avoinna, sulkeutuu 15.00', 'Nyt suljettu, avautuu torstai 9.00'],
    ['sv', 'Öppet nu, stänger 15.00', 'Stängt nu, öppnar torsdag 9.00'],
    ['en', 'Open now, closes 15:00', 'Closed now, opens Thursday 9:00'],
    ['de', 'Jetzt geöffnet, schließt 15:00', 'Jetzt geschlossen, öffnet Donnerstag 9:00'],
  ] as const) {
    it(`keeps "open now" true while the page is open, at the turn of the minute, in ${lang}`, async () => {
      clock = useFakeTimers({now: new Date('2026-12-02T14:59:30+02:00'), toFake: ['Date']});
      const block = await fixture<ContactBlock>(html`<koske-contact-block lang=${lang} open-now .data=${withHours}></koske-contact-block>`);
      expect(await settle(block)).to.equal('loaded');
      expect(textOf(find(block, '.fact.hours [part="open-now"]'))).to.equal(open);
      // Now the timers too, so that the minute can pass at once: the block asks for its next update.
      clock.restore();
      clock = useFakeTimers({now: new Date('2026-12-02T14:59:30+02:00'), toFake: ['Date', 'setTimeout', 'clearTimeout']});
      block.requestUpdate();
      await block.updateComplete;
      clock.tick(31_000);
      await block.updateComplete;
      expect(textOf(find(block, '.fact.hours [part="open-now"]'))).to.equal(closed);
    });
  }

  it('stops refreshing once removed from the page', async () => {
    clock = useFakeTimers({now: new Date('2026-12-02T14:59:30+02:00'), toFake: ['Date']});
    const block = await fixture<ContactBlock>(html`<koske-contact-block open-now .data=${withHours}></koske-contact-block>`);
    await settle(block);
    clock.restore();
    clock = useFakeTimers({now: new Date('2026-12-02T14:59:30+02:00'), toFake: ['Date', 'setTimeout', 'clearTimeout']});
    block.requestUpdate();
    await block.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    block.remove();
    expect(clock.countTimers()).to.equal(0);
  });
});

describe('<koske-contact-block> version 2 and axe', () => {
  for (const variant of ['full', 'compact']) {
    it(`has no axe violation with several phones, e-mails, addresses and hours (${variant})`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-contact-block variant=${variant} .data=${neuvonta}></koske-contact-block>
        <koske-contact-block variant=${variant} open-now .data=${withHours}></koske-contact-block>
      </div>`);
      for (const block of container.querySelectorAll('koske-contact-block')) expect(await settle(block)).to.equal('loaded');
      await expect(container).to.be.accessible();
    });
  }
});
