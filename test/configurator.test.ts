/**
 * The configurator (demo/configurator.html), used as a webmaster uses it: the
 * page in a same-origin iframe, options chosen through its controls, and what
 * shows up checked — the snippet, the preview's real elements, the messages —
 * in Finnish, Swedish and English. axe runs inside the page (axe-core loaded
 * into the iframe), over the whole document.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {registryReady} from '../src/data/registry.js';
import {validate, type ToolLanguage} from '../src/data/validate.js';
import type {Schema} from '@cfworker/json-schema';
import {axe, get, openPage, textOf, type Page} from './demo-pages.js';
import {regainFocus, until} from './helpers.js';

/** dist/integrity.json: the built files' Subresource Integrity hashes. */
interface Integrity {
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}

const seedUrl = '/demo/documents/yhdessa-ei-olla-yksin.json';
const seedName = 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke';

/** The configurator in a fresh iframe, once it has made its first snippet. */
async function open(query = '', width = 1100): Promise<Page> {
  const page = await openPage(`/demo/configurator.html${query}`, width);
  try {
    await until(() => snippetOf(page).includes('integrity='), 'the first snippet');
  } catch (error) {
    // Say what the page shows: a missing dist/ (run the build) reads differently from a script that did not run.
    const scripted = page.doc.title !== 'Tee oma upotuskoodi – koske-widgets' || textOf(get(page, '#json-status')) !== '';
    throw new Error(`${(error as Error).message}; the page ${scripted ? `says "${textOf(get(page, '#snippet-reason'))}"` : 'ran no script'}`);
  }
  return page;
}

const snippetOf = (page: Page) => get<HTMLTextAreaElement>(page, '#snippet').value;

/** Clicks a radio button or checkbox, as a user does. */
function click(page: Page, selector: string): void {
  get<HTMLInputElement>(page, selector).click();
}

/** Types into a text field (or sets a colour or select) and fires the event the browser would. */
function type(page: Page, selector: string, value: string, event = 'input'): void {
  const field = get<HTMLInputElement>(page, selector);
  field.value = value;
  field.dispatchEvent(new Event(event, {bubbles: true}));
}

/** The snippet's markup as inert nodes (a template runs no scripts). */
function parseSnippet(text: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = text;
  return template.content;
}

/** Attributes of an element as an object. */
const attributes = (element: Element | null) => Object.fromEntries([...(element?.attributes ?? [])].map(({name, value}) => [name, value]));

/** The heading the first `selector` in `doc` shows, once it has rendered. */
const headingIn = (doc: Document | null, selector: string) => doc?.querySelector(selector)?.shadowRoot?.querySelector('[part="heading"]');

/** The heading a preview element shows, once it has rendered. */
const previewHeading = (page: Page, tag: string) => headingIn(page.doc, `#preview ${tag}`);

/** Pastes JSON into the data field (choosing the JSON source first) and waits for it to be checked. */
async function pasteJson(page: Page, json: string): Promise<void> {
  click(page, 'input[name="source"][value="json"]');
  type(page, '#source-json', json);
  // The check waits for a pause in typing; the status says it has run.
  const before = textOf(get(page, '#json-status'));
  await until(() => textOf(get(page, '#json-status')) !== before || get(page, '#json-errors').children.length > 0, 'the check of the pasted JSON');
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** What validate() says about `document` in `language`, as the configurator lists it: `path: message`. */
async function problems(document: unknown, language: ToolLanguage): Promise<string[]> {
  const schema = (await (await fetch('/dist/koske-widgets.schema.json')).json()) as Schema;
  // As the configurator does, so that codes given alone are checked.
  await registryReady();
  return validate(document, schema, language).map(({path, message}) => `${path}: ${message}`);
}

async function seed(): Promise<Record<string, unknown> & {municipalities: {code: string}[]; contact: Record<string, unknown>}> {
  return (await (await fetch(seedUrl)).json()) as Record<string, unknown> & {municipalities: {code: string}[]; contact: Record<string, unknown>};
}

/** Waits until every preview element shows its content. */
async function previewSettled(page: Page): Promise<void> {
  await until(
    () => [...page.doc.querySelectorAll('#preview > *')].every((element) => element.shadowRoot?.querySelector('[part="base"]') && !element.hasAttribute('aria-busy')),
    'the preview to render',
  );
}

describe('the configurator', function () {
  this.timeout(20_000);
  before(async () => {
    // Every test needs the build: without it each would wait for a snippet that never comes.
    const response = await fetch('/dist/integrity.json');
    const hash = response.ok ? ((await response.json()) as Integrity).files['koske-widgets.iife.js'] : undefined;
    if (!hash) throw new Error('dist/integrity.json has no hash for koske-widgets.iife.js: build first (npm run build)');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  describe('the snippet', () => {
    it("loads the version-pinned classic script with dist/integrity.json's hash and crossorigin=anonymous", async () => {
      const built = (await (await fetch('/dist/integrity.json')).json()) as Integrity;
      const {version} = (await (await fetch('/package.json')).json()) as {version: string};
      expect(built.version).to.equal(version);
      const page = await open();
      const fragment = parseSnippet(snippetOf(page));
      const scripts = fragment.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(attributes(scripts[0])).to.deep.equal({
        src: `https://cdn.jsdelivr.net/npm/koske-widgets@${version}/dist/koske-widgets.iife.js`,
        integrity: built.files['koske-widgets.iife.js'],
        crossorigin: 'anonymous',
      });
      expect(built.files['koske-widgets.iife.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
      // All three elements by default, each naming the example's address.
      const exampleUrl = new URL(seedUrl, location.href).href;
      expect([...fragment.children].map((element) => element.localName)).to.deep.equal(['script', 'koske-org-card', 'koske-municipality-list', 'koske-contact-block']);
      for (const element of [...fragment.children].slice(1)) expect(attributes(element)).to.deep.equal({src: exampleUrl});
      expect(textOf(get(page, '#snippet-hint'))).to.contain(`Versio ${version}.`);
    });

    it('uses the base URL the webmaster hosts the files at, adding the final slash', async () => {
      const page = await open();
      type(page, '#base-url', 'https://www.example.fi/static/koske');
      expect(parseSnippet(snippetOf(page)).querySelector('script')!.getAttribute('src')).to.equal('https://www.example.fi/static/koske/koske-widgets.iife.js');
      type(page, '#base-url', '');
      expect(parseSnippet(snippetOf(page)).querySelector('script')!.getAttribute('src')).to.match(
        /^https:\/\/cdn\.jsdelivr\.net\/npm\/koske-widgets@[^/]+\/dist\/koske-widgets\.iife\.js$/,
      );
    });

    it('works when pasted into a page: self-hosted from this server, the integrity check passes and the card renders', async () => {
      const page = await open();
      type(page, '#base-url', `${location.origin}/dist/`);
      click(page, 'input[name="element"][value="koske-contact-block"]');
      const code = snippetOf(page);
      expect(code).to.contain(`src="${location.origin}/dist/koske-widgets.iife.js"`);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="fi"><head><title>Host</title></head><body>${code}</body></html>`;
      document.body.append(frame);
      // Each element's renderer is a part of its own: wait for each.
      expect(await until(() => textOf(headingIn(frame.contentDocument, 'koske-org-card')), 'the pasted card')).to.equal(seedName);
      expect(await until(() => textOf(headingIn(frame.contentDocument, 'koske-municipality-list')), 'the pasted list')).to.equal('Toiminta-alue');
    });

    it('follows every option: elements, src, lang, heading-level, variant, structured-data, and the preview with it', async () => {
      const page = await open();
      click(page, 'input[name="element"][value="koske-contact-block"]');
      type(page, '#source-url', seedUrl);
      click(page, 'input[name="lang"][value="sv"]');
      type(page, '#heading-level', '4', 'change');
      click(page, 'input[name="variant"][value="compact"]');
      click(page, '#structured-data');

      const fragment = parseSnippet(snippetOf(page));
      expect([...fragment.children].map((element) => element.localName)).to.deep.equal(['script', 'koske-org-card', 'koske-municipality-list']);
      const expected = {src: seedUrl, lang: 'sv', 'heading-level': '4', variant: 'compact'};
      // The card alone has structured data.
      expect(attributes(fragment.querySelector('koske-org-card'))).to.deep.equal({...expected, 'structured-data': ''});
      expect(attributes(fragment.querySelector('koske-municipality-list'))).to.deep.equal(expected);
      expect(get(page, '#preview koske-org-card').hasAttribute('structured-data')).to.equal(true);

      expect([...page.doc.querySelectorAll('#preview > *')].map((element) => element.localName)).to.deep.equal(['koske-org-card', 'koske-municipality-list']);
      for (const tag of ['koske-org-card', 'koske-municipality-list']) {
        const element = get(page, `#preview ${tag}`);
        expect([element.getAttribute('src'), element.getAttribute('lang'), element.getAttribute('heading-level'), element.getAttribute('variant')], tag).to.deep.equal([
          seedUrl,
          'sv',
          '4',
          'compact',
        ]);
      }
      await until(() => textOf(previewHeading(page, 'koske-municipality-list')) === 'Verksamhetsområde', 'the Swedish list');
      expect(previewHeading(page, 'koske-municipality-list')!.localName).to.equal('h4');
      expect(textOf(previewHeading(page, 'koske-org-card'))).to.equal('Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland');

      // Back to the defaults: the defaults are left out of the snippet.
      click(page, 'input[name="lang"][value=""]');
      type(page, '#heading-level', '2', 'change');
      click(page, 'input[name="variant"][value="full"]');
      click(page, '#structured-data');
      expect(attributes(parseSnippet(snippetOf(page)).querySelector('koske-org-card'))).to.deep.equal({src: seedUrl});
      expect(get(page, '#preview koske-org-card').hasAttribute('structured-data')).to.equal(false);
      expect(get(page, '#preview koske-org-card').hasAttribute('lang')).to.equal(false);
      await until(() => textOf(previewHeading(page, 'koske-municipality-list')) === 'Toiminta-alue', 'the list in the page language again');
    });

    it('writes open-now on the contact block alone, and the preview follows', async () => {
      const page = await open();
      click(page, '#open-now');
      const fragment = parseSnippet(snippetOf(page));
      expect(fragment.querySelector('koske-contact-block')!.hasAttribute('open-now')).to.equal(true);
      expect(fragment.querySelector('koske-org-card')!.hasAttribute('open-now')).to.equal(false);
      expect(get(page, '#preview koske-contact-block').hasAttribute('open-now')).to.equal(true);
      click(page, '#open-now');
      expect(parseSnippet(snippetOf(page)).querySelector('koske-contact-block')!.hasAttribute('open-now')).to.equal(false);
    });

    it('writes map on the list alone, and the preview draws it', async () => {
      const page = await open();
      click(page, '#map');
      const fragment = parseSnippet(snippetOf(page));
      expect(fragment.querySelector('koske-municipality-list')!.hasAttribute('map')).to.equal(true);
      expect(fragment.querySelector('koske-org-card')!.hasAttribute('map')).to.equal(false);
      const preview = get(page, '#preview koske-municipality-list');
      await until(() => preview.shadowRoot?.querySelector('svg path.in'), 'the map in the preview');
      click(page, '#map');
      expect(parseSnippet(snippetOf(page)).querySelector('koske-municipality-list')!.hasAttribute('map')).to.equal(false);
    });

    it('writes the chosen colours as custom properties, and the preview uses them', async () => {
      const page = await open();
      click(page, '#own-colours');
      expect(get(page, '#colour-fields').hidden).to.equal(false);
      type(page, '#colour-text', '#123456');
      type(page, '#colour-background', '#fafafa');
      click(page, '#own-accent');
      type(page, '#colour-accent', '#aa0000');
      const style = '--koske-text: #123456; --koske-background: #fafafa; --koske-accent: #aa0000';
      for (const element of [...parseSnippet(snippetOf(page)).children].slice(1)) expect(element.getAttribute('style'), element.localName).to.equal(style);
      const card = get(page, '#preview koske-org-card');
      expect(['text', 'background', 'accent'].map((name) => card.style.getPropertyValue(`--koske-${name}`))).to.deep.equal(['#123456', '#fafafa', '#aa0000']);
      await previewSettled(page);
      const base = card.shadowRoot!.querySelector('[part="base"]')!;
      expect(page.win.getComputedStyle(base).color).to.equal('rgb(18, 52, 86)');
      // Unticked: back to the defaults, in the snippet and the preview.
      click(page, '#own-colours');
      click(page, '#own-accent');
      expect(parseSnippet(snippetOf(page)).querySelector('koske-org-card')!.hasAttribute('style')).to.equal(false);
      expect(card.style.getPropertyValue('--koske-text')).to.equal('');
    });
  });

  describe('the contrast warning', () => {
    for (const [lang, low, good] of [
      ['fi', 'Varoitus: tekstin ja taustan kontrasti on vain 4,48:1.', 'Tekstin ja taustan kontrasti 15,8:1 riittää'],
      ['en', 'Warning: the contrast of text and background is only 4.48:1.', 'The contrast of text and background, 15.8:1, is enough'],
    ] as const) {
      it(`warns in ${lang} about #777777 on #ffffff (4.48:1), politely live, and stops for a good pair`, async () => {
        const page = await open(`?lang=${lang}`);
        const status = get(page, '#contrast-status');
        expect(status.getAttribute('role')).to.equal('status');
        expect(textOf(status), 'nothing with the default colours').to.equal('');
        click(page, '#own-colours');
        type(page, '#colour-text', '#777777');
        type(page, '#colour-background', '#ffffff');
        expect(textOf(status)).to.contain(low);
        expect(status.className).to.equal('warning');
        type(page, '#colour-text', '#1f2328');
        expect(textOf(status)).to.contain(good);
        expect(textOf(status)).not.to.contain(lang === 'fi' ? 'Varoitus' : 'Warning');
        expect(status.className).to.equal('ok');
        // Just over the limit passes: #767676 on white is 4.54:1.
        type(page, '#colour-text', '#767676');
        expect(status.className).to.equal('ok');
        expect(textOf(status)).to.contain(lang === 'fi' ? '4,54:1' : '4.54:1');
      });
    }
  });

  describe('pasted JSON', () => {
    for (const [lang, email, reason] of [
      ['fi', 'contact.email: ei ole sähköpostiosoite', 'Koodia ei tehty, koska JSON-tiedoissa on virheitä (katso Tietolähde).'],
      ['en', 'contact.email: is not an e-mail address', 'No code, because the JSON data has problems (see Data source).'],
    ] as const) {
      it(`shows every schema problem in ${lang}, naming the field, tied to the field, and makes no snippet`, async () => {
        const page = await open(`?lang=${lang}`);
        const document = await seed();
        document.municipalities[0].code = 'abc';
        document.contact.email = 'not-an-address';
        await pasteJson(page, JSON.stringify(document, null, 2));
        const items = [...get(page, '#json-errors').children].map(textOf);
        // Exactly what validate() says in this language, path first.
        expect(items).to.deep.equal(await problems(document, lang));
        expect(items).to.have.length(2);
        expect(items[0]).to.match(/^municipalities\[0\]\.code: \S/);
        expect(items).to.include(email);
        expect(textOf(get(page, '#json-status'))).to.equal(lang === 'fi' ? 'Tiedoissa on 2 virhettä:' : 'The data has 2 problems:');
        const field = get<HTMLTextAreaElement>(page, '#source-json');
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(field.getAttribute('aria-describedby')!.split(' ')).to.include.members(['json-status', 'json-errors']);
        expect(snippetOf(page)).to.equal('');
        expect(get<HTMLButtonElement>(page, '#copy').disabled).to.equal(true);
        expect(textOf(get(page, '#snippet-reason'))).to.equal(reason);
      });
    }

    it('says the same problem differently in fi and en', async () => {
      const document = {version: 1, name: 'x', municipalities: [{code: '12', name: 'y'}]};
      const [fi, en] = [await problems(document, 'fi'), await problems(document, 'en')];
      expect(fi).to.have.length(1);
      expect(fi[0]).to.match(/^municipalities\[0\]\.code: /);
      expect(en[0]).to.match(/^municipalities\[0\]\.code: /);
      expect(fi[0]).not.to.equal(en[0]);
    });

    it('says the problems again in the new language when the interface language changes', async () => {
      const page = await open();
      const document = await seed();
      document.municipalities[0].code = '12';
      document.contact.email = 'nope';
      await pasteJson(page, JSON.stringify(document));
      expect([...get(page, '#json-errors').children].map(textOf)).to.deep.equal(await problems(document, 'fi'));
      click(page, 'input[name="ui-lang"][value="sv"]');
      const swedish = [...get(page, '#json-errors').children].map(textOf);
      expect(swedish).to.deep.equal(await problems(document, 'sv'));
      expect(swedish).to.include('contact.email: är ingen e-postadress');
      expect(textOf(get(page, '#snippet-reason'))).to.equal('Ingen kod, eftersom JSON-data har fel (se Datakälla).');
    });

    it('shows where the text stops being JSON, with line and column', async () => {
      const page = await open();
      await pasteJson(page, '{\n  "version": 1,\n  name: "x"\n}');
      const status = textOf(get(page, '#json-status'));
      expect(status).to.match(/^Teksti ei ole kelvollista JSONia \(rivi 3, sarake 3\)\. Selaimen ilmoitus: ./);
      expect(get(page, '#source-json').getAttribute('aria-invalid')).to.equal('true');
      expect(snippetOf(page)).to.equal('');
      expect(textOf(get(page, '#snippet-reason'))).to.equal('Koodia ei tehty, koska JSON-tiedoissa on virheitä (katso Tietolähde).');
    });

    it('shows valid data in the preview and writes it into every element of the snippet', async () => {
      const page = await open();
      const document = {version: 1, name: 'Testiyhdistys ry', municipalities: [{code: '179', name: 'Jyväskylä'}], contact: {email: 'info@testi.example'}};
      await pasteJson(page, JSON.stringify(document));
      expect(textOf(get(page, '#json-status'))).to.equal('Tiedot ovat kunnossa.');
      expect(get(page, '#source-json').hasAttribute('aria-invalid')).to.equal(false);
      expect(await until(() => textOf(previewHeading(page, 'koske-org-card')), 'the pasted name')).to.equal('Testiyhdistys ry');
      expect(get(page, '#preview koske-org-card').hasAttribute('src')).to.equal(false);
      const fragment = parseSnippet(snippetOf(page));
      for (const tag of ['koske-org-card', 'koske-municipality-list', 'koske-contact-block']) {
        const element = fragment.querySelector(tag)!;
        expect(element.hasAttribute('src'), tag).to.equal(false);
        expect(JSON.parse(element.querySelector('script[type="application/json"]')!.textContent), tag).to.deep.equal(document);
      }
      expect(get<HTMLButtonElement>(page, '#copy').disabled).to.equal(false);
    });

    it("never runs or renders pasted markup: it stays text in the preview and cannot end the snippet's script", async () => {
      const page = await open();
      const name = '</script><img src="x" onerror="parent.pwned = true"><b>bold</b>';
      await pasteJson(page, JSON.stringify({version: 1, name}));
      expect(await until(() => textOf(previewHeading(page, 'koske-org-card')), 'the pasted name')).to.equal(name);
      const card = get(page, '#preview koske-org-card');
      expect(card.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect(page.doc.querySelectorAll('img, b')).to.have.length(0);
      const fragment = parseSnippet(snippetOf(page));
      expect(fragment.querySelectorAll('img, b')).to.have.length(0);
      expect((JSON.parse(fragment.querySelector('koske-org-card script')!.textContent) as {name: unknown}).name).to.equal(name);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as {pwned?: boolean}).pwned).to.equal(undefined);
    });

    it('reads an uploaded file into the same field', async () => {
      const page = await open();
      const document = {version: 1, name: {fi: 'Ladattu yhdistys', sv: 'Uppladdad förening'}};
      const input = get<HTMLInputElement>(page, '#source-file');
      expect(input.accept).to.equal('application/json,.json');
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(document)], 'yhdistys.json', {type: 'application/json'}));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', {bubbles: true}));
      await until(() => get<HTMLTextAreaElement>(page, '#source-json').value === JSON.stringify(document), 'the file in the field');
      expect(get<HTMLInputElement>(page, 'input[name="source"][value="json"]').checked).to.equal(true);
      expect(await until(() => textOf(previewHeading(page, 'koske-org-card')), 'the uploaded name')).to.equal('Ladattu yhdistys');
    });

    it('fills in the example data on request', async () => {
      const page = await open();
      click(page, 'input[name="source"][value="json"]');
      get<HTMLButtonElement>(page, '#use-example').click();
      await until(() => get<HTMLTextAreaElement>(page, '#source-json').value.includes('"version"'), 'the example in the field');
      expect(JSON.parse(get<HTMLTextAreaElement>(page, '#source-json').value)).to.deep.equal(await seed());
      await until(() => textOf(get(page, '#json-status')) === 'Tiedot ovat kunnossa.', 'the example checked');
      // The preview renders after the check, once its element has the data.
      await until(
        () => textOf(previewHeading(page, 'koske-org-card')) === seedName,
        () => `the example in the preview, not "${textOf(previewHeading(page, 'koske-org-card'))}"`,
      );
    });
  });

  describe('copying', () => {
    it('puts the snippet on the clipboard and says "Kopioitu", visibly and in a live region', async () => {
      const page = await open();
      const written: string[] = [];
      Object.defineProperty(page.win.navigator, 'clipboard', {configurable: true, value: {writeText: (text: string) => (written.push(text), Promise.resolve())}});
      const status = get(page, '#copy-status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(status)).to.equal('');
      get<HTMLButtonElement>(page, '#copy').click();
      await until(() => textOf(status) === 'Kopioitu', '"Kopioitu"');
      expect(written).to.deep.equal([snippetOf(page)]);
      expect(status.getClientRects().length, 'visible').to.be.greaterThan(0);
      // A new snippet is not the copied one any more.
      click(page, 'input[name="variant"][value="compact"]');
      expect(textOf(status)).to.equal('');
    });

    it('falls back to selecting the code and execCommand("copy") when the clipboard is refused, and says "Copied"', async () => {
      const page = await open('?lang=en');
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: {writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))},
      });
      const field = get<HTMLTextAreaElement>(page, '#snippet');
      const copied: string[] = [];
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- execCommand('copy') is the configurator's way where the Clipboard API fails; the test stands in for it.
      page.doc.execCommand = (command: string) => {
        copied.push(`${command}:${field.value.slice(field.selectionStart, field.selectionEnd)}`);
        return true;
      };
      get<HTMLButtonElement>(page, '#copy').focus();
      get<HTMLButtonElement>(page, '#copy').click();
      await until(() => textOf(get(page, '#copy-status')) === 'Copied', '"Copied"');
      expect(copied).to.deep.equal([`copy:${field.value}`]);
      expect(page.doc.activeElement?.id, 'focus back on the button').to.equal('copy');
    });

    it('leaves the code selected and says how to copy it when neither way works', async () => {
      const page = await open('?lang=sv');
      Object.defineProperty(page.win.navigator, 'clipboard', {configurable: true, value: undefined});
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above: the fallback fails too.
      page.doc.execCommand = () => false;
      get<HTMLButtonElement>(page, '#copy').click();
      await until(() => textOf(get(page, '#copy-status')).startsWith('Kopieringen misslyckades.'), 'the failure message');
      const field = get<HTMLTextAreaElement>(page, '#snippet');
      expect([page.doc.activeElement?.id, field.selectionStart, field.selectionEnd]).to.deep.equal(['snippet', 0, field.value.length]);
    });
  });

  describe('its own language', () => {
    it('starts in Finnish and switches labels, title and <html lang> to Swedish and English', async () => {
      const page = await open();
      const labels = () => [
        page.doc.documentElement.lang,
        page.doc.title,
        textOf(get(page, 'label[for="heading-level"]')),
        textOf(get(page, '#copy')),
        textOf(get(page, '#options fieldset legend')),
      ];
      expect(labels()).to.deep.equal(['fi', 'Tee oma upotuskoodi – koske-widgets', 'Otsikon taso', 'Kopioi koodi', 'Näytettävät osat']);
      click(page, 'input[name="ui-lang"][value="sv"]');
      expect(labels()).to.deep.equal(['sv', 'Gör din egen inbäddningskod – koske-widgets', 'Rubriknivå', 'Kopiera koden', 'Delar som visas']);
      expect(new URL(page.win.location.href).searchParams.get('lang')).to.equal('sv');
      click(page, 'input[name="ui-lang"][value="en"]');
      expect(labels()).to.deep.equal(['en', 'Make your own embed code – koske-widgets', 'Heading level', 'Copy the code', 'What to show']);
      // "Follow the page" previews in the page's language.
      await until(() => textOf(previewHeading(page, 'koske-municipality-list')) === 'Area of operation', 'the list in English');
    });

    it('links back to the demo, and the demo links to it', async () => {
      const page = await open();
      expect(new URL(get<HTMLAnchorElement>(page, 'header a').href).pathname).to.equal('/demo/');
      const demo = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
      const link = demo.querySelector<HTMLAnchorElement>('a[href="configurator.html"]');
      expect(textOf(link)).to.contain('configurator');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['fi', 'sv', 'en']) {
      it(`passes axe on the whole page in ${lang}`, async () => {
        const page = await open(`?lang=${lang}`);
        await previewSettled(page);
        expect(page.doc.documentElement.lang).to.equal(lang);
        expect(await axe(page)).to.deep.equal([]);
      });
    }

    it('passes axe with errors, a contrast warning and the copy message showing (the preview, in the chosen low contrast, left out)', async () => {
      const page = await open('?lang=en');
      click(page, '#own-colours');
      type(page, '#colour-text', '#777777');
      Object.defineProperty(page.win.navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.resolve()}});
      get<HTMLButtonElement>(page, '#copy').click();
      await until(() => textOf(get(page, '#copy-status')) === 'Copied', '"Copied"');
      const document = {version: 1, name: '', municipalities: [{code: 'x'}]};
      await pasteJson(page, JSON.stringify(document));
      const expected = await problems(document, 'en');
      expect(expected.some((problem) => problem.startsWith('municipalities[0]'))).to.equal(true);
      expect([...get(page, '#json-errors').children].map(textOf)).to.deep.equal(expected);
      expect(await axe(page, ['#preview'])).to.deep.equal([]);
    });

    it('fits 320 px without sideways scrolling, errors showing', async () => {
      const page = await open('', 320);
      await pasteJson(page, JSON.stringify({version: 1, municipalities: [{code: 'abc', name: 'Jyväskylä', website: 'not a url'}]}));
      expect(get(page, '#json-errors').children.length).to.equal(3);
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps every control in the Tab order in reading order, and shows where focus is', async () => {
      const page = await open();
      const controls = [...page.doc.querySelectorAll<HTMLElement>('a[href], input, select, textarea, button')];
      expect(controls.length).to.be.greaterThan(25);
      // Native controls only: none taken out of the Tab order or put ahead of it, none a custom widget.
      expect(controls.filter((control) => control.tabIndex !== 0).map((control) => control.id || control.outerHTML)).to.deep.equal([]);
      expect(page.doc.querySelectorAll('[tabindex], [role="button"], [contenteditable]')).to.have.length(0);
      const field = get<HTMLInputElement>(page, '#source-url');
      await regainFocus();
      // As the keyboard gives it: where an earlier test's page or pointer left the engine showing no
      // ring for a script's focus, Tab to the field, as a keyboard user does.
      field.focus({focusVisible: true} as FocusOptions);
      if (!field.matches(':focus-visible')) {
        page.frame.focus();
        for (let i = 0; i < 40 && !field.matches(':focus-visible'); i++) await sendKeys({press: 'Tab'});
      }
      const style = page.win.getComputedStyle(field);
      expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
    });
  });
});
