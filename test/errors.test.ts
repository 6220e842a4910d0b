import {aTimeout, expect, fixture, html, unsafeStatic} from '@open-wc/testing';
import {nothing} from 'lit';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {LazyModule} from '../src/lazy-module.js';
import {OrgCard} from '../src/elements/org-card/org-card.js';
import {find, recordEvents, recordWarnings, settle, shadow, textOf, uniqueKey, errorMessages, languages, tags, type Language, type Reason} from './helpers.js';

interface Case {
  readonly when: string;
  /** A URL; each element gets its own copy (a query is added), so each makes its own request. */
  readonly src?: string;
  readonly data?: string;
  readonly timeout?: string;
  readonly reason: Reason;
  /** What the developer's warning must say about the reason. */
  readonly warning: RegExp;
}

const cases: readonly Case[] = [
  {when: 'the source answers 404', src: '/fixtures/status/404', reason: 'http', warning: /answered HTTP 404/},
  {when: 'the source answers 500', src: '/fixtures/status/500', reason: 'http', warning: /answered HTTP 500/},
  {when: 'the source answers broken JSON', src: '/fixtures/invalid-json', reason: 'invalid', warning: /did not answer JSON/},
  {when: 'the source answers an HTML page', src: '/fixtures/html', reason: 'invalid', warning: /did not answer JSON/},
  {when: 'the document has no name', src: '/fixtures/no-name', reason: 'invalid', warning: /no usable name/},
  {
    when: 'the source does not answer within the timeout',
    src: '/fixtures/silent',
    timeout: '300',
    reason: 'timeout',
    warning: /did not answer within 300 ms/,
  },
  // Port 9 (discard) on loopback: refused, and a port browsers refuse to fetch from anyway.
  {when: 'the server cannot be reached', src: 'http://127.0.0.1:9/x', reason: 'network', warning: /could not be fetched/},
  {when: 'the data attribute is not JSON', data: '{"name": "KOSKE",', reason: 'invalid', warning: /not valid JSON/},
  {when: 'the data attribute is JSON but not a document', data: '["KOSKE"]', reason: 'invalid', warning: /not a JSON object/},
  {
    when: 'src is a javascript: URL',
    src: 'javascript:window.koskeExecuted=true',
    reason: 'invalid',
    warning: /is not an http\(s\) URL/,
  },
];

declare global {
  interface Window {
    koskeExecuted?: boolean;
  }
}

/** The src one element gets: its own URL, so each element makes its own request. */
function ownSrc(src: string | undefined, tag: string): string | undefined {
  if (src === undefined || !/^(https?:|\/)/.test(src)) return src;
  return `${src}?${tag}-${uniqueKey()}`;
}

describe('errors', () => {
  let events: CustomEvent[];
  let rejections: PromiseRejectionEvent[];
  let warnings: ReturnType<typeof recordWarnings>;
  const onEvent = (event: Event) => events.push(event as CustomEvent);
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);

  beforeEach(() => {
    events = [];
    rejections = [];
    window.koskeExecuted = undefined;
    document.addEventListener('koske-error', onEvent);
    document.addEventListener('koske-load', onEvent);
    window.addEventListener('unhandledrejection', onRejection);
    warnings = recordWarnings();
  });

  afterEach(() => {
    warnings.restore();
    document.removeEventListener('koske-error', onEvent);
    document.removeEventListener('koske-load', onEvent);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** The three elements side by side, each given the case's source. */
  async function render(each: Case, lang: Language): Promise<{container: HTMLElement; elements: WidgetBase[]}> {
    const container = await fixture<HTMLElement>(html`<div lang=${lang}>
      ${tags.map((tag) => {
        const name = unsafeStatic(tag);
        return html`<${name}
          src=${ownSrc(each.src, tag) ?? nothing}
          data=${each.data ?? nothing}
          timeout=${each.timeout ?? nothing}
        ></${name}>`;
      })}
    </div>`);
    const elements = [...container.children] as WidgetBase[];
    for (const element of elements) expect(await settle(element), element.localName).to.equal('error');
    // Late events, warnings and rejections would arrive now.
    await aTimeout(50);
    return {container, elements};
  }

  for (const each of cases) {
    describe(`when ${each.when}`, () => {
      for (const lang of languages) {
        const message = each.reason === 'invalid' ? errorMessages[lang].invalid : errorMessages[lang].unavailable;

        it(`shows "${message}" in an alert (${lang}), fires one koske-error "${each.reason}" and warns once`, async () => {
          const {container, elements} = await render(each, lang);
          for (const element of elements) {
            const name = element.localName;
            const alert = find(element, '[part="error"] [role="alert"]');
            expect(textOf(alert), name).to.equal(message);
            // Data from a URL can be asked for again; inline data cannot.
            const retry = shadow(element).querySelector('button[part="retry"]');
            expect(retry && textOf(retry), `${name}'s retry button`).to.equal(each.src ? errorMessages[lang].retry : null);
            expect(textOf(shadow(element)), `${name} shows nothing else`).to.equal(each.src ? `${message} ${errorMessages[lang].retry}` : message);
            expect(element.hasAttribute('aria-busy'), name).to.equal(false);

            const fired = events.filter((event) => event.target === element);
            expect(
              fired.map((event) => event.type),
              name,
            ).to.deep.equal(['koske-error']);
            expect(fired[0].detail, name).to.deep.equal({reason: each.reason});
            expect(fired[0].bubbles && fired[0].composed, `${name}: koske-error bubbles and is composed`).to.equal(true);

            const own = warnings.warnings.filter((warning) => warning.startsWith(`<${name}>`));
            expect(own, name).to.have.length(1);
            expect(own[0], name).to.match(each.warning);
          }
          expect(warnings.warnings.filter((warning) => warning.startsWith('<koske-'))).to.have.length(3);
          expect(rejections.map((event) => String(event.reason))).to.deep.equal([]);
          expect(window.koskeExecuted).to.equal(undefined);
          await expect(container).to.be.accessible();
        });
      }
    });
  }

  describe('when the source is slow but answers within the timeout', () => {
    it('shows the data, fires koske-load once and warns nothing', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        ${tags.map((tag) => html`<${unsafeStatic(tag)} src=${`/fixtures/slow/500?${tag}-${uniqueKey()}`}></${unsafeStatic(tag)}>`)}
      </div>`);
      const elements = [...container.children] as WidgetBase[];
      for (const element of elements) expect(await settle(element), element.localName).to.equal('loaded');
      await aTimeout(50);
      for (const element of elements) {
        expect(shadow(element).querySelector('[part="error"]'), element.localName).to.equal(null);
        expect(events.filter((event) => event.target === element).map((event) => event.type)).to.deep.equal(['koske-load']);
      }
      expect(textOf(find(elements[1], '[part="count"]'))).to.equal('14 kuntaa');
      expect(warnings.warnings.filter((warning) => warning.startsWith('<koske-'))).to.deep.equal([]);
      expect(rejections).to.have.length(0);
      await expect(container).to.be.accessible();
    });
  });

  describe('when a failed src is replaced by a working one', () => {
    it('drops the alert and shows the data', async () => {
      const element = await fixture<WidgetBase>(html`<koske-org-card src=${`/fixtures/status/500?${uniqueKey()}`}></koske-org-card>`);
      expect(await settle(element)).to.equal('error');
      element.src = `/fixtures/named/Toimiva?${uniqueKey()}`;
      await new Promise<void>((resolve) => element.addEventListener('koske-load', () => resolve(), {once: true}));
      await element.updateComplete;
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      expect(textOf(find(element, 'h2'))).to.equal('Toimiva');
      expect(events.map((event) => event.type)).to.deep.equal(['koske-error', 'koske-load']);
    });
  });

  describe('when the same failing src is asked for again', () => {
    it('tries again rather than remembering the failure', async () => {
      const src = `/fixtures/status/503?${uniqueKey()}`;
      // The page loads many modules; make room so this test's requests are timed.
      performance.clearResourceTimings();
      const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src)).length;
      const first = await fixture<WidgetBase>(html`<koske-org-card src=${src}></koske-org-card>`);
      expect(await settle(first)).to.equal('error');
      const second = await fixture<WidgetBase>(html`<koske-contact-block src=${src}></koske-contact-block>`);
      expect(await settle(second)).to.equal('error');
      // An entry is added once its (unread) body has arrived, which may be a little later.
      const deadline = performance.now() + 2_000;
      while (requests() < 2 && performance.now() < deadline) await aTimeout(20);
      expect(requests()).to.equal(2);
    });
  });

  describe("when an element's renderer cannot be loaded (its chunk is offline)", () => {
    // A subclass whose renderer module fails, as an unreachable chunk would.
    class OfflineCard extends OrgCard {
      protected override readonly renderer = new LazyModule<never>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    }
    customElements.define('koske-offline-card', OfflineCard);

    it('shows the "try again later" message, fires koske-error (network) and warns once', async () => {
      const events = recordEvents();
      const warnings = recordWarnings();
      try {
        const card = await fixture<WidgetBase>(html`<koske-offline-card .data=${{name: 'Yhdessä'}}></koske-offline-card>`);
        expect(await settle(card)).to.equal('error');
        expect(textOf(find(card, '[role="alert"]'))).to.equal(errorMessages.fi.unavailable);
        expect(events.events.map(({type, detail}) => [type, (detail as {reason?: string}).reason])).to.deep.equal([['koske-error', 'network']]);
        expect(warnings.warnings).to.have.length(1);
        expect(warnings.warnings[0]).to.include('could not be loaded');
      } finally {
        events.stop();
        warnings.restore();
      }
    });
  });
});
