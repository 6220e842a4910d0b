/**
 * The built files, embedded as a webmaster would: each in a fresh page (an
 * iframe), with a plain script tag. `npm test` builds dist/ before it runs.
 */
import {expect, fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/index.js';
import {seedUrl, seedWithSocialLinks, settle, shadow, tags, until} from './helpers.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {version} from '../src/version.js';

/** A fresh same-origin page with `head` markup and `body` markup; resolves once it has loaded. */
async function page(head: string, body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="fi"><head>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

/** Elements, attributes and text of a subtree, without whitespace-only text or Lit's marker comments. */
function structure(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim();
  // Not instanceof: the built elements live in an iframe, another realm.
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes].map(({name, value}) => ` ${name}="${value}"`).join('');
  return `<${element.localName}${attributes}>${[...element.childNodes].map(structure).join('')}</${element.localName}>`;
}

/** The names of the classic script's parts a page has loaded (dist/classic/NAME.js), sorted. */
const partsLoaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .flatMap((entry) => /\/classic\/([\w-]+)\.js$/.exec(new URL(entry.name).pathname)?.[1] ?? [])
    .sort();

const headingOf = (win: Window, tag: string) => win.document.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim();

describe('the built files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the classic script renders every language from inside itself', async () => {
    const win = await page('<script src="/dist/koske-widgets.iife.js"></script>', `<koske-municipality-list lang="de" src="${seedUrl}"></koske-municipality-list>`);
    expect(await until(() => headingOf(win, 'koske-municipality-list'), 'the German list')).to.equal('Tätigkeitsgebiet');
  });

  it('the module loads a language chunk when an element needs it', async () => {
    const win = await page('<script type="module" src="/dist/koske-widgets.js"></script>', `<koske-municipality-list lang="sv" src="${seedUrl}"></koske-municipality-list>`);
    expect(await until(() => headingOf(win, 'koske-municipality-list'), 'the Swedish list')).to.equal('Verksamhetsområde');
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/chunks/'));
    expect(
      chunks.some((name) => /\/sv-[^/]+\.js$/.test(name)),
      chunks.join(),
    ).to.be.true;
    expect(
      chunks.some((name) => /\/(en|de)-[^/]+\.js$/.test(name)),
      'loads no other language',
    ).to.be.false;
  });

  it('both files, each included twice, throw nothing and still render', async () => {
    const win = await page(
      `<script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>
       <script src="/dist/koske-widgets.iife.js"></script>
       <script src="/dist/koske-widgets.iife.js"></script>
       <script type="module" src="/dist/koske-widgets.js"></script>
       <script type="module" src="/dist/koske-widgets.js?twice"></script>`,
      `<koske-org-card src="${seedUrl}"></koske-org-card>`,
    );
    const heading = await until(() => headingOf(win, 'koske-org-card'), 'the card');
    expect(heading).to.equal('Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke');
    expect((win as unknown as {errors: string[]}).errors).to.deep.equal([]);
  });

  it('a per-element file defines only its element', async () => {
    const win = await page(
      '<script type="module" src="/dist/koske-contact-block.js"></script>',
      `<koske-contact-block lang="en" src="${seedUrl}"></koske-contact-block><koske-org-card src="${seedUrl}"></koske-org-card>`,
    );
    const phone = await until(() => win.document.querySelector('koske-contact-block')?.shadowRoot?.querySelector('a[href^="tel:"]')?.textContent, 'the phone link');
    expect(phone).to.equal('+358 40 653 7220');
    expect(win.customElements.get('koske-org-card'), 'the card is not defined').to.equal(undefined);
  });

  // koske-widgets.js loads each element's renderer on first use; a per-element file has its own inside.
  for (const [script, expected] of [
    ['koske-widgets.js', ['contact-block']],
    ['koske-contact-block.js', []],
  ] as const) {
    it(`${script} on a page with only the contact block loads ${expected.length ? "the contact block's renderer chunk, and no other" : 'no renderer chunk'}`, async () => {
      const win = await page(`<script type="module" src="/dist/${script}"></script>`, `<koske-contact-block src="${seedUrl}"></koske-contact-block>`);
      await until(() => win.document.querySelector('koske-contact-block')?.shadowRoot?.querySelector('a[href^="tel:"]'), 'the phone link');
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'));
      const renderers = scripts.flatMap((path) => /\/chunks\/([a-z-]+)\.render-/.exec(path)?.[1] ?? []);
      expect(renderers).to.deep.equal(expected);
    });
  }

  it('the classic script loads the registry of municipalities from dist/classic/, for names given by code', async () => {
    const win = await page(
      '<script src="/dist/koske-widgets.iife.js"></script>',
      `<koske-municipality-list lang="sv" data='{"name": "Koodeilla", "region": "13", "municipalities": ["091", "179"]}'></koske-municipality-list>`,
    );
    const names = await until(() => {
      const items = win.document.querySelector('koske-municipality-list')?.shadowRoot?.querySelectorAll('[part="list"] li');
      return items?.length ? [...items].map((item) => item.textContent.trim()) : undefined;
    }, 'the list from codes');
    expect(names).to.deep.equal(['Helsingfors', 'Jyväskylä']);
    expect(partsLoaded(win)).to.deep.equal(['municipality-list', 'parser', 'registry']);
  });

  it("the classic script loads the renderer of each element on the page and the parser from dist/classic/, and no other part, under its version's global", async () => {
    const win = await page('<script src="/dist/koske-widgets.iife.js"></script>', `<koske-contact-block src="${seedUrl}"></koske-contact-block>`);
    await until(() => win.document.querySelector('koske-contact-block')?.shadowRoot?.querySelector('a[href^="tel:"]'), 'the phone link');
    expect(partsLoaded(win)).to.deep.equal(['contact-block', 'parser']);
    // Named for the version, so another version's classic script on the page keeps its own parts.
    const globals = Object.keys(win).filter((name) => name.startsWith('KoskeWidgetsParts'));
    expect(globals).to.deep.equal([`KoskeWidgetsParts_${version.replace(/\W/g, '_')}`]);
    expect(Object.keys((win as unknown as Record<string, object>)[globals[0]]).sort()).to.deep.equal(['contactBlock', 'core', 'load', 'parser']);
  });

  it("the classic script draws the list's map with the map's part and the one region's it shows, checked against the hash the map's part carries", async () => {
    const win = await page('<script src="/dist/koske-widgets.iife.js"></script>', `<koske-municipality-list map src="${seedUrl}"></koske-municipality-list>`);
    const filled = await until(() => win.document.querySelector('koske-municipality-list')?.shadowRoot?.querySelectorAll('svg path.in').length, 'the map');
    expect(filled).to.equal(14);
    expect(partsLoaded(win)).to.deep.equal(['map', 'map-region-13', 'municipality-list', 'parser']);
  });

  it("the classic script refuses a region's shapes whose bytes are not the ones the map's part was built with", async () => {
    const win = await page(
      `<script>window.warnings = []; console.warn = (...words) => warnings.push(words.join(' '));</script>
       <script src="/fixtures/tampered/map-region-13/dist/koske-widgets.iife.js"></script>`,
      `<koske-municipality-list lang="en" map src="${seedUrl}"></koske-municipality-list>`,
    );
    const alert = await until(() => win.document.querySelector('koske-municipality-list')?.shadowRoot?.querySelector('[part="error"] [role="alert"]'), 'the error');
    expect(alert.textContent.trim()).to.equal('The information could not be loaded just now. Please try again later.');
    expect((win as unknown as {tampered?: boolean}).tampered).to.equal(undefined);
  });

  it("the module build loads the list's map and the one region's shapes it shows, as chunks, only with map", async () => {
    const win = await page(
      '<script type="module" src="/dist/koske-widgets.js"></script>',
      `<koske-municipality-list map src="${seedUrl}"></koske-municipality-list><koske-org-card src="${seedUrl}"></koske-org-card>`,
    );
    await until(() => win.document.querySelector('koske-municipality-list')?.shadowRoot?.querySelector('svg path.in'), 'the map');
    const chunks = win.performance.getEntriesByType('resource').flatMap((entry) => /\/chunks\/(map\.render|region-\d+)-/.exec(new URL(entry.name).pathname)?.[1] ?? []);
    expect(chunks.sort()).to.deep.equal(['map.render', 'region-13']);
  });

  it('the classic script refuses a part whose bytes are not the ones it was built with: the element shows its error, and nothing of the part runs', async () => {
    const win = await page(
      `<script>window.warnings = []; console.warn = (...words) => warnings.push(words.join(' '));</script>
       <script src="/fixtures/tampered/contact-block/dist/koske-widgets.iife.js"></script>`,
      `<koske-contact-block lang="en" src="${seedUrl}"></koske-contact-block>`,
    );
    const alert = await until(() => win.document.querySelector('koske-contact-block')?.shadowRoot?.querySelector('[part="error"] [role="alert"]'), 'the error');
    expect(alert.textContent.trim()).to.equal('The information could not be loaded just now. Please try again later.');
    expect((win as unknown as {tampered?: boolean}).tampered).to.equal(undefined);
    expect((win as unknown as {warnings: string[]}).warnings).to.have.length(1);
  });

  it('the classic script saves the vCard with code it loads when the button is pressed, and says so when that code is refused', async () => {
    for (const [script, saves] of [
      ['/dist/koske-widgets.iife.js', true],
      ['/fixtures/tampered/vcard/dist/koske-widgets.iife.js', false],
    ] as const) {
      const win = await page(
        `<script>window.warnings = []; console.warn = (...words) => warnings.push(words.join(' '));</script><script src="${script}"></script>`,
        `<koske-contact-block lang="en" src="${seedUrl}"></koske-contact-block>`,
      );
      const block = win.document.querySelector('koske-contact-block')!;
      const button = await until(() => block.shadowRoot?.querySelector<HTMLButtonElement>('[part="save"]'), 'the save button');
      expect(partsLoaded(win), 'nothing before the press').to.deep.equal(['contact-block', 'parser']);
      let download: HTMLAnchorElement | undefined;
      win.document.addEventListener('click', (event) => {
        const target = event.composedPath()[0] as Element;
        if (target.localName === 'a' && target.hasAttribute('download')) (event.preventDefault(), (download = target as HTMLAnchorElement));
      });
      button.click();
      if (saves) {
        await until(() => download, 'the download');
        const text = await (await fetch(download!.href)).text();
        expect(text).to.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
        expect(text).to.contain('\r\nTEL;VALUE=uri;TYPE=work,voice:tel:+358406537220\r\n');
        expect(download!.download).to.equal('Together-We-Are-Not-Alone.vcf');
      } else {
        const alert = await until(() => block.shadowRoot!.querySelector('[role="alert"]'), 'the message under the button');
        expect(alert.textContent.trim()).to.equal('The information could not be loaded just now. Please try again later.');
        expect(download).to.equal(undefined);
        expect((win as unknown as {tampered?: boolean}).tampered).to.equal(undefined);
        expect((win as unknown as {warnings: string[]}).warnings.filter((warning) => warning.includes('vCard'))).to.have.length(1);
      }
      expect(partsLoaded(win)).to.deep.equal(['contact-block', 'parser', 'vcard']);
    }
  });

  it("the classic script adds a card's JSON-LD to <head> with code it loads only for cards that ask", async () => {
    const win = await page(
      '<script src="/dist/koske-widgets.iife.js"></script>',
      `<koske-org-card src="${seedUrl}"></koske-org-card><koske-org-card structured-data lang="en" src="${seedUrl}"></koske-org-card>`,
    );
    const script = await until(() => win.document.head.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
    const data = JSON.parse(script.textContent) as {'@type': string; name: string};
    expect([data['@type'], data.name]).to.deep.equal(['Project', 'Together We Are Not Alone – a wellbeing partnership project in Central Finland']);
    expect(win.document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(partsLoaded(win)).to.deep.equal(['org-card', 'parser', 'structured-data']);
  });

  it('elements written before the script upgrade when it runs', async () => {
    const win = await page('', `<koske-contact-block src="${seedUrl}" lang="en"><p>Fallback</p></koske-contact-block>`);
    const element = win.document.querySelector('koske-contact-block')!;
    expect(element.shadowRoot, 'not upgraded yet').to.equal(null);
    const script = win.document.createElement('script');
    script.src = '/dist/koske-widgets.iife.js';
    win.document.head.append(script);
    const phone = await until(() => element.shadowRoot?.querySelector('a[href^="tel:"]')?.textContent, 'the phone link');
    expect(phone).to.equal('+358 40 653 7220');
  });

  // The build minifies the CSS and markup inside templates and drops translator
  // notes: what a reader sees must be what the source renders.
  for (const tag of tags) {
    for (const variant of ['full', 'compact']) {
      it(`<${tag} variant="${variant}"> reads the same built as from the source, in every language`, async () => {
        const document = await seedWithSocialLinks();
        const markup = ['fi', 'sv', 'en', 'de'].map((lang) => `<${tag} lang="${lang}" variant="${variant}"></${tag}>`).join('');
        const win = await page('<script src="/dist/koske-widgets.iife.js"></script>', markup);
        for (const lang of ['fi', 'sv', 'en', 'de']) {
          const fromSource = await fixture<WidgetBase>(staticHtml`<${unsafeStatic(tag)} lang=${lang} variant=${variant} .data=${document}></${unsafeStatic(tag)}>`);
          await settle(fromSource);
          const built = win.document.querySelector<WidgetBase>(`${tag}[lang="${lang}"]`)!;
          built.data = JSON.parse(JSON.stringify(document));
          const builtBase = await until(() => built.shadowRoot?.querySelector<HTMLElement>('[part="base"]'), `the built ${tag} in ${lang}`);
          const sourceBase = shadow(fromSource).querySelector<HTMLElement>('[part="base"]')!;
          expect(builtBase.innerText, lang).to.equal(sourceBase.innerText);
          expect(structure(builtBase), lang).to.equal(structure(sourceBase));
        }
      });
    }
  }
});
