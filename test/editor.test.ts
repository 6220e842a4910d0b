/**
 * The data editor (demo/editor.html), used as an NGO editor uses it: the page
 * in a same-origin iframe, the form filled through its labels (and by
 * keyboard alone), and what shows up checked — the document it writes, the
 * messages at the fields and in the summary, the preview's real elements, the
 * draft after a reload — in Finnish, Swedish and English.
 */
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {axe, get, openPage, textOf, type Page} from './demo-pages.js';
import {regainFocus, until} from './helpers.js';
import {registryReady} from '../src/data/registry.js';
import {validate} from '../src/data/validate.js';
import type {Schema} from '@cfworker/json-schema';

const seedUrl = '/demo/documents/yhdessa-ei-olla-yksin.json';
const draftKey = 'koske-widgets:editor-draft';
/** What each test starts from and compares with, fetched once. */
const fixtureFiles = ['abroad-sv', 'by-code', 'contact-partial', 'name-only', 'ptv-koske', 'ptv-minimal', 'seed', 'service-number'].map((name) => `/test/fixtures/v1/${name}.json`);

/** The editor in a fresh iframe, once its script has drawn the start panel (and the schema is in). */
async function open(query = '', width = 1100): Promise<Page> {
  const page = await openPage(`/demo/editor.html${query}`, width);
  await until(() => page.doc.getElementById('start-heading'), 'the start panel (is dist/editor.js built?)');
  // The schema and the registry come in after the first render; the municipality search needs them.
  await until(() => page.doc.documentElement.hasAttribute('data-ready'), 'the schema and the registry');
  return page;
}

const click = (page: Page, selector: string) => get<HTMLButtonElement>(page, selector).click();

/** The JSON the editor would save, as its JSON view shows it. */
const jsonOf = (page: Page) => get<HTMLTextAreaElement>(page, '#json').value;
const documentOf = (page: Page) => JSON.parse(jsonOf(page)) as Record<string, unknown>;

/** The controls a label names: in `scope` (a list item, a day) when given, else in the whole form. */
function field<E extends HTMLElement = HTMLInputElement>(page: Page, label: string, scope: ParentNode = page.doc): E {
  const labels = [...scope.querySelectorAll('label')].filter((each) => textOf(each) === label);
  if (labels.length !== 1) throw new Error(`${labels.length} labels "${label}" in ${scope instanceof Element ? scope.id || scope.localName : 'the page'}`);
  const control = labels[0].control;
  if (!control) throw new Error(`the label "${label}" names no control`);
  return control as unknown as E;
}

/** A group (fieldset) by its legend. */
function group(page: Page, legend: string, scope: ParentNode = page.doc): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('fieldset')].filter((each) => textOf(each.querySelector(':scope > legend')) === legend);
  if (found.length !== 1) throw new Error(`${found.length} groups "${legend}"`);
  return found[0];
}

/** A button by its text. */
function button(page: Page, text: string, scope: ParentNode = page.doc): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].filter((each) => textOf(each) === text);
  if (found.length === 0) throw new Error(`no button "${text}"`);
  return found[0];
}

/** Types into a field as the browser reports it (an input event per change). */
function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
}

/** Picks an option of a select, or clicks a checkbox or radio button. The page's elements are of its own window, so no `instanceof` here. */
function choose(control: HTMLSelectElement | HTMLInputElement, value?: string): void {
  if (control.localName === 'select') control.value = value ?? '';
  else (control as HTMLInputElement).checked = !(control as HTMLInputElement).checked;
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Opens a document by pasting its JSON. */
async function paste(page: Page, json: string): Promise<void> {
  get<HTMLDetailsElement>(page, 'details.paste').open = true;
  type(get<HTMLTextAreaElement>(page, '#paste'), json);
  click(page, '#paste-open');
  await until(() => page.doc.getElementById('json'), 'the form');
}

/** Opens a file through a file input, as choosing it in the browser's dialog does. */
async function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  const input = get<HTMLInputElement>(page, selector);
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, {type: 'application/json'}));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await until(() => page.doc.getElementById('json') || page.doc.getElementById('start-error'), 'the file to open');
}

/** Waits for the check, the preview and the draft, which follow a pause in typing. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 450));

const previewHeading = (page: Page, tag: string) => textOf(page.doc.querySelector(`#preview ${tag}`)?.shadowRoot?.querySelector('[part="heading"]'));

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

describe('the data editor', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.removeItem(draftKey));
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.removeItem(draftKey);
  });

  describe('filling the form by its labels', () => {
    it('writes the document of test/fixtures/editor/filled.json, every part of the format through its own control', async () => {
      const page = await open();
      click(page, '#start-empty');
      await until(() => page.doc.getElementById('form'), 'the form');
      // Content languages: Finnish and Swedish, side by side.
      choose(get<HTMLInputElement>(page, 'input[name="content-language"][value="sv"]'));
      choose(get<HTMLInputElement>(page, 'input[name="layout"][value="side"]'));
      type(field(page, 'Nimi (suomi)'), 'Neuvontapiste Nappi');
      type(field(page, 'Nimi (ruotsi)'), 'Rådgivningen Nappi');
      type(field(page, 'Lyhyt nimi (suomi)'), 'Nappi');
      type(field(page, 'Alkuvuosi'), '2024');
      type(field<HTMLTextAreaElement>(page, 'Kuvaus (suomi)'), 'Neuvoa kaikille.\n\nMaksutta.');
      // Municipalities from the registry, by Finnish and by Swedish name; the region offered from them.
      type(field(page, 'Hae kuntaa'), 'jyväs');
      await until(() => page.doc.querySelector('.matches button'), 'the matches');
      button(page, 'Lisää Jyväskylä (179)').click();
      expect(page.doc.activeElement?.id, 'focus back in the search').to.equal('municipality-search');
      type(field(page, 'Hae kuntaa'), 'Petäjävesi');
      button(page, 'Lisää Petäjävesi (592)').click();
      button(page, 'Valittujen kuntien maakunta: Keski-Suomi (13)').click();
      // A phone, typed as people type them, shown back as the widgets show it.
      button(page, 'Lisää: puhelinnumero').click();
      const phone = group(page, 'Puhelinnumero 1');
      expect(page.doc.activeElement, 'focus in the new phone').to.equal(field(page, 'Numero', phone));
      type(field(page, 'Numero', phone), '(014) 266 0000');
      expect(textOf(phone.querySelector('.note'))).to.equal('Osissa: 014 266 0000');
      expect(field(page, 'Numero', phone).getAttribute('aria-describedby'), 'read with the number').to.contain('-note');
      type(field(page, 'Nimi (suomi)', phone), 'Neuvonta');
      choose(field<HTMLSelectElement>(page, 'Puhelun hinta', phone), 'local');
      button(page, 'Lisää: sähköpostiosoite').click();
      type(field(page, 'Osoite', group(page, 'Sähköpostiosoite 1')), 'nappi@example.fi');
      // An address.
      button(page, 'Lisää: osoite').click();
      const address = group(page, 'Osoite 1');
      type(field(page, 'Katuosoite (suomi)', address), 'Kauppakatu 1');
      type(field(page, 'Katuosoite (ruotsi)', address), 'Handelsgatan 1');
      type(field(page, 'Postinumero', address), '40100');
      type(field(page, 'Postitoimipaikka (suomi)', address), 'Jyväskylä');
      type(field(page, 'Leveysaste', address), '62.2426');
      type(field(page, 'Pituusaste', address), '25.7473');
      // Hours: Monday, copied to the other weekdays, and a holiday.
      const hours = get(page, '#section-hours').parentElement!;
      button(page, 'Lisää aika', group(page, 'Maanantai', hours)).click();
      type(field(page, 'Avautuu', group(page, 'Maanantai', hours)), '09:00');
      type(field(page, 'Sulkeutuu', group(page, 'Maanantai', hours)), '16:00');
      button(page, 'Sama tiistaista perjantaihin', hours).click();
      button(page, 'Lisää: poikkeus', hours).click();
      const holiday = group(page, 'Poikkeus 1', hours);
      type(field(page, 'Ensimmäinen päivä', holiday), '2026-12-24');
      type(field(page, 'Viimeinen päivä', holiday), '2026-12-26');
      choose(field(page, 'Suljettu koko päivän', holiday));
      type(field(page, 'Selitys (suomi)', holiday), 'Joulu');
      // Two links, the second moved first.
      button(page, 'Lisää: linkki').click();
      choose(field<HTMLSelectElement>(page, 'Laji', group(page, 'Linkki 1')), 'website');
      type(field(page, 'Osoite', group(page, 'Linkki 1')), 'https://nappi.example.fi');
      button(page, 'Lisää: linkki').click();
      choose(field<HTMLSelectElement>(page, 'Laji', group(page, 'Linkki 2')), 'facebook');
      type(field(page, 'Osoite', group(page, 'Linkki 2')), 'https://www.facebook.com/nappi');
      button(page, 'Siirrä ylös', group(page, 'Linkki 2')).click();
      expect(textOf(get(page, '#status'))).to.equal('Linkki 2 on nyt 1. / 2.');
      expect(page.doc.activeElement?.id, 'focus stays on the moved link').to.equal('f-links-0-down');

      const expected = JSON.parse(await fetchText('/test/fixtures/editor/filled.json')) as unknown;
      expect(documentOf(page)).to.deep.equal(expected);
      await settled();
      expect(textOf(get(page, '.save > p'))).to.equal('Tallentamattomia muutoksia.');
    });
  });

  describe('lists', () => {
    it('moves an item where its handle is dragged to with the pointer, and says so', async () => {
      // A frame inside the test window's viewport: the mouse moves in that viewport.
      const page = await openPage('/demo/editor.html', 760, 560);
      await until(() => page.doc.documentElement.hasAttribute('data-ready'), 'the editor');

      click(page, '#start-empty');
      await until(() => page.doc.getElementById('form'), 'the form');
      for (const [index, url] of ['https://a.fi', 'https://b.fi', 'https://c.fi'].entries()) {
        click(page, '#f-links-add');
        type(get<HTMLInputElement>(page, `#f-links-${index}-url`), url);
      }
      /** The middle of an element of the page, in the test window's viewport (where the mouse is). */
      const middle = (element: Element): [number, number] => {
        const frame = page.frame.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return [Math.round(frame.left + box.left + box.width / 2), Math.round(frame.top + box.top + box.height / 2)];
      };
      // The last link dragged onto the one before it (onto its buttons, the nearest part of it).
      const handle = get(page, '#f-links-2 .drag-handle');
      handle.scrollIntoView({block: 'end'});
      const target = get(page, '#f-links-1-down');
      expect(target.getBoundingClientRect().top, 'the place to drop it in view').to.be.above(0);
      await sendMouse({type: 'move', position: middle(handle)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: middle(target)});
      await sendMouse({type: 'up'});
      await until(() => textOf(get(page, '#status')), 'the move to be said');
      expect(documentOf(page).links).to.deep.equal([{url: 'https://a.fi'}, {url: 'https://c.fi'}, {url: 'https://b.fi'}]);
      expect(textOf(get(page, '#status'))).to.equal('Linkki 3 on nyt 2. / 3.');
    });

    it('moves focus after a removal to what adds another: the Add button, or the municipality search', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => page.doc.getElementById('form'), 'the form');
      click(page, '#f-links-0-remove');
      expect(page.doc.activeElement?.id).to.equal('f-links-add');
      expect(textOf(get(page, '#status'))).to.equal('Linkki 1 poistettiin.');
      const before = (documentOf(page).municipalities as unknown[]).length;
      click(page, '#f-municipalities-0-remove');
      expect(page.doc.activeElement?.id).to.equal('municipality-search');
      expect(documentOf(page).municipalities).to.have.length(before - 1);
    });
  });

  describe('fields that change shape', () => {
    it('makes a municipality given by code an object with its registry names when it gets a website of its own', async () => {
      const page = await open();
      click(page, '#start-empty');
      await until(() => page.doc.getElementById('form'), 'the form');
      type(get<HTMLInputElement>(page, '#municipality-search'), 'Joutsa');
      button(page, 'Lisää Joutsa (172)').click();
      expect(documentOf(page).municipalities).to.deep.equal(['172']);
      button(page, 'Anna oma nimi tai verkkosivu', group(page, 'Kunta 1')).click();
      type(field(page, 'Kunnan verkkosivu', group(page, 'Kunta 1')), 'https://www.joutsa.fi');
      expect(documentOf(page).municipalities).to.deep.equal([{code: '172', name: {fi: 'Joutsa', sv: 'Joutsa'}, website: 'https://www.joutsa.fi'}]);
    });

    it('changes the main language without changing what any text says', async () => {
      const page = await open();
      await paste(page, JSON.stringify({version: 2, lang: 'fi', name: 'Nimi', links: [{type: 'website', url: 'https://a.fi', label: 'Sivu'}]}));
      choose(get<HTMLSelectElement>(page, '#f-lang'), 'sv');
      expect(documentOf(page)).to.deep.equal({version: 2, lang: 'sv', name: {fi: 'Nimi'}, links: [{type: 'website', url: 'https://a.fi', label: {fi: 'Sivu'}}]});
    });
  });

  describe('saving', () => {
    it('copies the JSON to the clipboard and counts it as saved', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => page.doc.getElementById('f-name--fi'), 'the form');
      type(get<HTMLInputElement>(page, '#f-name--fi'), 'Kopioitu');
      const copied: string[] = [];
      // The page's own clipboard, so that the test reads what was written (a test cannot read the system's).
      Object.defineProperty(page.win.navigator, 'clipboard', {value: {writeText: (text: string) => (copied.push(text), Promise.resolve())}, configurable: true});
      click(page, '#copy');
      await until(() => textOf(get(page, '#status')) === 'JSON kopioitiin leikepöydälle.', 'the copy');
      expect(copied).to.have.length(1);
      expect((JSON.parse(copied[0]) as {name: {fi: string}}).name.fi).to.equal('Kopioitu');
      expect(copied[0]).to.equal(jsonOf(page));
      expect(textOf(get(page, '.save > p'))).to.equal('Kaikki muutokset on tallennettu.');
    });
  });

  describe('validation, by the rules of validate', () => {
    /** What validate() says of `document` in `language`, by field. */
    async function expectedProblems(document: unknown, language: 'fi' | 'sv' | 'en'): Promise<Map<string, string>> {
      const schema = (await (await fetch('/dist/koske-widgets.schema.json')).json()) as Schema;
      await registryReady();
      return new Map(validate(document, schema, language).map(({path, message}) => [path, message]));
    }

    /** The message shown at a control: the text of what its aria-describedby names as the error. */
    const messageAt = (page: Page, control: HTMLElement) =>
      (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id.endsWith('-error'))
        .map((id) => textOf(page.doc.getElementById(id)))
        .join(' ');

    for (const ui of ['fi', 'sv', 'en'] as const) {
      it(`shows each message at its field (aria-invalid, aria-describedby) and in the summary, whose links focus the fields (${ui})`, async () => {
        const page = await open(`?lang=${ui}`);
        click(page, '#start-empty');
        await until(() => page.doc.getElementById('form'), 'the form');
        const controls: Array<[path: string, control: HTMLInputElement]> = [];
        const bad = (path: string, id: string, value: string) => {
          const control = get<HTMLInputElement>(page, `#${id}`);
          type(control, value);
          controls.push([path, control]);
        };
        bad('administrator.url', 'f-administrator-url', 'koskeverkko.fi');
        bad('period.start', 'f-period-start', '17');
        click(page, '#f-contact-phones-add');
        bad('contact.phones[0].number', 'f-contact-phones-0-number', 'puh. 040');
        click(page, '#f-contact-emails-add');
        bad('contact.emails[0].address', 'f-contact-emails-0-address', 'nappi(at)example.fi');
        click(page, '#f-addresses-add');
        bad('addresses[0].postalCode', 'f-addresses-0-postalCode', '40100!');
        // A new document is in the interface's language.
        bad('addresses[0].street', `f-addresses-0-street--${ui}`, 'Kauppakatu 1');
        controls.pop();
        click(page, '#f-hours-weekly-monday-add');
        bad('hours.weekly.monday[0].opens', 'f-hours-weekly-monday-0-opens', '9.00');
        bad('hours.weekly.monday[0].closes', 'f-hours-weekly-monday-0-closes', '16:00');
        controls.pop();
        // Nothing is said before the check: a form is not wrong while it is being filled.
        expect(page.doc.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
        click(page, '#check');
        const summary = await until(() => page.doc.getElementById('error-summary'), 'the error summary');
        expect(page.doc.activeElement, 'the summary takes focus').to.equal(summary);

        const expected = await expectedProblems(documentOf(page), ui);
        // Every bad value is named, and the missing names too (an administrator with an address has a name).
        expect([...expected.keys()].sort()).to.deep.equal([...controls.map(([path]) => path), 'name', 'administrator.name'].sort());
        for (const [path, control] of controls) {
          expect(control.getAttribute('aria-invalid'), path).to.equal('true');
          expect(messageAt(page, control), path).to.equal(expected.get(path));
        }
        expect(messageAt(page, get(page, `#f-name--${ui}`))).to.equal(expected.get('name'));
        expect(messageAt(page, get(page, `#f-administrator-name--${ui}`))).to.equal(expected.get('administrator.name'));
        const links = [...summary.querySelectorAll('a')];
        expect(links).to.have.length(expected.size);
        expect(textOf(summary.querySelector('h2'))).to.equal({fi: 'Tiedoissa on 8 virhettä', sv: 'Uppgifterna har 8 fel', en: 'The data has 8 errors'}[ui]);
        for (const link of links) {
          link.click();
          expect(`#${page.doc.activeElement?.id}`, textOf(link)).to.equal(link.getAttribute('href'));
        }
        // Mended, a message goes as soon as the check follows.
        type(get<HTMLInputElement>(page, '#f-period-start'), '2017');
        await settled();
        expect(get(page, '#f-period-start').hasAttribute('aria-invalid')).to.equal(false);
        expect(summary.querySelectorAll('a')).to.have.length(expected.size - 1);
      });
    }

    it('saves nothing while there are problems: the summary comes instead', async () => {
      const page = await open();
      click(page, '#start-empty');
      await until(() => page.doc.getElementById('form'), 'the form');
      const saved: string[] = [];
      page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push(this.download);
      };
      click(page, '#download');
      await until(() => page.doc.getElementById('error-summary'), 'the error summary');
      expect(saved).to.deep.equal([]);
    });
  });

  describe('round trips', () => {
    for (const url of [seedUrl, ...fixtureFiles]) {
      it(`opens ${url.split('/').pop()} and saves it unchanged, byte for byte in JSON, key order and all`, async () => {
        const text = await fetchText(url);
        const original = JSON.parse(text) as unknown;
        const page = await open();
        await paste(page, text);
        expect(jsonOf(page)).to.equal(`${JSON.stringify(original, null, 2)}\n`);
        expect(textOf(get(page, '.save > p'))).to.equal('Kaikki muutokset on tallennettu.');
        // Saved through the download, with the file named from the short name.
        const saved: Array<{name: string; text: Promise<string>}> = [];
        page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          saved.push({name: this.download, text: fetch(this.href).then((response) => response.text())});
        };
        click(page, '#download');
        await until(() => saved.length, 'the download');
        expect(JSON.parse(await saved[0].text)).to.deep.equal(original);
        expect(saved[0].name).to.match(/^[a-z0-9-]+\.json$/);
      });
    }

    it('opens a file chosen from the computer, and names the download from the short name', async () => {
      const page = await open();
      await chooseFile(page, '#open-file', 'data.json', await fetchText(seedUrl));
      expect(textOf(get(page, '#status'))).to.equal('Avattiin data.json.');
      const names: string[] = [];
      page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      click(page, '#download');
      await until(() => names.length, 'the download');
      expect(names).to.deep.equal(['yhdessa-ei-olla-yksin.json']);
      expect(textOf(get(page, '.save > p'))).to.equal('Kaikki muutokset on tallennettu.');
    });

    it('says where a pasted text stops being JSON, and opens nothing', async () => {
      const page = await open();
      get<HTMLDetailsElement>(page, 'details.paste').open = true;
      type(get<HTMLTextAreaElement>(page, '#paste'), '{"name": "X",\n  "lang": fi}');
      click(page, '#paste-open');
      const error = await until(() => page.doc.getElementById('start-error'), 'the message');
      // Where JSON.parse gives up: `fi` could begin `false` until the `i`.
      expect(textOf(error)).to.match(/^Tämä ei ole JSONia \(rivi 2, sarake 12\): /);
      expect(page.doc.getElementById('form')).to.equal(null);
      type(get<HTMLTextAreaElement>(page, '#paste'), '["Jyväskylä"]');
      click(page, '#paste-open');
      expect(textOf(get(page, '#start-error'))).to.equal('Tämä on JSONia mutta ei organisaation tietoja: odotettiin objektia { … }.');
    });
  });

  describe('PTV', () => {
    it('converts a PTV v11 Organization file in the browser, by the adapter from-ptv uses, and lists what the format cannot hold', async () => {
      const text = await fetchText('/test/node/fixtures/ptv/organization-koske.json');
      const page = await open();
      await chooseFile(page, '#open-ptv', 'organization-koske.json', text);
      // The command line's adapter, plain JavaScript, loaded as the editor loads it.
      const adapter = '/cli/ptv/adapter.js';
      const {fromPtv} = (await import(adapter)) as {fromPtv: (jsons: unknown[], options: {names: string[]}) => {document: unknown; notes: string[]}};
      const {document, notes} = fromPtv([JSON.parse(text)], {names: ['organization-koske.json']});
      expect(documentOf(page)).to.deep.equal(JSON.parse(JSON.stringify(document)));
      expect(get<HTMLInputElement>(page, '#f-name--fi').value).to.equal('Keski-Suomen sosiaalialan osaamiskeskus');
      expect([...page.doc.querySelectorAll('.notes li')].map(textOf)).to.deep.equal(notes);
      expect(notes.length).to.be.greaterThan(0);
    });

    it('says why a PTV v12 document cannot be read', async () => {
      const page = await open();
      await chooseFile(page, '#open-ptv', 'organization-v12.json', await fetchText('/test/node/fixtures/ptv/organization-v12.json'));
      expect(textOf(get(page, '#start-error'))).to.match(/^PTV-tiedostosta ei voitu tehdä korttia: .*v12/);
    });
  });

  describe('the preview', () => {
    it('shows the three real elements with the edits, in the language being edited, full or compact', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => previewHeading(page, 'koske-org-card') === 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke', 'the seed in the preview');
      type(get<HTMLInputElement>(page, '#f-name--fi'), 'Uusi nimi');
      // Debounced: the preview follows when typing pauses.
      expect(previewHeading(page, 'koske-org-card')).to.not.equal('Uusi nimi');
      await until(() => previewHeading(page, 'koske-org-card') === 'Uusi nimi', 'the edited name in the preview');
      choose(get<HTMLInputElement>(page, 'input[name="editing-language"][value="sv"]'));
      await until(() => previewHeading(page, 'koske-org-card') === 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland', 'the Swedish name');
      for (const element of page.doc.querySelectorAll('#preview > *')) expect(element.getAttribute('lang')).to.equal('sv');
      choose(get<HTMLInputElement>(page, 'input[name="variant"][value="compact"]'));
      for (const element of page.doc.querySelectorAll('#preview > *')) expect(element.getAttribute('variant')).to.equal('compact');
      // A text left empty in Swedish: the editor says what the widgets show instead, and they show it.
      type(get<HTMLInputElement>(page, '#f-name--sv'), '');
      expect(textOf(get(page, '#f-name--sv-fallback'))).to.equal('Tyhjä ruotsiksi: osat näyttävät tekstin suomeksi: ”Uusi nimi”.');
      await until(() => previewHeading(page, 'koske-org-card') === 'Uusi nimi', 'the Finnish name in the Swedish preview');
    });
  });

  describe('drafts', () => {
    it('keeps the draft in this browser across a reload, until it is forgotten', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => page.doc.getElementById('f-name--fi'), 'the form');
      type(get<HTMLInputElement>(page, '#f-name--fi'), 'Luonnos');
      await settled();
      page.win.location.reload();
      await until(() => page.doc.readyState === 'complete' && page.doc.getElementById('forget-draft'), 'the restored draft');
      expect(get<HTMLInputElement>(page, '#f-name--fi').value).to.equal('Luonnos');
      expect(textOf(get(page, '.notice'))).to.equal('Tämän selaimen luonnos palautettiin. Unohda tämä luonnos');
      expect(textOf(get(page, '.save > p'))).to.equal('Tallentamattomia muutoksia.');
      click(page, '#forget-draft');
      expect(page.doc.getElementById('form')).to.equal(null);
      expect(localStorage.getItem(draftKey)).to.equal(null);
      expect(page.doc.activeElement?.id).to.equal('start-heading');
    });

    it('warns before leaving with unsaved changes, and not after they are saved', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => page.doc.getElementById('f-name--fi'), 'the form');
      const leave = () => {
        const event = new page.win.Event('beforeunload', {cancelable: true});
        page.win.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave(), 'nothing changed yet').to.equal(false);
      type(get<HTMLInputElement>(page, '#f-name--fi'), 'Muutettu');
      expect(leave(), 'changed').to.equal(true);
      page.win.HTMLAnchorElement.prototype.click = () => undefined;
      click(page, '#download');
      expect(leave(), 'saved').to.equal(false);
    });

    it('stores nothing but the draft: the widgets in the preview store nothing', async () => {
      const page = await open();
      click(page, '#start-seed');
      await until(() => previewHeading(page, 'koske-org-card'), 'the preview');
      await settled();
      expect(Object.keys(localStorage)).to.deep.equal([draftKey]);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
      expect(page.doc.cookie).to.equal('');
    });
  });

  describe('the configurator', () => {
    it('gets the document, and writes the snippet with it inline', async () => {
      const page = await open('?lang=sv');
      click(page, '#start-seed');
      await until(() => page.doc.getElementById('f-name--sv'), 'the form');
      const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, {once: true}));
      click(page, '#to-configurator');
      await loaded;
      expect(page.win.location.pathname).to.equal('/demo/configurator.html');
      const snippet = await until(
        () => page.doc.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('application/json') && page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value,
        'the snippet',
      );
      expect(snippet).to.contain('"Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland"');
      expect(page.doc.querySelector<HTMLInputElement>('input[name="source"][value="json"]')!.checked).to.equal(true);
      expect(page.doc.documentElement.lang).to.equal('sv');
      // Taken once: a reload starts the configurator as usual.
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('accessibility', () => {
    /** Whether `target` has the keyboard's focus: focus is in the frame (not on the test page around it), on `target`. */
    const focused = (page: Page, target: Element | null) => document.activeElement === page.frame && page.doc.activeElement === target;

    /** Types as a keyboard does, a key at a time: WebKit's WebDriver drops some keys of a long string sent at once. */
    async function typeKeys(text: string): Promise<void> {
      for (const key of text) await sendKeys({type: key});
    }

    /** Whether the test runner can hold Shift down: Puppeteer can (Chromium, Firefox), WebKit's WebDriver cannot. */
    let holdsShift = true;

    /**
     * Tab until `target` has focus (at most 400 presses): Shift+Tab when it comes before focus, as a
     * keyboard user goes back, rather than round the end of the page, from where Firefox takes focus
     * into its own toolbar (see `regainFocus`). Where Shift cannot be held, round with Tab.
     */
    async function tabTo(page: Page, target: () => Element | null): Promise<void> {
      for (let i = 0; i < 400 && !focused(page, target()); i++) {
        const wanted = target();
        const current = page.doc.activeElement;
        const back = holdsShift && wanted && current && current !== page.doc.body && wanted.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING;
        if (!back) {
          await sendKeys({press: 'Tab'});
          continue;
        }
        try {
          await sendKeys({down: 'Shift'});
        } catch {
          holdsShift = false;
          continue;
        }
        await sendKeys({press: 'Tab'});
        await sendKeys({up: 'Shift'});
      }
      expect(focused(page, target()), 'reached by Tab').to.equal(true);
    }

    it('writes a whole document with the keyboard alone', async () => {
      const page = await open();
      await regainFocus();
      page.frame.focus();
      await tabTo(page, () => page.doc.getElementById('start-empty'));
      await sendKeys({press: 'Enter'});
      await tabTo(page, () => page.doc.getElementById('f-name--fi'));
      await typeKeys('Nappi');
      await tabTo(page, () => page.doc.getElementById('f-contact-phones-add'));
      await sendKeys({press: 'Enter'});
      expect(page.doc.activeElement?.id, 'focus in the new phone').to.equal('f-contact-phones-0-number');
      await typeKeys('0401234567');
      for (const url of ['https://a.example.fi', 'https://b.example.fi']) {
        await tabTo(page, () => page.doc.getElementById('f-links-add'));
        await sendKeys({press: 'Enter'});
        const index = page.doc.querySelectorAll('#f-links > ol > li').length - 1;
        await tabTo(page, () => page.doc.getElementById(`f-links-${index}-url`));
        await typeKeys(url);
      }
      await tabTo(page, () => page.doc.getElementById('f-links-1-up'));
      await sendKeys({press: 'Enter'});
      expect(page.doc.activeElement?.id, 'focus follows the moved link').to.equal('f-links-0-down');
      await tabTo(page, () => page.doc.getElementById('f-links-1-remove'));
      await sendKeys({press: 'Enter'});
      // Last: after typing in the search, Firefox's WebDriver BiDi no longer delivers Enter to buttons (a real keyboard does).
      await tabTo(page, () => page.doc.getElementById('municipality-search'));
      // Enter in the search takes the best match, and leaves focus there for the next.
      // Without its accents, as a keyboard without them types it.
      for (const name of ['Jyvas', 'Joutsa']) {
        await typeKeys(name);
        await until(() => page.doc.querySelector('.matches button'), 'a match');
        await sendKeys({press: 'Enter'});
        expect(page.doc.activeElement?.id, 'back in the search').to.equal('municipality-search');
      }
      expect(documentOf(page)).to.deep.equal({
        version: 2,
        lang: 'fi',
        name: 'Nappi',
        municipalities: ['179', '172'],
        contact: {phones: [{number: '0401234567'}]},
        links: [{url: 'https://b.example.fi'}],
      });
    });

    /** The editor's states, each set up from a fresh page. */
    const states: Record<string, (page: Page) => Promise<void>> = {
      'the start': () => Promise.resolve(),
      'the seed, one language at a time': async (page) => {
        click(page, '#start-seed');
        await until(() => previewHeading(page, 'koske-org-card'), 'the preview');
      },
      'the seed, every language side by side, with a search': async (page) => {
        click(page, '#start-seed');
        await until(() => page.doc.getElementById('form'), 'the form');
        choose(get<HTMLInputElement>(page, 'input[name="layout"][value="side"]'));
        type(get<HTMLInputElement>(page, '#municipality-search'), 'ka');
        await until(() => previewHeading(page, 'koske-org-card'), 'the preview');
      },
      'errors at the fields and in the summary': async (page) => {
        click(page, '#start-empty');
        await until(() => page.doc.getElementById('form'), 'the form');
        click(page, '#f-contact-phones-add');
        type(get<HTMLInputElement>(page, '#f-contact-phones-0-number'), '12');
        click(page, '#check');
        await until(() => page.doc.getElementById('error-summary'), 'the summary');
      },
      'a PTV import with its notes': async (page) => {
        await chooseFile(page, '#open-ptv', 'organization-koske.json', await fetchText('/test/node/fixtures/ptv/organization-koske.json'));
        await until(() => previewHeading(page, 'koske-org-card'), 'the preview');
      },
    };
    for (const [name, setUp] of Object.entries(states)) {
      for (const ui of ['fi', 'sv', 'en'] as const) {
        it(`passes axe in ${name} (${ui})`, async () => {
          const page = await open(`?lang=${ui}`);
          await setUp(page);
          expect(await axe(page)).to.deep.equal([]);
          // Every control is labelled, in the interface's language.
          const unlabelled = [...page.doc.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter(
            (control) => ![...(control.labels ?? [])].some((label) => textOf(label)),
          );
          expect(unlabelled.map((control) => control.id || control.name)).to.deep.equal([]);
          expect(page.doc.documentElement.lang).to.equal(ui);
        });
      }
    }

    for (const [width, text] of [
      [320, '100%'],
      [640, '200%'],
    ] as const) {
      it(`needs no sideways scrolling at ${width} px with text at ${text}`, async () => {
        const page = await open('', width);
        page.doc.documentElement.style.fontSize = text;
        click(page, '#start-seed');
        await until(() => previewHeading(page, 'koske-org-card'), 'the preview');
        choose(get<HTMLInputElement>(page, 'input[name="layout"][value="side"]'));
        click(page, '#check');
        await settled();
        expect(page.doc.documentElement.scrollWidth, 'page width').to.be.at.most(page.doc.documentElement.clientWidth);
      });
    }
  });
});
