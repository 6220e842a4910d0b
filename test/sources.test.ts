import {aTimeout, expect, fixture, html, unsafeStatic} from '@open-wc/testing';
import type {DataDocument, Organisation} from '../src/data/types.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {errorMessages, find, recordEvents, recordWarnings, requestCount, seedDocument, settle, shadow, textOf, uniqueKey, type Recorded, type Tag} from './helpers.js';

const seedName = 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke';

interface Kind {
  readonly tag: Tag;
  /** What the element shows that tells one document from another. */
  shows(element: WidgetBase): string;
  /** What it shows for the seed document. */
  readonly seedShows: string;
}

const kinds: readonly Kind[] = [
  {tag: 'koske-org-card', shows: (element) => textOf(find(element, '[part="heading"]')), seedShows: seedName},
  {
    tag: 'koske-municipality-list',
    shows: (element) => textOf(find(element, '[part="list"] > li')),
    seedShows: 'Joutsa',
  },
  {
    tag: 'koske-contact-block',
    shows: (element) => find(element, '.fact.address dd').innerText.split('\n')[0].trim(),
    seedShows: 'Matarankatu 4',
  },
];

/** A small document every element shows `name` in: as a heading, a municipality and a street. */
function documentNamed(name: string): DataDocument {
  return {name, municipalities: [{code: '179', name}], address: {street: name}};
}

function loadsOf(events: readonly Recorded[], element: Element): Organisation[] {
  return events.filter((event) => event.target === element && event.type === 'koske-load').map((event) => event.detail as Organisation);
}

function errorsOf(events: readonly Recorded[], element: Element): Recorded[] {
  return events.filter((event) => event.target === element && event.type === 'koske-error');
}

/** The Finnish name in a koske-load detail (the parsed data keeps texts in Maps). */
function nameOf(organisation: Organisation): string | undefined {
  expect(organisation.name).to.be.instanceOf(Map);
  return organisation.name.get('fi');
}

function seedJson(): Promise<string> {
  return seedDocument().then((document) => JSON.stringify(document));
}

/** How many requests the test server had for a route that traces KEY (/fixtures/trace/KEY). */
async function requestsTraced(key: string): Promise<number> {
  const response = await fetch(`/fixtures/trace/${key}`, {cache: 'no-store'});
  return ((await response.json()) as {requests: number}).requests;
}

describe('data sources', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(() => {
    recorder.stop();
  });

  for (const kind of kinds) {
    const tag = unsafeStatic(kind.tag);

    describe(`<${kind.tag}>`, () => {
      describe('when given the data property', () => {
        it('shows the data and fires koske-load once, during the first update, with the parsed data', async () => {
          const document = await seedDocument();
          const element = await fixture<WidgetBase>(html`<${tag} .data=${document}></${tag}>`);
          expect(loadsOf(recorder.events, element), 'koske-load before fixture() returned').to.have.length(1);
          await settle(element);
          expect(kind.shows(element)).to.equal(kind.seedShows);
          const [detail] = loadsOf(recorder.events, element);
          expect(nameOf(detail)).to.equal(seedName);
          expect(detail.municipalities).to.have.length(14);
          expect(detail.contact.phones.at(0)?.number).to.equal('+358406537220');
          await aTimeout(50);
          expect(loadsOf(recorder.events, element)).to.have.length(1);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
        });

        it('accepts the data as JSON text', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} .data=${JSON.stringify(documentNamed('Tekstinä'))}></${tag}>`);
          await settle(element);
          expect(kind.shows(element)).to.equal('Tekstinä');
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Tekstinä']);
        });

        it('re-renders and fires koske-load again when the property changes', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} .data=${documentNamed('Ensimmäinen')}></${tag}>`);
          await settle(element);
          expect(kind.shows(element)).to.equal('Ensimmäinen');
          element.data = documentNamed('Toinen');
          await element.updateComplete;
          expect(kind.shows(element)).to.equal('Toinen');
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ensimmäinen', 'Toinen']);
        });
      });

      describe('when given the data attribute', () => {
        it('shows the data and fires koske-load once, during the first update', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} data=${await seedJson()}></${tag}>`);
          expect(loadsOf(recorder.events, element), 'koske-load before fixture() returned').to.have.length(1);
          await settle(element);
          expect(kind.shows(element)).to.equal(kind.seedShows);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal([seedName]);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
        });

        it('re-renders when the attribute changes', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} data=${JSON.stringify(documentNamed('Ensin'))}></${tag}>`);
          await settle(element);
          element.setAttribute('data', JSON.stringify(documentNamed('Sitten')));
          await element.updateComplete;
          expect(kind.shows(element)).to.equal('Sitten');
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ensin', 'Sitten']);
        });
      });

      describe('when given a JSON child', () => {
        it('shows the data and fires koske-load once, during the first update', async () => {
          const json = unsafeStatic(await seedJson());
          const element = await fixture<WidgetBase>(html`<${tag}><script type="application/json">${json}</script></${tag}>`);
          expect(loadsOf(recorder.events, element), 'koske-load before fixture() returned').to.have.length(1);
          await settle(element);
          expect(kind.shows(element)).to.equal(kind.seedShows);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal([seedName]);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
        });
      });

      describe('when given src', () => {
        it('fetches the data, shows it and fires koske-load once', async () => {
          const key = uniqueKey();
          const element = await fixture<WidgetBase>(html`<${tag} src=${`/fixtures/counted/${key}`}></${tag}>`);
          expect(await settle(element)).to.equal('loaded');
          expect(kind.shows(element)).to.equal(kind.seedShows);
          const loads = loadsOf(recorder.events, element);
          expect(loads.map(nameOf)).to.deep.equal([seedName]);
          expect(loads[0].municipalities).to.have.length(14);
          await aTimeout(50);
          expect(loadsOf(recorder.events, element)).to.have.length(1);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
          expect(await requestCount(key)).to.equal(1);
        });

        it('re-renders with the new data when src changes', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} src=${`/fixtures/named/Ensimmäinen?${uniqueKey()}`}></${tag}>`);
          await settle(element);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ensimmäinen']);
          element.src = `/fixtures/counted/${uniqueKey()}`;
          await waitFor(() => loadsOf(recorder.events, element).length === 2);
          await element.updateComplete;
          expect(kind.shows(element)).to.equal(kind.seedShows);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ensimmäinen', seedName]);
        });
      });

      describe('when several sources are given', () => {
        it('prefers the data property to the attribute, the child and src, and does not fetch', async () => {
          const key = uniqueKey();
          const element = await fixture<WidgetBase>(html`<${tag}
            .data=${documentNamed('Ominaisuus')}
            data=${JSON.stringify(documentNamed('Attribuutti'))}
            src=${`/fixtures/counted/${key}`}
            ><script type="application/json">${unsafeStatic(JSON.stringify(documentNamed('Lapsi')))}</script></${tag}
          >`);
          await settle(element);
          expect(kind.shows(element)).to.equal('Ominaisuus');
          await aTimeout(100);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ominaisuus']);
          expect(await requestCount(key)).to.equal(0);
        });

        it('prefers the data attribute to the child and src', async () => {
          const key = uniqueKey();
          const element = await fixture<WidgetBase>(html`<${tag}
            data=${JSON.stringify(documentNamed('Attribuutti'))}
            src=${`/fixtures/counted/${key}`}
            ><script type="application/json">${unsafeStatic(JSON.stringify(documentNamed('Lapsi')))}</script></${tag}
          >`);
          await settle(element);
          expect(kind.shows(element)).to.equal('Attribuutti');
          await aTimeout(100);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Attribuutti']);
          expect(await requestCount(key)).to.equal(0);
        });

        it('prefers the JSON child to src', async () => {
          const key = uniqueKey();
          const element = await fixture<WidgetBase>(html`<${tag} src=${`/fixtures/counted/${key}`}
            ><script type="application/json">${unsafeStatic(JSON.stringify(documentNamed('Lapsi')))}</script></${tag}
          >`);
          await settle(element);
          expect(kind.shows(element)).to.equal('Lapsi');
          await aTimeout(100);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Lapsi']);
          expect(await requestCount(key)).to.equal(0);
        });

        it('falls back from the property to the attribute when the property is cleared', async () => {
          const element = await fixture<WidgetBase>(html`<${tag}
            .data=${documentNamed('Ominaisuus')}
            data=${JSON.stringify(documentNamed('Attribuutti'))}
          ></${tag}>`);
          await settle(element);
          element.data = undefined;
          await element.updateComplete;
          expect(kind.shows(element)).to.equal('Attribuutti');
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Ominaisuus', 'Attribuutti']);
        });
      });

      describe('when given a timeout', () => {
        it('gives up with reason "timeout" after that many milliseconds', async () => {
          const started = performance.now();
          const element = await fixture<WidgetBase>(html`<${tag} timeout="200" src=${`/fixtures/silent?${uniqueKey()}`}></${tag}>`);
          expect(element.timeout).to.equal(200);
          expect(await settle(element)).to.equal('error');
          const elapsed = performance.now() - started;
          expect(elapsed).to.be.within(190, 2000);
          expect(errorsOf(recorder.events, element).map((event) => event.detail)).to.deep.equal([{reason: 'timeout'}]);
        });

        it('waits for a source slower than the default would be but within the timeout', async () => {
          const element = await fixture<WidgetBase>(html`<${tag} timeout="2000" src=${`/fixtures/slow/300?${uniqueKey()}`}></${tag}>`);
          expect(await settle(element)).to.equal('loaded');
          expect(kind.shows(element)).to.equal(kind.seedShows);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
        });
      });
    });
  }

  // One test per race for all three kinds at once, each with its own URLs, so the waits add up once.
  describe('when a newer src is set before the older one answers', () => {
    it('shows the newer data, and keeps it after the older would have answered', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        ${kinds.map(({tag}) => html`<${unsafeStatic(tag)} src=${`/fixtures/slow/800?${uniqueKey()}`}></${unsafeStatic(tag)}>`)}
      </div>`);
      const elements = [...container.children] as WidgetBase[];
      for (const element of elements) expect(element.getAttribute('aria-busy')).to.equal('true');
      for (const element of elements) element.src = `/fixtures/named/Uudempi?${uniqueKey()}`;
      for (const element of elements) expect(await settle(element)).to.equal('loaded');
      expect(textOf(find(elements[0], 'h2'))).to.equal('Uudempi');
      await aTimeout(1000);
      expect(textOf(find(elements[0], 'h2'))).to.equal('Uudempi');
      for (const element of elements) {
        expect(loadsOf(recorder.events, element).map(nameOf), element.localName).to.deep.equal(['Uudempi']);
        expect(errorsOf(recorder.events, element), element.localName).to.have.length(0);
        expect(element.hasAttribute('aria-busy')).to.equal(false);
      }
    });
  });

  describe('when removed while its data loads', () => {
    it('neither renders nor fires late, and loads again when added back', async () => {
      const warnings = recordWarnings();
      try {
        const container = await fixture<HTMLDivElement>(html`<div>
          ${kinds.map(({tag}) => html`<${unsafeStatic(tag)} src=${`/fixtures/slow/400?${uniqueKey()}`}></${unsafeStatic(tag)}>`)}
        </div>`);
        const elements = [...container.children] as WidgetBase[];
        for (const element of elements) expect(element.getAttribute('aria-busy')).to.equal('true');
        for (const element of elements) element.remove();
        await aTimeout(700);
        expect(recorder.events).to.deep.equal([]);
        for (const element of elements) expect(shadow(element).querySelector('[part="base"], [part="error"]')).to.equal(null);
        expect(warnings.warnings.filter((warning) => warning.startsWith('<koske-'))).to.deep.equal([]);

        container.append(...elements);
        for (const [index, element] of elements.entries()) {
          expect(await settle(element)).to.equal('loaded');
          expect(kinds[index].shows(element)).to.equal(kinds[index].seedShows);
          expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal([seedName]);
          expect(errorsOf(recorder.events, element)).to.have.length(0);
        }
      } finally {
        warnings.restore();
      }
    });
  });

  describe('when removed in the same task it was added, before its first update', () => {
    it('neither requests nor renders nor fires, and loads when added back', async () => {
      const key = uniqueKey();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('koske-org-card');
      card.src = `/fixtures/counted/${key}`;
      const own: string[] = [];
      card.addEventListener('koske-load', (event) => own.push(event.type));
      card.addEventListener('koske-error', (event) => own.push(event.type));
      container.append(card);
      card.remove();
      await aTimeout(300);
      expect({
        events: [...own],
        rendered: shadow(card).querySelector('[part="base"]') !== null,
        requests: await requestCount(key),
      }).to.deep.equal({events: [], rendered: false, requests: 0});

      container.append(card);
      expect(await settle(card)).to.equal('loaded');
      expect(own).to.deep.equal(['koske-load']);
    });
  });

  describe('when moved within the page while its data loads', () => {
    it('loads once and fires koske-load once', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card src=${`/fixtures/slow/200?${uniqueKey()}`}></koske-org-card>
        <p>Toinen</p>
      </div>`);
      const card = container.firstElementChild as WidgetBase;
      // Appending an attached element removes and re-adds it in one step.
      container.append(card);
      expect(await settle(card)).to.equal('loaded');
      await aTimeout(300);
      expect(textOf(find(card, 'h2'))).to.equal(seedName);
      expect(recorder.events.filter((event) => event.target === card).map((event) => event.type)).to.deep.equal(['koske-load']);
    });
  });

  describe('when removed and added back after its data came', () => {
    it('keeps showing the data without loading or firing again', async () => {
      const key = uniqueKey();
      const container = await fixture<HTMLDivElement>(html`<div><koske-municipality-list src=${`/fixtures/counted/${key}`}></koske-municipality-list></div>`);
      const list = container.firstElementChild as WidgetBase;
      await settle(list);
      list.remove();
      container.append(list);
      await list.updateComplete;
      await aTimeout(100);
      expect(textOf(find(list, '[part="count"]'))).to.equal('14 kuntaa');
      expect(loadsOf(recorder.events, list)).to.have.length(1);
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('when several elements share a src', () => {
    it('makes one request for all of them, and each fires koske-load once', async () => {
      const key = uniqueKey();
      const src = `/fixtures/counted/${key}`;
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card src=${src}></koske-org-card>
        <koske-municipality-list src=${src}></koske-municipality-list>
        <koske-contact-block src=${src}></koske-contact-block>
        <koske-org-card src=${src} lang="en"></koske-org-card>
        <koske-municipality-list src=${src} lang="sv"></koske-municipality-list>
      </div>`);
      const elements = [...container.children] as WidgetBase[];
      expect(elements).to.have.length(5);
      for (const element of elements) expect(await settle(element)).to.equal('loaded');
      for (const element of elements) expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal([seedName]);
      expect(textOf(find(elements[3], 'h2'))).to.equal('Together We Are Not Alone – a wellbeing partnership project in Central Finland');
      expect(textOf(find(elements[4], '[part="count"]'))).to.equal('14 kommuner');
      expect(await requestCount(key)).to.equal(1);
    });

    it('makes no new request for an element added after the data came', async () => {
      const key = uniqueKey();
      const src = `/fixtures/counted/${key}`;
      const first = await fixture<WidgetBase>(html`<koske-org-card src=${src}></koske-org-card>`);
      await settle(first);
      const later = await fixture<WidgetBase>(html`<koske-contact-block src=${src}></koske-contact-block>`);
      expect(await settle(later)).to.equal('loaded');
      expect(loadsOf(recorder.events, later).map(nameOf)).to.deep.equal([seedName]);
      expect(await requestCount(key)).to.equal(1);
    });

    it('gives up only for the element whose timeout ran out', async () => {
      const src = `/fixtures/slow/400?${uniqueKey()}`;
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card timeout="100" src=${src}></koske-org-card>
        <koske-municipality-list timeout="3000" src=${src}></koske-municipality-list>
      </div>`);
      const [card, list] = [...container.children] as WidgetBase[];
      expect(await settle(card)).to.equal('error');
      expect(await settle(list)).to.equal('loaded');
      expect(errorsOf(recorder.events, card).map((event) => event.detail)).to.deep.equal([{reason: 'timeout'}]);
      expect(textOf(find(list, '[part="count"]'))).to.equal('14 kuntaa');
      expect(loadsOf(recorder.events, card)).to.have.length(0);
    });

    it('still loads the others when one is removed mid-request', async () => {
      const src = `/fixtures/slow/300?${uniqueKey()}`;
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card src=${src}></koske-org-card>
        <koske-municipality-list src=${src}></koske-municipality-list>
      </div>`);
      const [card, list] = [...container.children] as WidgetBase[];
      card.remove();
      expect(await settle(list)).to.equal('loaded');
      expect(textOf(find(list, '[part="count"]'))).to.equal('14 kuntaa');
      await aTimeout(50);
      expect(recorder.events.filter((event) => event.target === card)).to.deep.equal([]);
      expect(loadsOf(recorder.events, list)).to.have.length(1);
    });
  });

  // src/data/load.ts shares one request per URL; these say what counts as one URL.
  describe('when elements name the same path with different query strings', () => {
    it('makes one request per query string: ?a=1 twice is one request, ?a=2 another', async () => {
      const key = uniqueKey();
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card src=${`/fixtures/counted/${key}?a=1`}></koske-org-card>
        <koske-org-card src=${`/fixtures/counted/${key}?a=2`}></koske-org-card>
        <koske-municipality-list src=${`/fixtures/counted/${key}?a=1`}></koske-municipality-list>
      </div>`);
      const elements = [...container.children] as WidgetBase[];
      for (const element of elements) expect(await settle(element)).to.equal('loaded');
      expect(await requestCount(key)).to.equal(2);
    });

    it('shows each element the answer to its own URL: one answer too large to read, the other a document', async () => {
      const key = uniqueKey();
      // Both named in one task, so each asks before either answer comes: sharing would give both one outcome.
      const container = await fixture<HTMLDivElement>(html`<div>
        <koske-org-card src=${`/fixtures/padded/${key}?bytes=${2 * 1024 * 1024}&framing=length`}></koske-org-card>
        <koske-org-card src=${`/fixtures/padded/${key}?bytes=20000&framing=length`}></koske-org-card>
      </div>`);
      const [tooLarge, small] = [...container.children] as WidgetBase[];
      expect(await settle(tooLarge)).to.equal('error');
      expect(await settle(small)).to.equal('loaded');
      expect(errorsOf(recorder.events, tooLarge).map((event) => event.detail)).to.deep.equal([{reason: 'invalid'}]);
      expect(textOf(find(small, 'h2'))).to.equal(seedName);
      expect(await requestsTraced(key)).to.equal(2);
    });
  });

  describe('when elements spell one URL differently', () => {
    it('makes one request, as src is resolved against the page before it is looked up', async () => {
      const key = uniqueKey();
      const path = `/fixtures/counted/${key}`;
      const spellings = [
        path,
        `.${path}`,
        new URL(path, document.baseURI).href,
        `${location.protocol}//${location.host.toUpperCase()}/fixtures/other/../counted/${key}`,
        `/fixtures/./counted/${key}`,
      ];
      // Each spelling resolves to the same URL: the test is about the cache, not about URL parsing.
      expect(new Set(spellings.map((spelling) => new URL(spelling, document.baseURI).href)).size).to.equal(1);
      const container = await fixture<HTMLDivElement>(html`<div>
        ${spellings.map((spelling) => html`<koske-org-card src=${spelling}></koske-org-card>`)}
      </div>`);
      const elements = [...container.children] as WidgetBase[];
      expect(elements).to.have.length(spellings.length);
      for (const element of elements) expect(await settle(element)).to.equal('loaded');
      for (const element of elements) expect(textOf(find(element, 'h2'))).to.equal(seedName);
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('when many elements in four languages get the same document object', () => {
    // The parse-once and formatter-once rules (issue 5): what a page with hundreds of widgets relies on.
    const constructors = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules'] as const;

    async function renderAll(document: DataDocument, count: number): Promise<WidgetBase[]> {
      const markup = ['fi', 'sv', 'en', 'de'].flatMap((lang) => kinds.map(({tag}) => `<${tag} lang="${lang}"></${tag}>`.repeat(count)));
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = markup.join('');
      const elements = [...container.children] as WidgetBase[];
      for (const element of elements) element.data = document;
      await Promise.all(elements.map((element) => settle(element)));
      return elements;
    }

    it('parses it once (every element reports the same parsed data) and makes no Intl object after the first of each', async () => {
      const document = await seedDocument();
      await renderAll(document, 1);
      const made: string[] = [];
      const originals = constructors.map((name) => [name, Intl[name]] as const);
      for (const [name, original] of originals) {
        (Intl as Record<string, unknown>)[name] = new Proxy(original, {
          construct(target, args, newTarget) {
            made.push(name);
            return Reflect.construct(target, args, newTarget) as object;
          },
        });
      }
      try {
        const elements = await renderAll(document, 5);
        const parsed = new Set(elements.map((element) => loadsOf(recorder.events, element)[0]));
        expect(parsed.size, 'one parsed Organisation for all').to.equal(1);
        expect(made, 'Intl objects made while rendering 60 more').to.deep.equal([]);
      } finally {
        for (const [name, original] of originals) (Intl as Record<string, unknown>)[name] = original;
      }
    });
  });

  describe('when src is relative', () => {
    it('resolves it against the page', async () => {
      const key = uniqueKey();
      // The page is at the server's root; against a module's URL this would miss /fixtures/.
      expect(new URL(`./fixtures/counted/${key}`, document.baseURI).pathname).to.equal(`/fixtures/counted/${key}`);
      const element = await fixture<WidgetBase>(html`<koske-org-card src=${`./fixtures/counted/${key}`}></koske-org-card>`);
      expect(await settle(element)).to.equal('loaded');
      expect(textOf(find(element, 'h2'))).to.equal(seedName);
      expect(await requestCount(key)).to.equal(1);
    });

    describe('and the page has a <base>', () => {
      let base: HTMLBaseElement;
      beforeEach(() => {
        base = document.createElement('base');
        base.href = '/fixtures/named/';
        document.head.prepend(base);
      });
      afterEach(() => {
        base.remove();
      });

      it('resolves it against the base URL, as links on the page are', async () => {
        const name = `Pohja-${uniqueKey()}`;
        const element = await fixture<WidgetBase>(html`<koske-org-card src=${name}></koske-org-card>`);
        expect(await settle(element)).to.equal('loaded');
        expect(textOf(find(element, 'h2'))).to.equal(name);
      });
    });
  });

  describe('when a framework set an object as the data attribute', () => {
    it('says so, with the fix, shows the invalid error and fires koske-error "invalid"', async () => {
      const warnings = recordWarnings();
      try {
        // What React 18 does with data={object}, and React 19 before the element is defined.
        const element = await fixture<WidgetBase>(html`<koske-org-card data="[object Object]" lang="en"></koske-org-card>`);
        expect(await settle(element)).to.equal('error');
        expect(textOf(find(element, '[role="alert"]'))).to.equal(errorMessages.en.invalid);
        const fired = recorder.events.filter((event) => event.target === element).map(({type, detail}) => [type, (detail as {reason?: string}).reason]);
        expect(fired).to.deep.equal([['koske-error', 'invalid']]);
        const told = warnings.warnings.filter((warning) => warning.startsWith('<koske-org-card>'));
        expect(told).to.have.length(1);
        expect(told[0]).to.include('data="[object Object]" is an object set as an attribute; set the data property');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('when no source is given', () => {
    it('shows nothing, fires koske-error "missing" so an app can tell, and tells the developer once', async () => {
      const warnings = recordWarnings();
      try {
        const element = await fixture<WidgetBase>(html`<koske-contact-block></koske-contact-block>`);
        await aTimeout(50);
        expect(textOf(shadow(element))).to.equal('');
        const fired = recorder.events.filter((event) => event.target === element).map(({type, detail}) => [type, (detail as {reason?: string}).reason]);
        expect(fired).to.deep.equal([['koske-error', 'missing']]);
        expect(warnings.warnings.filter((warning) => warning.startsWith('<koske-contact-block>'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('loads once a source is set later', async () => {
      const element = await fixture<WidgetBase>(html`<koske-org-card></koske-org-card>`);
      element.src = `/fixtures/named/Myöhemmin?${uniqueKey()}`;
      expect(await settle(element)).to.equal('loaded');
      expect(textOf(find(element, 'h2'))).to.equal('Myöhemmin');
      expect(loadsOf(recorder.events, element).map(nameOf)).to.deep.equal(['Myöhemmin']);
    });
  });

  describe('when the page has cookies', () => {
    const cookie = 'koske-test=1';

    beforeEach(() => {
      document.cookie = `${cookie}; path=/`;
    });

    afterEach(() => {
      document.cookie = `${cookie}; path=/; max-age=0`;
    });

    it('fetches the data without them', async () => {
      // The server names the document after whether the request carried cookies.
      const probe = (await (await fetch(`/fixtures/cookies?${uniqueKey()}`)).json()) as {name: string};
      expect(probe.name, 'a plain same-origin fetch sends the cookie').to.equal('with cookies');
      const element = await fixture<WidgetBase>(html`<koske-org-card src="/fixtures/cookies?${uniqueKey()}"></koske-org-card>`);
      expect(await settle(element)).to.equal('loaded');
      expect(textOf(find(element, 'h2'))).to.equal('without cookies');
    });
  });
});

async function waitFor(condition: () => boolean, timeout = 5_000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`condition not met in ${timeout} ms`);
    await aTimeout(10);
  }
}
