// The WordPress plugin in a real WordPress (Debian's 6.1 with Twenty
// Twenty-Three, site language Finnish), installed from
// dist/wordpress/koske-widgets.zip through Plugins → Add New → Upload Plugin:
// each role placing each widget each way, the front end in Chromium, data
// files in the media library, hostile input from an Author, the settings, the
// block editor, and the plugin's life cycle. Run by `npm run test:wordpress`
// (scripts/test-wordpress.mjs), or alone with `node --test` after
// `npm run build:wordpress`.
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {launch, readWidgets, reference, sessions, tags, uploadMedia, visit} from './browser.mjs';
import {wordpressForTests} from './harness.mjs';

/** @typedef {import('./browser.mjs').EditorWindow} EditorWindow */

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedFile = join(root, 'demo/documents/yhdessa-ei-olla-yksin.json');
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const scriptIntegrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8')).files['koske-widgets.iife.js'];
/**
 * A class in custom-elements.json, as far as this test reads it.
 * @typedef {{name: string, tagName?: string, attributes?: Array<{name: string}>, superclass?: {name: string}}} Declaration
 */
/** @type {{modules: Array<{declarations?: Declaration[]}>}} */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** The seed, where the site serves it; widgets name it by this path. */
const seedPath = '/wp-content/uploads/koske/yhdessa-ei-olla-yksin.json';

/**
 * What the municipality list says of the seed's 14 municipalities, per language: proof of the language shown.
 * @type {Record<string, string>}
 */
const count = {fi: '14 kuntaa', sv: '14 kommuner', en: '14 municipalities', de: '14 Gemeinden'};

/**
 * The three ways of placing the widgets, each with all three elements in one
 * language and with some of their other settings: what the post holds, and the
 * attributes the element must end up with.
 * @type {Record<string, {name: string, lang: string, content: string, attributes: Record<string, Record<string, string>>}>}
 */
const ways = {
  block: {
    name: 'blocks',
    lang: 'sv',
    content: [
      `<!-- wp:koske-widgets/org-card {"src":"${seedPath}","lang":"sv","headingLevel":3} /-->`,
      `<!-- wp:koske-widgets/municipality-list {"src":"${seedPath}","lang":"sv","variant":"compact","headingLevel":3} /-->`,
      // Heading level 0 is the editor's "No heading".
      `<!-- wp:koske-widgets/contact-block {"src":"${seedPath}","lang":"sv","headingLevel":0} /-->`,
    ].join('\n\n'),
    attributes: {'koske-org-card': {'heading-level': '3'}, 'koske-municipality-list': {'heading-level': '3', variant: 'compact'}, 'koske-contact-block': {'heading-level': 'none'}},
  },
  // Classic-editor content: wpautop runs over it, then the shortcodes.
  shortcode: {
    name: 'shortcodes',
    lang: 'en',
    content: [
      'Hankkeen tiedot:',
      `[koske_org_card src="${seedPath}" lang="en" heading_level="4" structured_data="1"]`,
      `[koske_municipality_list src="${seedPath}" lang="en" heading_level="4"]\n[koske_contact_block src="${seedPath}" lang="en" variant="compact" heading_level="3"]`,
      'Soita meille.',
    ].join('\n\n'),
    attributes: {'koske-org-card': {'heading-level': '4'}, 'koske-municipality-list': {'heading-level': '4'}, 'koske-contact-block': {variant: 'compact', 'heading-level': '3'}},
  },
  pasted: {
    name: 'pasted elements',
    lang: 'de',
    content: `<!-- wp:html -->\n${[
      `<koske-org-card src="${seedPath}" lang="de" heading-level="3"></koske-org-card>`,
      `<koske-municipality-list src="${seedPath}" lang="de" variant="compact"></koske-municipality-list>`,
      `<koske-contact-block src="${seedPath}" lang="de" loading="lazy" timeout="20000"></koske-contact-block>`,
    ].join('\n')}\n<!-- /wp:html -->`,
    attributes: {'koske-org-card': {'heading-level': '3'}, 'koske-municipality-list': {variant: 'compact'}, 'koske-contact-block': {}},
  },
};

/** @type {Record<string, string>} */
const roleNames = {admin: 'Administrator', eeva: 'Editor', aino: 'Author'};

/** @typedef {import('./browser.mjs').Page} Page */
/** @typedef {import('./harness.mjs').WpPost} WpPost */

/** @type {import('./browser.mjs').Site} */
let site;
/** @type {import('./browser.mjs').Browser} */
let browser;
/** @type {import('./browser.mjs').BrowserContext} */
let visitor;
/**
 * Role × way × result, printed at the end for the closing note.
 * @type {Array<{role: string, disallow: boolean, unfiltered: boolean, way: string, result: string}>}
 */
const results = [];

/**
 * Signed-in browser contexts, one per login (made in `before`).
 * @type {(login: string) => Promise<import('./browser.mjs').BrowserContext>}
 */
let session;

/**
 * Publishes a post as `login` through the REST API; resolves to the REST answer's body.
 * @param {string} login
 * @param {string} content
 * @param {string} [title]
 */
async function publish(login, content, title = `${login}: koske-widgets`) {
  const {status, body} = await site.rest(login, 'POST', '/wp/v2/posts', {title, content, status: 'publish'});
  assert.equal(status, 201, `${login} could not publish: ${JSON.stringify(body)}`);
  return /** @type {WpPost} */ (body);
}

/**
 * The post's content as saved (after kses, for users without unfiltered_html).
 * @param {number} id
 */
async function saved(id) {
  const {body} = await site.rest('admin', 'GET', `/wp/v2/posts/${id}?context=edit`);
  return /** @type {WpPost} */ (body).content.raw;
}

/**
 * The page's koske-widgets script tags: src, integrity and crossorigin. Not
 * the classic script's parts (classic/), which it adds to the head only while
 * one loads: whether one is there is a matter of timing, not of what
 * WordPress printed.
 * @param {Page} page
 */
const scriptsOn = (page) =>
  page.$$eval('script[src*="koske-widgets"]:not([src*="/classic/"])', (scripts) => /** @type {HTMLScriptElement[]} */ (scripts).map((script) => ({src: script.src, integrity: script.integrity, crossOrigin: script.crossOrigin})));

/** Lines of PHP's log that name the plugin: notices, warnings or errors of ours. */
const pluginLogLines = () => {
  try {
    return readFileSync(join(site.dir, 'debug.log'), 'utf8').split('\n').filter((line) => line.includes('/plugins/koske-widgets/'));
  } catch {
    return [];
  }
};

before(async () => {
  site = await wordpressForTests();
  browser = await launch();
  session = sessions(browser, site);
  await site.enableAdminApi();
  await site.addUser('eeva', 'editor', {locale: 'fi'});
  await site.addUser('aino', 'author', {locale: 'fi'});
  await site.addUser('sven', 'author', {locale: 'sv_SE'});
  await site.addUser('emma', 'author', {locale: 'en_US'});
  await site.addUser('kalle', 'contributor', {locale: 'fi'});
  mkdirSync(join(site.content, 'uploads/koske'), {recursive: true});
  cpSync(seedFile, join(site.content, `uploads/koske/yhdessa-ei-olla-yksin.json`));
  visitor = await browser.newContext();
});

after(async () => {
  if (results.length) {
    console.log('\n| role | DISALLOW_UNFILTERED_HTML | unfiltered_html | way | result |\n|---|---|---|---|---|');
    for (const row of results) console.log(`| ${row.role} | ${row.disallow ? 'on' : 'off'} | ${row.unfiltered ? 'yes' : 'no'} | ${row.way} | ${row.result} |`);
  }
  await browser?.close();
  await site?.stop();
});

describe('installed from the zip', () => {
  test('a webmaster uploads dist/wordpress/koske-widgets.zip in Plugins → Add New → Upload Plugin and activates it', async () => {
    const admin = await session('admin');
    const page = await admin.newPage();
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', join(root, 'dist/wordpress/koske-widgets.zip'));
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    // The site is in Finnish: "Lisäosa asennettiin onnistuneesti." and "Ota lisäosa käyttöön".
    assert.match(/** @type {string} */ (await page.textContent('.wrap')), /Lisäosa asennettiin onnistuneesti/);
    await Promise.all([page.waitForNavigation(), page.click('.wrap a.button-primary[href*="action=activate"]')]);
    assert.deepEqual(await site.eval("return get_option('active_plugins');"), ['koske-widgets/koske-widgets.php']);
    // The Plugins screen shows it, described in the site's language, with a link to its settings.
    const row = page.locator('tr[data-plugin="koske-widgets/koske-widgets.php"]');
    assert.match(/** @type {string} */ (await row.textContent()), /Näyttää organisaation kortin/);
    assert.equal(await row.locator('a[href$="options-general.php?page=koske-widgets"]').count(), 1);
    await page.close();
  });

  test('the three blocks and shortcodes are registered, and pasted elements keep exactly the listed attributes', async () => {
    const registered = /** @type {[string[], boolean[], string[][]]} */ (
      await site.eval(`
      return [
        array_values(array_filter(array_keys(WP_Block_Type_Registry::get_instance()->get_all_registered()), fn($name) => str_starts_with($name, 'koske-widgets/'))),
        array_map('shortcode_exists', ['koske_org_card', 'koske_municipality_list', 'koske_contact_block']),
        array_map(fn($tag) => array_keys(wp_kses_allowed_html('post')[$tag] ?? []), ['koske-org-card', 'koske-municipality-list', 'koske-contact-block']),
      ];`)
    );
    assert.deepEqual(registered[0].sort(), ['koske-widgets/contact-block', 'koske-widgets/municipality-list', 'koske-widgets/org-card']);
    assert.deepEqual(registered[1], [true, true, true]);
    const listed = ['src', 'lang', 'variant', 'heading-level', 'loading', 'timeout', 'structured-data', 'map'];
    for (const allowed of registered[2]) assert.deepEqual(allowed, listed);
  });

  test('what the plugin lets each element carry is what the element has (custom-elements.json)', async () => {
    const [elements, pasted] = /** @type {[Record<string, {tag: string, heading_level: boolean, structured_data: boolean, map: boolean}>, string[]]} */ (
      await site.eval('return [Koske_Widgets\\ELEMENTS, Koske_Widgets\\PASTED_ATTRIBUTES];')
    );
    const declared = new Map(
      manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration]),
    );
    /** @param {string} tag */
    const attributesOf = (tag) => {
      // Attributes the element declares, with those of the classes it extends.
      /** @type {Set<string>} */
      const names = new Set();
      for (let declaration = declared.get(tag); declaration; ) {
        for (const attribute of declaration.attributes ?? []) names.add(attribute.name);
        const parent = declaration.superclass?.name;
        declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.name === parent);
      }
      return names;
    };
    for (const definition of Object.values(elements)) {
      const names = attributesOf(definition.tag);
      for (const attribute of pasted.filter((name) => !['heading-level', 'structured-data', 'map'].includes(name))) assert.ok(names.has(attribute), `${definition.tag} has no ${attribute}`);
      assert.equal(names.has('heading-level'), definition.heading_level, `${definition.tag}: heading-level`);
      assert.equal(names.has('structured-data'), definition.structured_data, `${definition.tag}: structured-data`);
      assert.equal(names.has('map'), definition.map, `${definition.tag}: map`);
    }
  });
});

for (const disallow of [false, true]) {
  describe(disallow ? 'each role, with DISALLOW_UNFILTERED_HTML' : 'each role, on a single site as installed', () => {
    before(() => site.flag('disallow-unfiltered-html', disallow));
    after(() => site.flag('disallow-unfiltered-html', false));

    for (const role of ['admin', 'eeva', 'aino']) {
      for (const [way, {name, lang, content, attributes}] of Object.entries(ways)) {
        test(`${roleNames[role]} ${role} places the three widgets as ${name}: they show the seed in ${lang}`, async () => {
          const post = await publish(role, content);
          // The REST answer links "unfiltered HTML" only for a user whose posts kses leaves alone.
          const unfiltered = Boolean(post._links?.['wp:action-unfiltered-html']);
          assert.equal(unfiltered, !disallow && role !== 'aino', 'who holds unfiltered_html');
          // Pasted elements with only the listed attributes are saved as written, filtered or not.
          if (way === 'pasted') assert.equal(await saved(post.id), content);

          const {page, errors} = await visit(visitor, post.link);
          const shown = await readWidgets(page);
          assert.deepEqual(
            shown.map(({tag, lang: shownLang, state}) => [tag, shownLang, state]),
            tags.map((tag) => [tag, lang, 'loaded']),
          );
          for (const widget of shown) assert.equal(widget.text, await reference(page, widget.tag, seed, lang, attributes[widget.tag]), `${widget.tag} shows the seed as the widget itself does`);
          assert.ok(shown[1].text.includes(count[lang]), `the list says "${count[lang]}"`);
          for (const [tag, expected] of Object.entries(attributes)) {
            for (const [name, value] of Object.entries(expected)) assert.equal(await page.getAttribute(tag, name), value, `${tag} ${name}`);
          }
          assert.deepEqual(await scriptsOn(page), [{src: `${site.url}/wp-content/plugins/koske-widgets/dist/0.1.0/koske-widgets.iife.js`, integrity: scriptIntegrity, crossOrigin: 'anonymous'}]);
          assert.deepEqual(errors, []);
          await page.close();
          results.push({role: roleNames[role], disallow, unfiltered, way, result: `3 of 3 render (${lang})`});
        });
      }
    }
  });
}

describe('the front end', () => {
  test('a page without widgets gets no script', async () => {
    const post = await publish('aino', '<!-- wp:paragraph --><p>Ei widgettejä tällä sivulla.</p><!-- /wp:paragraph -->');
    const {page, errors} = await visit(visitor, post.link);
    assert.match(/** @type {string} */ (await page.textContent('body')), /Ei widgettejä tällä sivulla/);
    assert.deepEqual(await scriptsOn(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('wpautop puts no <p> or <br> inside a shortcode’s element, and none around one that stands alone', async () => {
    const post = await publish('aino', ways.shortcode.content);
    const html = await (await fetch(post.link)).text();
    for (const tag of tags) {
      const inner = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
      assert.ok(inner, `${tag} is on the page`);
      assert.equal(inner[1], '', `nothing inside ${tag}`);
    }
    assert.doesNotMatch(html, /<p>\s*<koske-org-card/);
    assert.match(html, /<p>Hankkeen tiedot:<\/p>/);
  });

  test('the card with structured_data puts its schema.org JSON-LD into the head', async () => {
    const post = await publish('aino', ways.shortcode.content);
    const {page} = await visit(visitor, post.link);
    await readWidgets(page);
    const jsonLd = JSON.parse(/** @type {string} */ (await page.textContent('head script[type="application/ld+json"]')));
    assert.equal(jsonLd['@type'], 'Project');
    assert.equal(jsonLd.name, seed.name.en);
    await page.close();
  });

  test("widgets set to the page's language follow the page's locale, as Polylang or WPML set it", async () => {
    // What a multilingual plugin does: it sets the locale per page (here, by a post's meta).
    writeFileSync(
      join(site.content, 'mu-plugins/koske-test-locale.php'),
      `<?php add_filter('locale', function ($locale) { $id = url_to_postid($_SERVER['REQUEST_URI'] ?? '') ?: (int) ($_GET['p'] ?? 0); return $id && get_post_meta($id, 'koske_test_locale', true) ? get_post_meta($id, 'koske_test_locale', true) : $locale; });`,
    );
    const content = [
      `<!-- wp:koske-widgets/org-card {"src":"${seedPath}"} /-->`,
      `[koske_municipality_list src="${seedPath}"]`,
    ].join('\n\n');
    const finnish = await publish('aino', content);
    const swedish = await publish('aino', content);
    await site.eval(`update_post_meta(${swedish.id}, 'koske_test_locale', 'sv_SE'); return true;`);
    for (const [post, lang] of /** @type {Array<[WpPost, string]>} */ ([
      [finnish, 'fi'],
      [swedish, 'sv'],
    ])) {
      const {page} = await visit(visitor, post.link);
      const shown = await readWidgets(page);
      assert.deepEqual(shown.map((widget) => widget.lang), [lang, lang]);
      assert.equal(shown[0].text, await reference(page, 'koske-org-card', seed, lang));
      assert.ok(shown[1].text.includes(count[lang]));
      await page.close();
    }
  });

  test('with a classic theme, too, the script is only where widgets are, once', async () => {
    // A minimal classic theme: WordPress then enqueues every block's script on every page.
    const theme = join(site.content, 'themes/koske-classic');
    mkdirSync(theme, {recursive: true});
    writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: koske classic test\n*/\n');
    writeFileSync(
      join(theme, 'index.php'),
      `<!doctype html><html <?php language_attributes(); ?>><head><?php wp_head(); ?></head><body><?php while (have_posts()) { the_post(); the_content(); } wp_footer(); ?></body></html>`,
    );
    await site.eval("switch_theme('koske-classic'); return true;");
    try {
      const without = await publish('aino', '<!-- wp:paragraph --><p>Tavallinen sivu.</p><!-- /wp:paragraph -->');
      const withWidgets = await publish('aino', ways.block.content);
      let {page} = await visit(visitor, without.link);
      assert.deepEqual(await scriptsOn(page), []);
      await page.close();
      ({page} = await visit(visitor, withWidgets.link));
      assert.equal((await scriptsOn(page)).length, 1);
      assert.deepEqual((await readWidgets(page)).map((widget) => widget.state), ['loaded', 'loaded', 'loaded']);
      await page.close();
    } finally {
      await site.eval("switch_theme('twentytwentythree'); return true;");
    }
  });

  test('a block or shortcode without data shows nothing to readers, and tells those who can edit why', async () => {
    const post = await publish('aino', '<!-- wp:koske-widgets/contact-block /-->\n\n[koske_org_card src="ftp://example.com/org.json"]\n\n<!-- wp:paragraph --><p>Muu sisältö.</p><!-- /wp:paragraph -->');
    const html = await (await fetch(post.link)).text();
    assert.doesNotMatch(html, /<koske-|koske-widgets-notice|koske-widgets\.iife\.js/);
    assert.match(html, /Muu sisältö/);
    const editor = await session('eeva');
    const {page} = await visit(editor, post.link);
    const notes = await page.$$eval('.koske-widgets-notice', (notes) => notes.map((note) => note.textContent));
    assert.equal(notes.length, 2);
    // In the site's language.
    assert.match(notes[0], /^koske-contact-block: ei tietoja\./);
    assert.match(notes[1], /^koske-org-card: tietojen osoitetta ”ftp:\/\/example.com\/org.json” ei hyväksytty\./);
    await page.close();
  });
});

/** The seed's municipality codes, in order: the shapes its map fills. */
const seedCodes = seed.municipalities.map((/** @type {{code: string}} */ municipality) => municipality.code).sort();

/**
 * The shapes each municipality list that `selector` finds fills on its map (`path.in`, by code,
 * in order), once every list with `map` has drawn them; [] for a list without a map.
 * @param {Page} page
 * @param {string} [selector]
 */
async function drawnMaps(page, selector = 'koske-municipality-list') {
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((list) => !list.hasAttribute('map') || list.shadowRoot?.querySelector('svg path.in')),
    selector,
  );
  return page.$$eval(selector, (lists) => lists.map((list) => [...(list.shadowRoot?.querySelectorAll('svg path.in') ?? [])].map((path) => path.getAttribute('data-code')).sort()));
}

describe('the municipality list’s map', () => {
  test('a block with map and a shortcode with map="1" draw it, from the plugin’s own parts; map="0", no map, and the other elements get none', async () => {
    const post = await publish('aino', [
      `<!-- wp:koske-widgets/municipality-list {"src":"${seedPath}","map":true} /-->`,
      `[koske_municipality_list src="${seedPath}" map="1"]`,
      `[koske_municipality_list src="${seedPath}" map="0"]`,
      `<!-- wp:koske-widgets/municipality-list {"src":"${seedPath}"} /-->`,
      `[koske_org_card src="${seedPath}" map="true"]`,
      `<!-- wp:koske-widgets/contact-block {"src":"${seedPath}","map":true} /-->`,
    ].join('\n\n'));
    const {page, errors} = await visit(visitor, post.link);
    const shown = await readWidgets(page);
    assert.deepEqual(
      shown.map((widget) => [widget.tag, widget.state]),
      [...Array(4).fill(['koske-municipality-list', 'loaded']), ['koske-org-card', 'loaded'], ['koske-contact-block', 'loaded']],
    );
    assert.deepEqual(await page.$$eval(tags.join(','), (widgets) => widgets.map((widget) => widget.hasAttribute('map'))), [true, true, false, false, false, false]);
    assert.deepEqual(await drawnMaps(page), [seedCodes, seedCodes, [], []]);
    // The map's part and the shapes of the seed's region (13, Central Finland), from this version's folder in the plugin.
    const parts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/classic/map')));
    assert.deepEqual(parts.sort(), ['map-region-13.js', 'map.js'].map((file) => `${site.url}/wp-content/plugins/koske-widgets/dist/0.1.0/classic/${file}`));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a Contributor pastes a list with map: kses keeps map (and strips the rest), and the published post draws the map', async () => {
    const pasted = (extra = '') => `<!-- wp:html -->\n<koske-municipality-list src="${seedPath}" map${extra}></koske-municipality-list>\n<!-- /wp:html -->`;
    const {status, body} = await site.rest('kalle', 'POST', '/wp/v2/posts', {title: 'kalle: kartta', content: pasted(' onclick="window.__pwned=1"'), status: 'pending'});
    assert.equal(status, 201, JSON.stringify(body));
    const {id} = /** @type {WpPost} */ (body);
    assert.equal(await saved(id), pasted());
    const published = await site.rest('admin', 'POST', `/wp/v2/posts/${id}`, {status: 'publish'});
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const {page, errors} = await visit(visitor, /** @type {WpPost} */ (published.body).link);
    assert.deepEqual((await readWidgets(page)).map((widget) => widget.state), ['loaded']);
    assert.deepEqual(await drawnMaps(page), [seedCodes]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

/**
 * Uploads `text` as the file `name` to the media library as `login`, as the block editor does.
 * @param {string} login
 * @param {string} name
 * @param {string} text
 */
const upload = async (login, name, text) => uploadMedia(await session(login), site.url, name, text);

/**
 * The seed with `change` applied to a copy, as JSON text.
 * @param {(document: {municipalities: Array<{code: unknown}>, address: {postalCode: unknown}}) => void} change
 */
const seedWith = (change) => {
  const copy = structuredClone(seed);
  change(copy);
  return JSON.stringify(copy, null, 2);
};

const faulty = seedWith((document) => {
  document.municipalities[0].code = '17';
  document.address.postalCode = 40100;
});

describe('data files in the media library', () => {
  test('an Author uploads the seed, and a block using the file shows it', async () => {
    const {status, body} = await upload('aino', 'yhdessa-ei-olla-yksin.json', readFileSync(seedFile, 'utf8'));
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.mime_type, 'application/json');
    const post = await publish('aino', `<!-- wp:koske-widgets/org-card {"src":"${body.source_url}"} /-->`);
    const {page, errors} = await visit(visitor, post.link);
    const [card] = await readWidgets(page);
    assert.equal(card.text, await reference(page, 'koske-org-card', seed, 'fi'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [login, words] of /** @type {Array<[string, {intro: string, code: string, text: string}]>} */ ([
    ['aino', {intro: 'Tämä tietotiedosto ei noudata koske-widgets-tietomuotoa: ', code: 'pitää olla kolminumeroinen koodi tekstinä', text: 'pitää olla tekstiä'}],
    ['sven', {intro: 'Den här datafilen följer inte dataformatet för koske-widgets: ', code: 'ska vara en tresiffrig kod som text', text: 'ska vara text'}],
    ['emma', {intro: 'This data file does not follow the koske-widgets format: ', code: 'should be a three-digit code as text', text: 'should be text'}],
  ])) {
    test(`a document with faults is refused, naming each field, in the uploader's language (${login})`, async () => {
      const {status, body} = await upload(login, 'faulty.json', faulty);
      assert.notEqual(status, 201);
      assert.ok(body.message.startsWith(words.intro), body.message);
      assert.ok(body.message.includes(`municipalities[0].code: ${words.code}`), body.message);
      assert.ok(body.message.includes(`address.postalCode: ${words.text}`), body.message);
      const library = await site.rest('admin', 'GET', '/wp/v2/media?search=faulty');
      assert.deepEqual(library.body, []);
    });
  }

  test('text that is not JSON, and a file over 1 MB, are refused with what is wrong', async () => {
    const notJson = await upload('emma', 'notes.json', '{"name": "KOSKE",}');
    assert.equal(notJson.body.message, 'This is not a koske-widgets data file: its text is not valid JSON.');
    const large = await upload('emma', 'large.json', JSON.stringify({name: 'KOSKE', description: 'x'.repeat(1_100_000)}));
    assert.match(large.body.message, /^This data file is 1(\.\d+)? MB; the widgets read at most 1 MB\.$/);
  });

  test('a Contributor, who may not upload files, still may not', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(seedFile)], {type: 'application/json'}), 'yhdessa.json');
    const {status} = await site.rest('kalle', 'POST', '/wp/v2/media', form);
    assert.equal(status, 403);
  });

  test('Media → Add New accepts the seed and refuses a faulty file with its message', async () => {
    const page = await (await session('aino')).newPage();
    await page.goto(`${site.url}/wp-admin/media-new.php`);
    /**
     * @param {string} name
     * @param {string} text
     */
    const file = (name, text) => ({name, mimeType: 'application/json', buffer: Buffer.from(text)});
    await page.setInputFiles('#plupload-upload-ui input[type="file"]', file('koske-seed.json', readFileSync(seedFile, 'utf8')));
    await page.waitForSelector('.media-item .filename.new, .media-item .edit-attachment', {timeout: 15_000});
    await page.setInputFiles('#plupload-upload-ui input[type="file"]', file('koske-faulty.json', faulty));
    const refusal = await page.waitForSelector('.media-item .error-div', {timeout: 15_000});
    assert.match(/** @type {string} */ (await refusal.textContent()), /municipalities\[0\]\.code: pitää olla kolminumeroinen koodi tekstinä/);
    const library = await site.rest('admin', 'GET', '/wp/v2/media?search=koske-');
    assert.deepEqual(
      /** @type {import('./harness.mjs').WpMedia[]} */ (library.body).map((item) => item.source_url.split('/').pop()),
      ['koske-seed.json'],
    );
    await page.close();
  });
});

/**
 * What a page would show had any hostile input run: dialogs, the marker, requests elsewhere.
 * @param {Awaited<ReturnType<typeof import('./browser.mjs').visit>>} visited
 */
async function assertNothingRan(visited) {
  assert.deepEqual(visited.dialogs, [], 'no dialog opened');
  assert.equal(await visited.page.evaluate(() => /** @type {Window & {__pwned?: unknown}} */ (window).__pwned), undefined, 'no injected script ran');
  assert.deepEqual(visited.elsewhere, [], 'no request left the site');
}

/**
 * The attributes of every koske-widgets element in the page's HTML as the server sent it.
 * @param {Page} page
 * @param {string} html
 */
const elementAttributes = (page, html) =>
  page.evaluate(
    ([html, selector]) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll(selector)].map((el) => [el.localName, el.getAttributeNames()]),
    [html, tags.join(',')],
  );

const written = new Set(['src', 'lang', 'variant', 'heading-level', 'loading', 'timeout', 'structured-data', 'map', 'class']);

describe('hostile input from an Author', () => {
  test('shortcode attributes with quotes, tags and other protocols: nothing runs, every value stays inside its attribute, the rest renders', async () => {
    const post = await publish('aino', [
      '[koske_org_card src="javascript:alert(1)"]',
      '[koske_org_card src="data:application/json,{&quot;name&quot;:&quot;x&quot;}"]',
      `[koske_municipality_list src="${seedPath}" lang='"><script>window.__pwned=1</script>' variant='"><img src=x onerror=alert(2)>' heading_level="3 onmouseover=alert(3)" timeout='1" onfocus="alert(4)' loading='lazy" autofocus onfocus="alert(5)']`,
      `[koske_contact_block src='${seedPath}" onclick="alert(6)']`,
      `[koske_contact_block src='${seedPath}?x="onclick=alert(7)']`,
      `[koske_contact_block src="${seedPath}"]`,
      'Loppu.',
    ].join('\n\n'));
    const html = await (await fetch(post.link)).text();
    const visited = await visit(visitor, post.link);
    const {page} = visited;
    for (const [tag, names] of await elementAttributes(page, html)) for (const name of names) assert.ok(written.has(name), `${tag} has ${name}`);
    assert.doesNotMatch(html, /javascript:alert|data:application\/json/);
    const shown = await readWidgets(page);
    // A src with spaces is refused (no element); one with a quote keeps it inside its attribute.
    assert.deepEqual(shown.map((widget) => [widget.tag, widget.state]), [['koske-municipality-list', 'loaded'], ['koske-contact-block', 'loaded'], ['koske-contact-block', 'loaded']]);
    // The list's language was no language: it speaks the page's.
    assert.equal(shown[0].lang, 'fi');
    // Where a reader clicks beside the links, and hovers, and tabs: where injected handlers would run.
    await page.click('koske-contact-block', {position: {x: 3, y: 3}});
    await page.hover('koske-municipality-list');
    await page.keyboard.press('Tab');
    await assertNothingRan(visited);
    assert.match(/** @type {string} */ (await page.textContent('body')), /Loppu\./);
    await page.close();
  });

  test('block attributes with quotes, tags and other protocols: nothing runs, the rest renders', async () => {
    const post = await publish('aino', [
      '<!-- wp:koske-widgets/org-card {"src":"javascript:alert(1)"} /-->',
      `<!-- wp:koske-widgets/municipality-list {"src":"${seedPath}","lang":"\\u0022\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e","variant":"\\u0022 onmouseover=\\u0022alert(2)","headingLevel":"3\\u0022 onclick=\\u0022alert(3)"} /-->`,
      '<!-- wp:koske-widgets/contact-block {"src":"data:application/json,{\\u0022name\\u0022:\\u0022x\\u0022}"} /-->',
      `<!-- wp:koske-widgets/contact-block {"src":"${seedPath}\\u0022 onclick=\\u0022alert(4)"} /-->`,
      `<!-- wp:koske-widgets/contact-block {"src":"${seedPath}?x=\\u0022onclick=\\u0022alert(5)"} /-->`,
      `<!-- wp:koske-widgets/contact-block {"src":"${seedPath}"} /-->`,
      '<!-- wp:paragraph --><p>Loppu.</p><!-- /wp:paragraph -->',
    ].join('\n\n'));
    const html = await (await fetch(post.link)).text();
    const visited = await visit(visitor, post.link);
    const {page} = visited;
    for (const [tag, names] of await elementAttributes(page, html)) for (const name of names) assert.ok(written.has(name), `${tag} has ${name}`);
    assert.doesNotMatch(html, /javascript:alert|data:application\/json|<script>window/);
    const shown = await readWidgets(page);
    assert.deepEqual(shown.map((widget) => [widget.tag, widget.lang, widget.state]), [['koske-municipality-list', 'fi', 'loaded'], ['koske-contact-block', 'fi', 'loaded'], ['koske-contact-block', 'fi', 'loaded']]);
    await page.click('koske-municipality-list', {position: {x: 3, y: 3}});
    await assertNothingRan(visited);
    assert.match(/** @type {string} */ (await page.textContent('body')), /Loppu\./);
    await page.close();
  });

  test('pasted elements keep only the listed attributes: handlers, style and the rest are gone from the saved post', async () => {
    const content = `<!-- wp:html -->
<koske-org-card src="${seedPath}" lang="sv" onclick="window.__pwned=1" onmouseover="alert(1)" style="background:url(https://evil.example/x.png)" class="x" id="y" title="t" data-x="1" data="{}" tabindex="0" part="base"></koske-org-card>
<koske-contact-block src="javascript:alert(2)"></koske-contact-block>
<koske-municipality-list src="data:application/json,{}" lang="sv"></koske-municipality-list>
<script>window.__pwned = 2;</script><p>Loppu.</p>
<!-- /wp:html -->`;
    const post = await publish('aino', content);
    const raw = await saved(post.id);
    assert.ok(raw.includes(`<koske-org-card src="${seedPath}" lang="sv"></koske-org-card>`), raw);
    for (const gone of ['onclick', 'onmouseover', 'style=', 'class=', 'id=', 'title=', 'data-x', 'data=', 'tabindex', 'part=', '<script', 'javascript:', 'data:application']) {
      assert.ok(!raw.includes(gone), `${gone} is gone: ${raw}`);
    }
    const visited = await visit(visitor, post.link);
    const {page} = visited;
    const shown = await readWidgets(page);
    assert.deepEqual(shown[0], {...shown[0], tag: 'koske-org-card', lang: 'sv', state: 'loaded'});
    await page.click('koske-org-card', {position: {x: 3, y: 3}});
    await page.hover('koske-org-card');
    await assertNothingRan(visited);
    assert.match(/** @type {string} */ (await page.textContent('body')), /Loppu\./);
    await page.close();
  });

  test('the data attribute is not among them: kses empties JSON in it (WordPress reads `data` as a URL)', async () => {
    const json = JSON.stringify(seed);
    const filtered = await site.eval(`
      add_filter('wp_kses_allowed_html', function ($allowed, $context) { $allowed['koske-org-card']['data'] = true; return $allowed; }, 20, 2);
      return wp_kses_post('<koske-org-card data="' . esc_attr(${JSON.stringify(json)}) . '"></koske-org-card>');`);
    assert.equal(filtered, '<koske-org-card data=""></koske-org-card>');
  });
});

describe('Settings → koske-widgets', () => {
  test('an Administrator sets the default data; blocks and shortcodes without src show it, and the page previews it', async () => {
    const admin = await session('admin');
    const page = await admin.newPage();
    await page.goto(`${site.url}/wp-admin/options-general.php?page=koske-widgets`);
    assert.equal(await page.textContent('label[for="koske_widgets_default_src"]'), 'Oletustietojen osoite');
    await page.fill('#koske_widgets_default_src', seedPath);
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.match(/** @type {string} */ (await page.textContent('.notice, .updated')), /Asetukset tallennettu/);
    assert.equal(await site.eval("return get_option('koske_widgets_default_src');"), seedPath);
    assert.deepEqual((await readWidgets(page)).map((widget) => widget.state), ['loaded', 'loaded', 'loaded']);
    await page.close();

    const post = await publish('aino', '<!-- wp:koske-widgets/org-card /-->\n\n[koske_contact_block]');
    const {page: front} = await visit(visitor, post.link);
    const shown = await readWidgets(front);
    assert.deepEqual(shown.map((widget) => [widget.tag, widget.state]), [['koske-org-card', 'loaded'], ['koske-contact-block', 'loaded']]);
    assert.equal(await front.getAttribute('koske-org-card', 'src'), seedPath);
    await front.close();
  });

  test('an address that is neither http(s) nor a path on the site is refused with a message, and the old one stays', async () => {
    const admin = await session('admin');
    const page = await admin.newPage();
    await page.goto(`${site.url}/wp-admin/options-general.php?page=koske-widgets`);
    await page.fill('#koske_widgets_default_src', 'javascript:alert(1)');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.match(/** @type {string} */ (await page.textContent('#setting-error-koske-widgets-refused-address')), /Osoitetta ”javascript:alert\(1\)” ei tallennettu/);
    assert.equal(await site.eval("return get_option('koske_widgets_default_src');"), seedPath);
    await page.close();
  });

  test('only those who may manage options reach it, and the form needs its nonce', async () => {
    const editor = await session('eeva');
    const page = await editor.newPage();
    const response = await page.goto(`${site.url}/wp-admin/options-general.php?page=koske-widgets`);
    assert.equal(/** @type {import('playwright-core').Response} */ (response).status(), 403);
    assert.equal(await page.locator('#koske_widgets_default_src').count(), 0);
    await page.close();

    const admin = await session('admin');
    const forged = await admin.request.post(`${site.url}/wp-admin/options.php`, {
      form: {option_page: 'koske-widgets', action: 'update', koske_widgets_default_src: 'https://evil.example/org.json'},
    });
    assert.equal(forged.status(), 403);
    assert.equal(await site.eval("return get_option('koske_widgets_default_src');"), seedPath);
  });
});

/**
 * A new post in the block editor as `login`, with the block `name` (with `attributes`) inserted
 * and selected and its sidebar open; the page's uncaught errors are collected in `errors`.
 * @param {string} login
 * @param {string} name
 * @param {Record<string, unknown>} [attributes]
 */
async function editBlock(login, name, attributes = {}) {
  const page = await (await session(login)).newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(
    (name) => /** @type {Partial<EditorWindow>} */ (window).wp?.blocks?.getBlockType(name) && /** @type {EditorWindow} */ (window).wp.data.select('core/block-editor'),
    name,
  );
  await page.evaluate(
    ({name, attributes}) => {
      const {dispatch, select} = /** @type {EditorWindow} */ (window).wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = /** @type {EditorWindow} */ (window).wp.blocks.createBlock(name, attributes);
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    },
    {name, attributes},
  );
  return {page, errors, sidebar: page.locator('.interface-complementary-area')};
}

/**
 * The selected block's attributes in the editor.
 * @param {Page} page
 */
const selectedAttributes = (page) => page.evaluate(() => /** @type {EditorWindow} */ (window).wp.data.select('core/block-editor').getSelectedBlock().attributes);

describe('the block editor', () => {
  for (const [login, words] of /** @type {Array<[string, {title: string, panels: string[], web: string, wrong: string}]>} */ ([
    ['aino', {title: 'Organisaatiokortti', panels: ['Tiedot', 'Kieli ja ulkoasu'], web: 'Verkko-osoite', wrong: 'Käytä osoitetta, joka alkaa https://'}],
    ['sven', {title: 'Organisationskort', panels: ['Data', 'Språk och utseende'], web: 'En webbadress', wrong: 'Använd en adress som börjar med https://'}],
    ['emma', {title: 'Organisation card', panels: ['Data', 'Language and look'], web: 'A web address', wrong: 'Use an address that starts with https://'}],
  ])) {
    test(`${login} inserts the card: the sidebar speaks the user's language, the URL field refuses javascript:, and the preview is the real widget`, async () => {
      const {page, errors, sidebar} = await editBlock(login, 'koske-widgets/org-card');
      assert.equal(/** @type {string} */ (await sidebar.locator('.block-editor-block-card__title').textContent()).trim(), words.title);
      for (const panel of words.panels) assert.equal(await sidebar.locator('.components-panel__body-title', {hasText: panel}).count(), 1, panel);

      // Without data the block says where to choose it; with a wrong address it keeps none.
      await sidebar.getByLabel(words.web).check();
      const field = sidebar.locator('input[type="url"]');
      await field.fill('javascript:alert(1)');
      assert.match(/** @type {string} */ (await sidebar.textContent()), new RegExp(words.wrong.replace(/[/.]/g, '\\$&')));
      const src = async () => (await selectedAttributes(page)).src;
      assert.equal(await src(), '');
      await field.fill(seedPath);
      assert.equal(await src(), seedPath);

      // The preview: the widget itself, in the page's language, with the seed.
      await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper koske-org-card')?.shadowRoot?.querySelector('[part~="heading"]'));
      assert.equal(
        // The preview's heading is there (waited for above).
        await page.evaluate(() =>
          /** @type {string} */ (
            /** @type {Element} */ (/** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('.editor-styles-wrapper koske-org-card')).shadowRoot).querySelector('[part~="heading"]')).textContent
          ).trim(),
        ),
        seed.name.fi,
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('aino switches on the municipality list’s map, “Näytä kartta”: the preview draws it, and switched off it is gone', async () => {
    const {page, errors, sidebar} = await editBlock('aino', 'koske-widgets/municipality-list', {src: seedPath});
    const preview = '.editor-styles-wrapper koske-municipality-list';
    await page.waitForFunction((preview) => document.querySelector(preview)?.shadowRoot?.querySelector('[part~="base"]'), preview);
    assert.deepEqual(await drawnMaps(page, preview), [[]]);
    const toggle = sidebar.getByLabel('Näytä kartta');
    assert.match(/** @type {string} */ (await sidebar.textContent()), /Kuntien maakunta kartalla/);
    await toggle.check();
    assert.equal((await selectedAttributes(page)).map, true);
    assert.equal(await page.getAttribute(preview, 'map'), '');
    assert.deepEqual(await drawnMaps(page, preview), [seedCodes]);
    // Off is no attribute at all: map="false" would still be on.
    await toggle.uncheck();
    assert.equal((await selectedAttributes(page)).map, false);
    assert.equal(await page.getAttribute(preview, 'map'), null);
    assert.deepEqual(await drawnMaps(page, preview), [[]]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the life cycle', () => {
  test('deactivated, the plugin breaks nothing else on the page', async () => {
    const post = await publish('admin', `${ways.block.content}\n\n${ways.pasted.content}\n\n<!-- wp:paragraph --><p>Muu sisältö pysyy.</p><!-- /wp:paragraph -->`);
    const {status, body} = await site.rest('admin', 'POST', '/wp/v2/plugins/koske-widgets/koske-widgets', {status: 'inactive'});
    assert.equal(status, 200, JSON.stringify(body));
    const {page, response, errors} = await visit(visitor, post.link);
    assert.equal(/** @type {import('playwright-core').Response} */ (response).status(), 200);
    assert.match(/** @type {string} */ (await page.textContent('body')), /Muu sisältö pysyy\./);
    assert.deepEqual(await scriptsOn(page), []);
    // The pasted elements stay, inert: undefined elements with nothing inside.
    assert.equal(await page.evaluate(() => customElements.get('koske-org-card')), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('deleting it runs uninstall.php, which removes its options', async () => {
    assert.equal(await site.eval("return get_option('koske_widgets_default_src');"), seedPath);
    const {status, body} = await site.rest('admin', 'DELETE', '/wp/v2/plugins/koske-widgets/koske-widgets');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(await site.eval("return get_option('koske_widgets_default_src', 'gone');"), 'gone');
    assert.equal(await site.eval("return file_exists(WP_PLUGIN_DIR . '/koske-widgets');"), false);
  });

  test('PHP logged no notice, warning or error from the plugin', () => {
    assert.deepEqual(pluginLogLines(), []);
  });
});
