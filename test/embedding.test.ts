import {expect, fixture, html} from '@open-wc/testing';
import {ContactBlock, MunicipalityList, OrgCard} from '../src/index.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {define} from '../src/define.js';
import {version} from '../src/version.js';
import {find, recordWarnings, seedDocument, settle, shadow, textOf, uniqueKey} from './helpers.js';

const seedName = 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke';
const seedNameSv = 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland';

/** Whether the browser draws the element at all (a light child without a slot is not drawn). */
function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

async function seedJson(): Promise<string> {
  return JSON.stringify(await seedDocument());
}

/** Resolves once the frame has loaded its document. */
function loadFrame(srcdoc: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '40em';
  frame.style.height = '30em';
  frame.srcdoc = srcdoc;
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(frame), {once: true});
    frame.addEventListener('error', () => reject(new Error('the frame did not load')), {once: true});
    document.body.append(frame);
  });
}

describe('embedding', () => {
  describe('when the script is included twice', () => {
    it('keeps the first definitions and does not throw', async () => {
      // A query string makes the browser evaluate the entry module a second time.
      const again = (await import(new URL(`../src/index.ts?again-${uniqueKey()}`, import.meta.url).href)) as typeof import('../src/index.js');
      // Had index.ts defined without checking, this second evaluation would have thrown.
      expect(again.OrgCard).to.equal(OrgCard);
      expect(customElements.get('koske-org-card')).to.equal(OrgCard);
      expect(customElements.get('koske-municipality-list')).to.equal(MunicipalityList);
      expect(customElements.get('koske-contact-block')).to.equal(ContactBlock);
    });

    it('still renders elements created afterwards', async () => {
      await import(new URL(`../src/index.ts?again-${uniqueKey()}`, import.meta.url).href);
      const card = await fixture<OrgCard>(html`<koske-org-card .data=${await seedDocument()}></koske-org-card>`);
      expect(card).to.be.instanceOf(OrgCard);
      await settle(card);
      expect(textOf(find(card, 'h2'))).to.equal(seedName);
    });

    describe('define()', () => {
      // Whether this page has warned of another version already: page-wide, so saved and restored around each test.
      const warnedKey = Symbol.for('koske-widgets.version-warned');
      const page = globalThis as typeof globalThis & {[warnedKey]?: true};
      let warned: true | undefined;
      let recorder: ReturnType<typeof recordWarnings>;
      beforeEach(() => {
        warned = page[warnedKey];
        Reflect.deleteProperty(page, warnedKey);
        recorder = recordWarnings();
      });
      afterEach(() => {
        recorder.restore();
        if (warned) page[warnedKey] = warned;
        else Reflect.deleteProperty(page, warnedKey);
      });

      it('keeps the first definition of a name, and says nothing when the second is the same version', () => {
        const name = `koske-test-${uniqueKey()}`;
        class First extends OrgCard {}
        class Second extends OrgCard {}
        define([[name, First]]);
        expect(() => define([[name, Second]])).not.to.throw();
        expect(customElements.get(name)).to.equal(First);
        expect(recorder.warnings).to.deep.equal([]);
      });

      it('keeps another version already on the page, defines the names it lacks, and warns once however often it is called', () => {
        const [taken, free] = [`koske-test-${uniqueKey()}`, `koske-test-${uniqueKey()}`];
        class Other extends HTMLElement {
          static readonly version = '0.0.1-other';
        }
        customElements.define(taken, Other);
        class Ours extends OrgCard {}
        class AlsoOurs extends OrgCard {}
        define([
          [taken, Ours],
          [free, AlsoOurs],
        ]);
        define([[taken, Ours]]);
        expect(customElements.get(taken)).to.equal(Other);
        expect(customElements.get(free)).to.equal(AlsoOurs);
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.warnings[0]).to.contain('0.0.1-other').and.to.contain(`koske-widgets ${version}`);
      });
    });
  });

  describe('when the elements exist before the definition', () => {
    it('upgrades elements parsed before the script ran, reading their JSON child and lang', async () => {
      const json = await seedJson();
      const frame = await loadFrame(`<!doctype html><html lang="sv"><body>
        <koske-org-card><script type="application/json">${json}</script><p>Reservtext</p></koske-org-card>
        <koske-municipality-list src="/fixtures/seed.json"><p>Reservtext</p></koske-municipality-list>
        <script type="module" src="/src/index.ts"></script>
      </body></html>`);
      try {
        const frameDocument = frame.contentDocument!;
        const card = frameDocument.querySelector('koske-org-card') as WidgetBase;
        const list = frameDocument.querySelector('koske-municipality-list') as WidgetBase;
        expect(await settle(card)).to.equal('loaded');
        expect(await settle(list)).to.equal('loaded');
        expect(textOf(find(card, 'h2'))).to.equal(seedNameSv);
        expect(textOf(find(list, '[part="count"]'))).to.equal('14 kommuner');
        for (const fallback of frameDocument.querySelectorAll('p')) expect(isRendered(fallback)).to.equal(false);
      } finally {
        frame.remove();
      }
    });

    it('upgrades elements made in another document and then added to the page, keeping a data property set before', async () => {
      const inert = document.implementation.createHTMLDocument('');
      inert.body.innerHTML = `<div>
        <koske-org-card lang="en"><script type="application/json">${await seedJson()}</script></koske-org-card>
        <koske-contact-block></koske-contact-block>
      </div>`;
      const [card, block] = [...inert.body.firstElementChild!.children] as WidgetBase[];
      expect(card).not.to.be.instanceOf(OrgCard);
      expect(card.shadowRoot).to.equal(null);
      // Set while the element is still a plain HTMLElement: an own property the upgrade must pick up.
      (block as {data?: unknown}).data = {name: 'Ennen päivitystä', contact: {email: 'info@example.org'}};

      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(document.adoptNode(inert.body.firstElementChild!));
      expect(card).to.be.instanceOf(OrgCard);
      expect(block).to.be.instanceOf(ContactBlock);
      expect(await settle(card)).to.equal('loaded');
      expect(await settle(block)).to.equal('loaded');
      expect(textOf(find(card, 'h2'))).to.equal('Together We Are Not Alone – a wellbeing partnership project in Central Finland');
      expect(textOf(find(block, '.fact.email dd'))).to.equal('info@example.org');
    });

    it('renders elements made with innerHTML in a detached container once they are added to the page', async () => {
      const container = document.createElement('div');
      container.innerHTML = `<koske-municipality-list lang="de" data='${JSON.stringify({
        name: 'Zwei',
        municipalities: [
          {code: '179', name: 'Jyväskylä'},
          {code: '172', name: 'Joutsa'},
        ],
      })}'><p>Ersatztext</p></koske-municipality-list>`;
      const list = container.firstElementChild as WidgetBase;
      expect(list).to.be.instanceOf(MunicipalityList);
      // Lit attaches the shadow root and renders on connection, not before.
      expect(list.shadowRoot?.querySelector('[part="base"]') ?? null).to.equal(null);

      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(container);
      expect(await settle(list)).to.equal('loaded');
      expect(textOf(find(list, '[part="count"]'))).to.equal('2 Gemeinden');
      expect([...shadow(list).querySelectorAll('li')].map((item) => textOf(item))).to.deep.equal(['Joutsa', 'Jyväskylä']);
      expect(isRendered(list.querySelector('p')!)).to.equal(false);
    });

    it('renders an element made with createElement and filled before it is added', async () => {
      const card = document.createElement('koske-org-card');
      expect(card).to.be.instanceOf(OrgCard);
      card.setAttribute('heading-level', '3');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({name: 'Luotu'});
      card.append(script);

      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(card);
      expect(await settle(card)).to.equal('loaded');
      expect(textOf(find(card, 'h3'))).to.equal('Luotu');
    });

    it('renders an element the parser made with a JSON child', async () => {
      const json = await seedJson();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<koske-contact-block><script type="application/json">${json}</script></koske-contact-block>`;
      const block = host.firstElementChild as WidgetBase;
      expect(await settle(block)).to.equal('loaded');
      expect(textOf(find(block, '.fact.phone dd'))).to.equal('040 653 7220');
    });
  });

  describe('when the page has no JavaScript', () => {
    it('shows the fallback content of the unknown element', async () => {
      const frame = await loadFrame('<!doctype html><koske-org-card><p>Fallback text</p></koske-org-card>');
      try {
        const fallback = frame.contentDocument!.querySelector('p')!;
        expect(isRendered(fallback)).to.equal(true);
        expect(fallback.textContent).to.equal('Fallback text');
      } finally {
        frame.remove();
      }
    });
  });

  describe('when the widget renders', () => {
    for (const [state, source] of [
      ['loaded', {src: '/fixtures/seed.json'}],
      ['loading', {src: `/fixtures/slow/1000?${uniqueKey()}`}],
      ['in error', {src: '/fixtures/status/404'}],
    ] as const) {
      it(`hides fallback children and shows its own content when ${state}`, async () => {
        const card = await fixture<OrgCard>(html`<koske-org-card src=${source.src}>
          <p>Fallback text</p>
          <a href="https://koskeverkko.fi/">Koskeverkko</a>
        </koske-org-card>`);
        if (state !== 'loading') await settle(card);
        const own = find(card, state === 'loaded' ? 'h2' : state === 'loading' ? '[part="loading"]' : '[part="error"]');
        expect(isRendered(own)).to.equal(true);
        expect(own.offsetParent).not.to.equal(null);
        expect(isRendered(card.querySelector('p')!)).to.equal(false);
        expect(card.querySelector('p')!.offsetParent).to.equal(null);
        expect(isRendered(card.querySelector('a')!)).to.equal(false);
      });
    }

    it('does not show the JSON child as text', async () => {
      const card = await fixture<OrgCard>(html`<koske-org-card
        ><script type="application/json">
          {"name": "Piilotettu JSON"}
        </script></koske-org-card
      >`);
      await settle(card);
      expect(card.innerText).not.to.contain('{');
      expect(textOf(find(card, 'h2'))).to.equal('Piilotettu JSON');
      expect(isRendered(card.querySelector('script')!)).to.equal(false);
    });
  });
});
