// The package on a server: every entry of package.json imports in Node without
// throwing and defines nothing, and koske-widgets/ssr (with `koske-widgets
// render`) writes each element's HTML with its shadow root declared in it.
// What a browser makes of that HTML is test/ssr.test.ts's. `npm test` builds
// dist/ before these run.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {promisify} from 'node:util';

const run = promisify(execFile);
const seedFile = 'demo/documents/yhdessa-ei-olla-yksin.json';
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const {exports} = JSON.parse(readFileSync('package.json', 'utf8'));
/** The package's entries that hold code: not its JSON files, nor the entries of types alone (koske-widgets/vue …). */
const codeEntries = Object.entries(exports)
  .filter(([entry, conditions]) => !entry.endsWith('.json') && typeof conditions === 'object' && Object.keys(conditions).some((condition) => condition !== 'types'))
  .map(([entry]) => `koske-widgets${entry.slice(1)}`);

/**
 * Runs a module in a fresh Node process, so that nothing an earlier import left behind counts.
 * @param {string} code an ES module
 * @param {string[]} [flags] Node's options, such as --conditions
 */
async function inFreshNode(code, flags = []) {
  const {stdout, stderr} = await run(process.execPath, [...flags, '--input-type=module', '--eval', code]);
  return {stdout, stderr};
}

describe('every entry in a runtime without a DOM', () => {
  // Deno and Bun resolve the `deno` and `bun` conditions (then `node`); workers `worker`,
  // `workerd` or `edge-light`, whose Lit is its browser build: Node resolves each as they do.
  for (const conditions of [[], ['worker'], ['workerd'], ['edge-light'], ['deno'], ['bun']]) {
    test(`imports without throwing and defines nothing${conditions.length ? ` (condition ${conditions[0]})` : ''}`, async () => {
      const {stdout} = await inFreshNode(
        `const globalsBefore = new Set(Object.keys(globalThis));
        const loaded = {};
        for (const entry of ${JSON.stringify(codeEntries)}) loaded[entry] = Object.keys(await import(entry)).sort();
        const tags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'];
        console.log(JSON.stringify({
          loaded,
          defined: tags.filter((tag) => globalThis.customElements?.get(tag)),
          dom: ['window', 'document', 'HTMLElement', 'ShadowRoot'].filter((name) => name in globalThis),
        }));`,
        conditions.map((condition) => `--conditions=${condition}`),
      );
      const {loaded, defined, dom} = JSON.parse(stdout);
      for (const entry of ['koske-widgets', 'koske-widgets/org-card', 'koske-widgets/municipality-list', 'koske-widgets/contact-block']) {
        assert.ok(
          ['ContactBlock', 'MunicipalityList', 'OrgCard', 'version'].every((name) => loaded[entry].includes(name)),
          `${entry} exports the element classes: ${loaded[entry]}`,
        );
      }
      if (conditions[0] !== 'worker' && conditions[0] !== 'workerd' && conditions[0] !== 'edge-light') {
        assert.deepEqual(loaded['koske-widgets/ssr'], ['renderToStream', 'renderToString']);
      }
      assert.deepEqual(defined, [], 'no element is defined');
      assert.deepEqual(dom, [], 'no DOM global is made up');
    });
  }
});

describe('renderToString', async () => {
  const {renderToString, renderToStream} = await import('koske-widgets/ssr');

  /** The element's declarative shadow root, its markup after the root's <style>, and its JSON child. */
  function parts(/** @type {string} */ html) {
    const shadow = /<template shadowroot="open" shadowrootmode="open"><style>(.*?)<\/style>(.*)<\/template>/s.exec(html);
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html);
    assert.ok(shadow, 'a declarative shadow root with its styles');
    assert.ok(json, 'a JSON child');
    return {css: shadow[1], markup: shadow[2], json: json[1]};
  }

  test('renders the card in the language asked for, compact, with the heading at its level', async () => {
    const html = await renderToString({element: 'koske-org-card', data: seed, lang: 'sv', variant: 'compact', headingLevel: 3});
    assert.match(html, /^(<!--[^>]*-->)*<koske-org-card\s+lang="sv" variant="compact" heading-level="3">/);
    const {css, markup, json} = parts(html);
    assert.match(markup, /<h3 part="heading" id="name">(<!--[^>]*-->)*Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland/);
    assert.match(markup, /class="base compact" lang="sv"/);
    assert.doesNotMatch(markup, /part="loading"|part="description"/, 'compact: no skeleton and no description');
    assert.match(css, /:host\{/, "the element's own styles");
    assert.match(css, /\.summary/, "and its renderer's");
    assert.deepEqual(JSON.parse(json), seed, 'the data, for the browser to take over without a request');
  });

  test('renders each element in fi, sv, en and de, with content in another language marked by its lang', async () => {
    const names = {fi: 'Yhdessä ei olla yksin', sv: 'Tillsammans är vi inte ensamma', en: 'Together We Are Not Alone', de: 'Gemeinsam sind wir nicht allein'};
    const regionHeading = {fi: 'Toiminta-alue', sv: 'Verksamhetsområde', en: 'Area of operation', de: 'Tätigkeitsgebiet'};
    for (const [lang, name] of Object.entries(names)) {
      const card = parts(await renderToString({element: 'koske-org-card', data: seed, lang})).markup;
      assert.ok(card.includes(name), `the card's name in ${lang}`);
      const list = parts(await renderToString({element: 'koske-municipality-list', data: seed, lang})).markup;
      assert.ok(list.includes(regionHeading[/** @type {keyof typeof regionHeading} */ (lang)]), `the list's heading in ${lang}`);
      assert.ok(list.includes('Jyväskylä'), 'the municipalities');
      const contact = parts(await renderToString({element: 'koske-contact-block', data: seed, lang})).markup;
      // Its heading, then the address.
      assert.match(contact, /<div part="base"[^>]*>\s*(<!--[^]*?-->\s*)*<h2 part="heading" id="heading">[^]*<address>/);
    }
    // The seed's description has no German: the card shows the fallback, marked as Finnish or English.
    const german = parts(await renderToString({element: 'koske-org-card', data: {...seed, description: {fi: 'Kuvaus.', en: 'Description.'}}, lang: 'de'})).markup;
    assert.match(german, /<div part="description" class="description" lang="en">/);
  });

  test('takes JSON text as well as an object, and a regional language tag', async () => {
    const fromText = await renderToString({element: 'koske-contact-block', data: JSON.stringify(seed), lang: 'sv-FI'});
    const fromObject = await renderToString({element: 'koske-contact-block', data: seed, lang: 'sv'});
    assert.equal(parts(fromText).markup, parts(fromObject).markup);
    assert.match(fromText, /lang="sv-FI"/, 'the tag is kept on the element, as the browser reads it');
  });

  test('faulty data renders the localized error, with one warning for the webmaster', async () => {
    /** @type {string[]} */
    const warnings = [];
    const warn = console.warn;
    console.warn = (/** @type {unknown[]} */ ...args) => void warnings.push(args.join(' '));
    try {
      const html = await renderToString({element: 'koske-org-card', data: {version: 1, name: 42}, lang: 'en'});
      assert.match(parts(html).markup, /<p role="alert">\s*(<!--[^>]*-->)*The information cannot be shown because it contains errors\./);
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.filter((warning) => warning.startsWith('<koske-org-card>:')).length, 1, String(warnings));
  });

  test('text in the data cannot end the JSON child or add markup', async () => {
    const hostile = {...seed, name: {fi: '</script><script>alert(1)</script><!--', sv: '<img src=x onerror=alert(1)>'}};
    const html = await renderToString({element: 'koske-org-card', data: hostile, lang: 'sv'});
    assert.doesNotMatch(html, /<script>|<img/);
    assert.deepEqual(JSON.parse(parts(html).json), hostile);
    assert.ok(parts(html).markup.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name shown as text');
  });

  test("writes the page's CSP nonce on the shadow root's style, as an attribute's value", async () => {
    const html = await renderToString({element: 'koske-contact-block', data: seed, nonce: 'r4nd"m&'});
    assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style nonce="r4nd&quot;m&amp;">/);
    assert.match(await renderToString({element: 'koske-contact-block', data: seed}), /shadowrootmode="open"><style>/);
  });

  test('rejects a request it cannot render: an unknown element, no data', async () => {
    await assert.rejects(renderToString({element: /** @type {never} */ ('koske-map'), data: seed}), /unknown element "koske-map"/);
    await assert.rejects(renderToString({element: 'koske-org-card', data: undefined}), /no data to render/);
  });

  test('draws the list’s map with map, and only for the list', async () => {
    const withMap = await renderToString({element: 'koske-municipality-list', data: seed, map: true});
    assert.match(withMap, /<koske-municipality-list[^>]* map[ >]/);
    assert.equal(withMap.match(/<path class="in" data-code="\d{3}"/g)?.length, 14);
    assert.match(withMap, /part="map-attribution"/);
    assert.doesNotMatch(await renderToString({element: 'koske-municipality-list', data: seed}), /<svg/);
    assert.doesNotMatch(await renderToString({element: 'koske-org-card', data: seed, map: true}), /<svg| map[ >=]/);
  });

  test('renderToStream streams the same HTML', async () => {
    const request = {element: /** @type {const} */ ('koske-municipality-list'), data: seed, lang: 'de', headingLevel: 4};
    let streamed = '';
    for await (const chunk of renderToStream(request)) streamed += chunk;
    assert.equal(streamed, await renderToString(request));
    assert.match(streamed, /<h4 part="heading"/);
  });
});

describe('koske-widgets render', () => {
  const cli = (/** @type {string[]} */ args) =>
    run(process.execPath, ['bin/koske-widgets.mjs', 'render', ...args]).then(
      ({stdout, stderr}) => ({code: 0, stdout, stderr}),
      (/** @type {{code: number, stdout: string, stderr: string}} */ failure) => failure,
    );

  test('prints what renderToString gives', async () => {
    const {renderToString} = await import('koske-widgets/ssr');
    const {code, stdout} = await cli(['--element', 'koske-org-card', '--lang', 'en', '--variant', 'compact', '--heading-level', '4', seedFile]);
    assert.equal(code, 0);
    assert.equal(stdout, `${await renderToString({element: 'koske-org-card', data: seed, lang: 'en', variant: 'compact', headingLevel: 4})}\n`);
  });

  test('--map draws the list’s map', async () => {
    const {renderToString} = await import('koske-widgets/ssr');
    const {code, stdout} = await cli(['--element', 'koske-municipality-list', '--map', seedFile]);
    assert.equal(code, 0);
    assert.equal(stdout, `${await renderToString({element: 'koske-municipality-list', data: seed, map: true})}\n`);
    assert.match(stdout, /<svg/);
  });

  test('refuses faulty data (exit 1) and wrong usage (exit 2)', async () => {
    const faultyFile = join(mkdtempSync(join(tmpdir(), 'koske-render-')), 'faulty.json');
    writeFileSync(faultyFile, JSON.stringify({version: 1, name: 42}));
    const faulty = await cli(['--element', 'koske-org-card', faultyFile]);
    assert.equal(faulty.code, 1);
    assert.match(faulty.stderr, /nothing rendered; correct the data first/);
    assert.equal(faulty.stdout, '');
    for (const args of [
      [seedFile],
      ['--element', 'koske-map', seedFile],
      ['--element', 'koske-org-card', '--lang', 'ru', seedFile],
      ['--element', 'koske-org-card', '--heading-level', '7', seedFile],
    ]) {
      const {code, stderr} = await cli(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    }
  });
});
