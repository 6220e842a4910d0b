/**
 * Hostile hosts, the network part: statuses and bodies that are no document,
 * bodies too large to read (declared, chunked or gzipped), connections cut
 * or reset, servers that hang or drip, requests left mid-way, and the retry
 * button. Every case goes over real HTTP to test/server/fixtures.mjs, whose
 * routes record under a KEY what the server saw (/fixtures/trace/KEY).
 */
import {aTimeout, expect, fixture, html, unsafeStatic} from '@open-wc/testing';
import {nothing} from 'lit';
import {maxBodyBytes} from '../src/data/load.js';
import type {Organisation} from '../src/data/types.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {
  find,
  recordEvents,
  recordWarnings,
  settle,
  shadow,
  textOf,
  uniqueKey,
  type Recorded,
  errorMessages,
  languages,
  tags,
  type Language,
  type Reason,
  type Tag,
} from './helpers.js';

const seedName = 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke';
/** The seed's name in each interface language (demo/documents/yhdessa-ei-olla-yksin.json). */
const seedNames: Record<Language, string> = {
  fi: seedName,
  sv: 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland',
  en: 'Together We Are Not Alone – a wellbeing partnership project in Central Finland',
  de: 'Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland',
};

/** Whether the element shows the seed document: a part of it each kind shows, in `lang`. */
function expectShowsSeed(element: WidgetBase, lang: Language): void {
  const name = element.localName as Tag;
  const [shown, expected] = {
    'koske-org-card': () => [textOf(find(element, '[part="heading"]')), seedNames[lang]],
    'koske-municipality-list': () => [textOf(find(element, '[part="list"] > li')), 'Joutsa'],
    'koske-contact-block': () => [find(element, '.fact.address dd').innerText.split('\n')[0].trim(), 'Matarankatu 4'],
  }[name]();
  expect(shown, name).to.equal(expected);
}

const MiB = 1024 * 1024;
/** The seed document's size in bytes (demo/documents/yhdessa-ei-olla-yksin.json). */
const seedBytes = 16_311;

/** What the test server saw for a KEY (see test/server/fixtures.mjs). */
interface Trace {
  readonly requests: number;
  readonly sent: number;
  readonly aborted: boolean;
  readonly finished: boolean;
}

async function traceOf(key: string): Promise<Trace> {
  const response = await fetch(`/fixtures/trace/${key}`, {cache: 'no-store'});
  return (await response.json()) as Trace;
}

async function waitFor(condition: () => Promise<boolean>, timeout = 5_000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`condition not met in ${timeout} ms`);
    await aTimeout(10);
  }
}

/** Waits until the server has the request for KEY: only then is the element "mid-request". */
function reached(key: string): Promise<void> {
  return waitFor(async () => (await traceOf(key)).requests > 0);
}

/** What the server saw for KEY once its response has ended, finished or aborted. */
async function ended(key: string, timeout = 5_000): Promise<Trace> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const trace = await traceOf(key);
    if (trace.aborted || trace.finished) return trace;
    if (performance.now() > deadline) throw new Error(`the response for ${key} did not end in ${timeout} ms: ${JSON.stringify(trace)}`);
    await aTimeout(20);
  }
}

function ofElement(events: readonly Recorded[], element: Element): {type: string; detail: unknown}[] {
  return events.filter((event) => event.target === element).map(({type, detail}) => ({type, detail}));
}

function nameOf(detail: unknown): string | undefined {
  return (detail as Organisation).name.get('fi');
}

interface Failure {
  readonly when: string;
  /** The src of one element, given a key of its own (so each element makes its own request). */
  readonly src: (key: string) => string;
  readonly timeout?: number;
  readonly reason: Reason;
  /** What the webmaster's warning must say. */
  readonly warning: RegExp;
  /** Checks what the server saw for one element's key once its response ended. */
  server?(trace: Trace): void;
}

const tooLarge = new RegExp(`answered more than ${maxBodyBytes} bytes`);
const notFetched = /could not be fetched/;

/**
 * Milliseconds between 64 KiB chunks of a huge body (16 MiB/s, 20 MiB in 1.3 s): on loopback the
 * kernel's socket buffers alone hold several MiB, which the server would push however soon the
 * client stopped reading.
 */
const paced = 4;

/** The server pushed far less than the body before the client went away. */
function leftUnread(trace: Trace): void {
  expect(trace.requests, 'requests').to.equal(1);
  expect(trace.aborted, 'the client closed the connection before the body ended').to.equal(true);
  expect(trace.sent, 'bytes pushed').to.be.below(4 * MiB);
}

/** The server saw one request, and the client close it before any answer. */
function givenUp(trace: Trace): void {
  expect(trace).to.deep.include({requests: 1, aborted: true, finished: false});
}

const failures: readonly Failure[] = [
  {when: 'the source answers 403', src: (key) => `/fixtures/status/403?${key}`, reason: 'http', warning: /answered HTTP 403/},
  {
    when: 'the source answers 200 with an empty body',
    src: (key) => `/fixtures/body/empty?${key}`,
    reason: 'invalid',
    warning: /did not answer JSON/,
  },
  ...(['null', 'string', 'number'] as const).map((body): Failure => ({
    when: `the source answers a JSON ${body} instead of a document`,
    src: (key) => `/fixtures/body/${body}?${key}`,
    reason: 'invalid',
    warning: /is not a JSON object/,
  })),
  {
    when: 'the source declares a 20 MiB body in Content-Length',
    src: (key) => `/fixtures/padded/${key}?bytes=${20 * MiB}&framing=length&every=${paced}`,
    reason: 'invalid',
    warning: tooLarge,
    server: leftUnread,
  },
  {
    when: 'the source streams a 20 MiB body without Content-Length',
    src: (key) => `/fixtures/padded/${key}?bytes=${20 * MiB}&framing=chunked&every=${paced}`,
    reason: 'invalid',
    warning: tooLarge,
    server: leftUnread,
  },
  {
    // A small Content-Length: only the decoded bytes tell how large the body is.
    when: 'the source gzips a 64 MiB body into a few kilobytes',
    src: (key) => `/fixtures/padded/${key}?bytes=${64 * MiB}&framing=gzip`,
    reason: 'invalid',
    warning: tooLarge,
  },
  ...(['length', 'chunked', 'gzip'] as const).map((framing): Failure => ({
    when: `the body is one byte over the limit (${framing})`,
    src: (key) => `/fixtures/padded/${key}?bytes=${maxBodyBytes + 1}&framing=${framing}`,
    reason: 'invalid',
    warning: tooLarge,
  })),
  {
    when: 'the connection closes halfway through a body of declared length',
    src: (key) => `/fixtures/cut/${key}?when=body&how=close&framing=length`,
    reason: 'network',
    warning: notFetched,
  },
  {
    when: 'the connection is reset halfway through the body',
    src: (key) => `/fixtures/cut/${key}?when=body&how=reset&framing=length`,
    reason: 'network',
    warning: notFetched,
  },
  {
    when: 'the connection closes before any answer',
    src: (key) => `/fixtures/cut/${key}?when=before&how=close`,
    reason: 'network',
    warning: notFetched,
  },
  {
    when: 'the connection is reset before any answer',
    src: (key) => `/fixtures/cut/${key}?when=before&how=reset`,
    reason: 'network',
    warning: notFetched,
  },
  {
    when: 'the server never answers and the timeout is 200 ms',
    src: (key) => `/fixtures/hang/${key}`,
    timeout: 200,
    reason: 'timeout',
    warning: /did not answer within 200 ms/,
    server: givenUp,
  },
  {
    // Headers at once, then a part every 150 ms: the body, not the headers, outlasts the timeout.
    when: 'the body drips in slower than the timeout of 400 ms',
    src: (key) => `/fixtures/drip/${key}?parts=10&every=150`,
    timeout: 400,
    reason: 'timeout',
    warning: /did not answer within 400 ms/,
    server: (trace) => {
      expect(trace).to.deep.include({requests: 1, aborted: true, finished: false});
      expect(trace.sent).to.be.below(seedBytes);
    },
  },
];

describe('hostile networks', () => {
  let recorder: ReturnType<typeof recordEvents>;
  let warnings: ReturnType<typeof recordWarnings>;
  let rejections: unknown[];
  let errors: unknown[];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  beforeEach(() => {
    rejections = [];
    errors = [];
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    recorder = recordEvents();
    warnings = recordWarnings();
  });

  afterEach(() => {
    warnings.restore();
    recorder.stop();
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  });

  /** The three elements side by side in a container of language `lang`, each with its own key. */
  async function render(src: (key: string) => string, {lang = 'fi', timeout}: {lang?: Language; timeout?: number} = {}) {
    const keys = tags.map(() => uniqueKey());
    const container = await fixture<HTMLElement>(html`<div lang=${lang}>
      ${tags.map((tag, index) => {
        const name = unsafeStatic(tag);
        return html`<${name} src=${src(keys[index])} timeout=${timeout ?? nothing}></${name}>`;
      })}
    </div>`);
    return {container, keys, elements: [...container.children] as WidgetBase[]};
  }

  /** Nothing reached the page: no unhandled rejection, no uncaught error. */
  function expectNothingThrown(): void {
    expect(rejections.map(String), 'unhandled rejections').to.deep.equal([]);
    expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
  }

  /** No element shows anything, fired anything or warned, and nothing was thrown. */
  function expectSilent(elements: readonly WidgetBase[]): void {
    for (const element of elements) {
      expect(shadow(element).querySelector('[part="base"], [part="error"]'), element.localName).to.equal(null);
    }
    expect(recorder.events).to.deep.equal([]);
    expect(warnings.warnings).to.deep.equal([]);
    expectNothingThrown();
  }

  /** Each element shows the localized alert and retry button, fired one koske-error and warned once. */
  function expectFailed(elements: readonly WidgetBase[], lang: Language, reason: Reason, warning: RegExp): void {
    const message = reason === 'invalid' ? errorMessages[lang].invalid : errorMessages[lang].unavailable;
    for (const element of elements) {
      const name = element.localName;
      expect(textOf(find(element, '[part="error"] [role="alert"]')), name).to.equal(message);
      expect(textOf(find(element, 'button[part="retry"]')), `${name}'s retry button`).to.equal(errorMessages[lang].retry);
      expect(textOf(shadow(element)), `${name} shows nothing else`).to.equal(`${message} ${errorMessages[lang].retry}`);
      expect(element.hasAttribute('aria-busy'), `${name} is not busy`).to.equal(false);
      expect(ofElement(recorder.events, element), name).to.deep.equal([{type: 'koske-error', detail: {reason}}]);
      const own = warnings.warnings.filter((text) => text.startsWith(`<${name}>`));
      expect(own, `${name}'s warnings`).to.have.length(1);
      expect(own[0], name).to.match(warning);
    }
    expect(warnings.warnings, 'no other warnings').to.have.length(elements.length);
    expectNothingThrown();
  }

  /** Each element shows the seed, fired one koske-load and warned nothing. */
  function expectLoaded(elements: readonly WidgetBase[]): void {
    for (const element of elements) {
      const name = element.localName;
      expectShowsSeed(element, 'fi');
      expect(shadow(element).querySelector('[part="error"]'), name).to.equal(null);
      expect(element.hasAttribute('aria-busy'), `${name} is not busy`).to.equal(false);
      const fired = ofElement(recorder.events, element);
      expect(
        fired.map((event) => event.type),
        name,
      ).to.deep.equal(['koske-load']);
      expect(nameOf(fired[0].detail), name).to.equal(seedName);
    }
    expect(warnings.warnings).to.deep.equal([]);
    expectNothingThrown();
  }

  /** Renders the three elements for a failure and checks all they and the server show. */
  async function fails(each: Failure, lang: Language): Promise<void> {
    const {container, keys, elements} = await render(each.src, {lang, timeout: each.timeout});
    for (const element of elements) expect(await settle(element), element.localName).to.equal('error');
    // Late events, warnings and rejections would arrive now.
    await aTimeout(50);
    expectFailed(elements, lang, each.reason, each.warning);
    if (each.server) {
      for (const [at, key] of keys.entries()) {
        const trace = await ended(key);
        try {
          each.server(trace);
        } catch (error) {
          throw new Error(`${tags[at]}: the server saw ${JSON.stringify(trace)}: ${(error as Error).message}`);
        }
      }
    }
    await expect(container).to.be.accessible();
  }

  for (const [index, each] of failures.entries()) {
    const lang = languages[index % languages.length];
    describe(`when ${each.when}`, () => {
      const alert = each.reason === 'invalid' ? 'invalid' : 'unavailable';
      it(`shows the ${alert} alert in ${lang}, fires one koske-error "${each.reason}" and warns once per element`, async () => {
        await fails(each, lang);
      });
    });
  }

  describe('when the connection closes halfway through a chunked body', () => {
    // Without Content-Length only the missing last chunk tells a cut body from a whole one, and
    // engines differ: Chromium and Firefox reject the read; WebKitGTK hands over the half as if
    // it were all. The widget sees what fetch gives it.
    it('fails with "network" where the engine reports the cut, else with "invalid" (the half is no JSON)', async () => {
      const src = (key: string) => `/fixtures/cut/${key}?when=body&how=close&framing=chunked`;
      const text = await fetch(src(uniqueKey()))
        .then((response) => response.text())
        .catch(() => undefined);
      if (text !== undefined) expect(() => JSON.parse(text) as unknown, 'the half the engine handed over').to.throw();
      const reason = text === undefined ? 'network' : 'invalid';
      await fails({when: '', src, reason, warning: reason === 'network' ? notFetched : /did not answer JSON/}, 'de');
    });
  });

  for (const framing of ['length', 'chunked', 'gzip'] as const) {
    describe(`when the body is exactly the limit of ${maxBodyBytes} bytes (${framing})`, () => {
      it('shows the document, padded with an unknown field, fires koske-load and warns nothing', async () => {
        const {keys, elements} = await render((key) => `/fixtures/padded/${key}?bytes=${maxBodyBytes}&framing=${framing}`);
        for (const element of elements) expect(await settle(element), element.localName).to.equal('loaded');
        await aTimeout(50);
        expectLoaded(elements);
        for (const key of keys) {
          const trace = await ended(key);
          expect(trace).to.deep.include({requests: 1, finished: true, aborted: false});
          if (framing !== 'gzip') expect(trace.sent).to.equal(maxBodyBytes);
        }
      });
    });
  }

  describe('when the body drips in slowly but within a timeout of 2000 ms', () => {
    it('waits for it and shows the document', async () => {
      const started = performance.now();
      const {keys, elements} = await render((key) => `/fixtures/drip/${key}?parts=5&every=120`, {timeout: 2000});
      for (const element of elements) expect(await settle(element), element.localName).to.equal('loaded');
      // Five parts 120 ms apart: the document cannot have come sooner.
      expect(performance.now() - started).to.be.above(550);
      await aTimeout(50);
      expectLoaded(elements);
      for (const key of keys) expect(await ended(key)).to.deep.include({requests: 1, sent: seedBytes, finished: true});
    });
  });

  describe('when removed before the answer came', () => {
    it('neither renders, fires nor warns later, and the server sees the request closed', async () => {
      const {keys, elements} = await render((key) => `/fixtures/delayed/${key}?ms=400`);
      for (const key of keys) await reached(key);
      for (const element of elements) expect(element.getAttribute('aria-busy'), element.localName).to.equal('true');
      for (const element of elements) element.remove();
      for (const key of keys) expect(await ended(key)).to.deep.include({requests: 1, sent: 0, aborted: true, finished: false});
      // Past the moment the answer would have come.
      await aTimeout(500);
      expectSilent(elements);
    });
  });

  describe('when removed while the body is arriving', () => {
    it('stops reading it, and neither renders nor fires later', async () => {
      const {keys, elements} = await render((key) => `/fixtures/drip/${key}?parts=8&every=100`);
      // The headers and the first part of the body are out; give the client a moment to read them.
      for (const key of keys) await waitFor(async () => (await traceOf(key)).sent > 0);
      await aTimeout(50);
      for (const element of elements) element.remove();
      for (const key of keys) {
        const trace = await ended(key);
        expect(trace).to.deep.include({requests: 1, aborted: true, finished: false});
        expect(trace.sent).to.be.within(1, seedBytes - 1);
      }
      await aTimeout(600);
      expectSilent(elements);
    });
  });

  describe('when its src changes before the answer came', () => {
    it('shows only the new document, and the server sees the old request closed', async () => {
      const {keys, elements} = await render((key) => `/fixtures/delayed/${key}?ms=400`);
      for (const key of keys) await reached(key);
      for (const element of elements) element.src = `/fixtures/named/Uudempi?${uniqueKey()}`;
      for (const element of elements) expect(await settle(element), element.localName).to.equal('loaded');
      for (const key of keys) expect(await ended(key)).to.deep.include({requests: 1, sent: 0, aborted: true, finished: false});
      await aTimeout(500);
      expect(textOf(find(elements[0], 'h2'))).to.equal('Uudempi');
      for (const element of elements) {
        const fired = ofElement(recorder.events, element).map((event) => [event.type, nameOf(event.detail)]);
        expect(fired, element.localName).to.deep.equal([['koske-load', 'Uudempi']]);
      }
      expect(warnings.warnings).to.deep.equal([]);
      expectNothingThrown();
    });
  });

  describe('when another element still waits for the same src', () => {
    it('keeps the request going when one element is removed, and the other shows the document', async () => {
      const key = uniqueKey();
      const container = await fixture<HTMLElement>(html`<div>
        <koske-org-card src=${`/fixtures/delayed/${key}?ms=300`}></koske-org-card>
        <koske-municipality-list src=${`/fixtures/delayed/${key}?ms=300`}></koske-municipality-list>
      </div>`);
      const [card, list] = [...container.children] as WidgetBase[];
      await reached(key);
      card.remove();
      expect(await settle(list)).to.equal('loaded');
      expect(await ended(key)).to.deep.include({requests: 1, sent: seedBytes, aborted: false, finished: true});
      await aTimeout(50);
      expect(shadow(card).querySelector('[part="base"], [part="error"]')).to.equal(null);
      expect(ofElement(recorder.events, card)).to.deep.equal([]);
      expectLoaded([list]);
    });

    it('keeps the request going when one element changes its src, and each shows its own document', async () => {
      const key = uniqueKey();
      const container = await fixture<HTMLElement>(html`<div>
        <koske-org-card src=${`/fixtures/delayed/${key}?ms=300`}></koske-org-card>
        <koske-municipality-list src=${`/fixtures/delayed/${key}?ms=300`}></koske-municipality-list>
      </div>`);
      const [card, list] = [...container.children] as WidgetBase[];
      await reached(key);
      card.src = `/fixtures/named/Uudempi?${uniqueKey()}`;
      expect(await settle(card)).to.equal('loaded');
      expect(await settle(list)).to.equal('loaded');
      expect(await ended(key)).to.deep.include({requests: 1, sent: seedBytes, aborted: false, finished: true});
      await aTimeout(50);
      expect(textOf(find(card, 'h2'))).to.equal('Uudempi');
      const fired = ofElement(recorder.events, card).map((event) => [event.type, nameOf(event.detail)]);
      expect(fired).to.deep.equal([['koske-load', 'Uudempi']]);
      expectLoaded([list]);
    });
  });

  describe('when the source fails once and then works', () => {
    for (const lang of languages) {
      it(`offers "${errorMessages[lang].retry}", which loads again (busy meanwhile), shows the document and fires koske-load`, async () => {
        const {container, keys, elements} = await render((key) => `/fixtures/flaky/${key}`, {lang});
        for (const element of elements) expect(await settle(element), element.localName).to.equal('error');
        await aTimeout(50);
        expectFailed(elements, lang, 'http', /answered HTTP 500/);
        await expect(container).to.be.accessible();

        for (const element of elements) find<HTMLButtonElement>(element, 'button[part="retry"]').click();
        for (const element of elements) {
          await element.updateComplete;
          // The second answer comes 150 ms late: the element is loading now.
          expect(element.getAttribute('aria-busy'), element.localName).to.equal('true');
          expect(shadow(element).querySelector('[part="loading"]'), element.localName).to.exist;
          expect(shadow(element).querySelector('[part="error"]'), element.localName).to.equal(null);
        }
        for (const element of elements) expect(await settle(element), element.localName).to.equal('loaded');
        await aTimeout(50);
        for (const element of elements) {
          const name = element.localName;
          expectShowsSeed(element, lang);
          expect(element.hasAttribute('aria-busy'), name).to.equal(false);
          expect(shadow(element).querySelector('button[part="retry"]'), name).to.equal(null);
          const fired = ofElement(recorder.events, element).map((event) => event.type);
          expect(fired, name).to.deep.equal(['koske-error', 'koske-load']);
        }
        // The failure's warning, and none after.
        expect(warnings.warnings).to.have.length(elements.length);
        expectNothingThrown();
        for (const key of keys) expect((await traceOf(key)).requests).to.equal(2);
      });
    }
  });

  describe('when the source fails again after a retry', () => {
    it('shows the alert and the button again, fires a second koske-error and warns again', async () => {
      const {container, keys, elements} = await render((key) => `/fixtures/flaky/${key}?fails=2`, {lang: 'sv'});
      for (const element of elements) expect(await settle(element), element.localName).to.equal('error');
      for (const element of elements) find<HTMLButtonElement>(element, 'button[part="retry"]').click();
      for (const element of elements) {
        await element.updateComplete;
        expect(element.getAttribute('aria-busy'), element.localName).to.equal('true');
      }
      for (const element of elements) expect(await settle(element), element.localName).to.equal('error');
      await aTimeout(50);
      for (const element of elements) {
        const name = element.localName;
        expect(textOf(find(element, '[role="alert"]')), name).to.equal(errorMessages.sv.unavailable);
        expect(textOf(find(element, 'button[part="retry"]')), name).to.equal(errorMessages.sv.retry);
        expect(element.hasAttribute('aria-busy'), name).to.equal(false);
        expect(ofElement(recorder.events, element), name).to.deep.equal([
          {type: 'koske-error', detail: {reason: 'http'}},
          {type: 'koske-error', detail: {reason: 'http'}},
        ]);
        expect(
          warnings.warnings.filter((text) => text.startsWith(`<${name}>`)),
          name,
        ).to.have.length(2);
      }
      expectNothingThrown();
      for (const key of keys) expect((await traceOf(key)).requests).to.equal(2);
      await expect(container).to.be.accessible();
    });
  });
});
