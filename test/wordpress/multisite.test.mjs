// The WordPress plugin on a network (multisite, subdirectory sites): the
// super admin uploads and network-activates the zip; each site keeps its own
// settings; an Administrator and an Editor of a site, who on a network lack
// unfiltered_html, place each widget each way; an Editor uploads a data file;
// deleting the plugin removes its options from every site. Run by
// `npm run test:wordpress`.
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {launch, readWidgets, reference, sessions, tags, uploadMedia, visit} from './browser.mjs';
import {wordpressForTests} from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedFile = join(root, 'demo/documents/yhdessa-ei-olla-yksin.json');
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const seedPath = '/wp-content/uploads/koske/yhdessa-ei-olla-yksin.json';
/** A second organisation, the second site's default. */
const other = {version: 1, lang: 'fi', name: {fi: 'Toinen yhdistys ry', sv: 'Andra föreningen rf'}, contact: {phone: '014 123 4567'}};
const otherPath = '/wp-content/uploads/koske/toinen-yhdistys.json';

/** @type {import('./browser.mjs').Site} */
let site;
/** @type {import('./browser.mjs').Browser} */
let browser;
/**
 * The second site's address.
 * @type {string}
 */
let second;
/**
 * Signed-in browser contexts, one per login (made in `before`).
 * @type {(login: string) => Promise<import('./browser.mjs').BrowserContext>}
 */
let session;
/**
 * Publishes a post as `login` on the site at `base`; resolves to the REST answer's body.
 * @param {string} login
 * @param {string} base
 * @param {string} content
 */
async function publish(login, base, content) {
  const {status, body} = await site.rest(login, 'POST', '/wp/v2/posts', {title: `${login}: koske-widgets`, content, status: 'publish'}, base);
  assert.equal(status, 201, JSON.stringify(body));
  return /** @type {import('./harness.mjs').WpPost} */ (body);
}

before(async () => {
  site = await wordpressForTests();
  await site.becomeNetwork();
  const made = await site.addSite('toinen', 'Toinen sivusto');
  second = made.url;
  await site.eval(`
    foreach (['sanna' => 'administrator', 'eino' => 'editor'] as $login => $role) {
      add_user_to_blog(${made.id}, wpmu_create_user($login, wp_generate_password(), "$login@example.com"), $role);
    }
    return true;`);
  // Passwords and application passwords for the two, through the harness's own bookkeeping.
  for (const login of ['sanna', 'eino']) {
    const password = `${login}-${Math.random().toString(36).slice(2)}A1!`;
    const application = await site.eval(`
      $user = get_user_by('login', '${login}');
      wp_set_password(${JSON.stringify(password)}, $user->ID);
      [$application] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'koske-widgets tests']);
      return $application;`);
    site.users[login] = {login, password, application: /** @type {string} */ (application)};
  }
  await site.enableAdminApi();
  mkdirSync(join(site.content, 'uploads/koske'), {recursive: true});
  cpSync(seedFile, join(site.content, 'uploads/koske/yhdessa-ei-olla-yksin.json'));
  writeFileSync(join(site.content, 'uploads/koske/toinen-yhdistys.json'), JSON.stringify(other));
  browser = await launch();
  session = sessions(browser, site);
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

describe('on a network', () => {
  test('the super admin uploads the zip in the network admin and network-activates it', async () => {
    const page = await (await session('admin')).newPage();
    await page.goto(`${site.url}/wp-admin/network/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', join(root, 'dist/wordpress/koske-widgets.zip'));
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    await Promise.all([page.waitForNavigation(), page.click('.wrap a.button-primary[href*="action=activate"]')]);
    assert.deepEqual(Object.keys(/** @type {object} */ (await site.eval("return get_site_option('active_sitewide_plugins');"))), ['koske-widgets/koske-widgets.php']);
    await page.close();
  });

  test('each site keeps its own default data, set on its own settings page', async () => {
    const page = await (await session('admin')).newPage();
    for (const [base, address] of [[site.url, seedPath], [second, otherPath]]) {
      await page.goto(`${base}/wp-admin/options-general.php?page=koske-widgets`);
      await page.fill('#koske_widgets_default_src', address);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    }
    await page.close();
    assert.deepEqual(await site.eval("return [get_blog_option(1, 'koske_widgets_default_src'), get_blog_option(2, 'koske_widgets_default_src')];"), [seedPath, otherPath]);

    const visitor = await browser.newContext();
    for (const [base, data] of [[site.url, seed], [second, other]]) {
      const post = await publish('admin', base, '<!-- wp:koske-widgets/org-card /-->');
      const {page: front, errors} = await visit(visitor, post.link);
      const [card] = await readWidgets(front);
      assert.equal(card.text, await reference(front, 'koske-org-card', data, 'fi'));
      assert.deepEqual(errors, []);
    }
    await visitor.close();
  });

  for (const login of ['sanna', 'eino']) {
    test(`${login === 'sanna' ? "an Administrator of a site (not the network's)" : 'an Editor of a site'}, without unfiltered_html, places the widgets as blocks, shortcodes and pasted elements`, async () => {
      const content = [
        `<!-- wp:koske-widgets/org-card {"src":"${seedPath}","lang":"sv"} /-->`,
        `[koske_municipality_list src="${seedPath}" lang="sv"]`,
        `<!-- wp:html --><koske-contact-block src="${seedPath}" lang="sv" onclick="window.__pwned = 1"></koske-contact-block><!-- /wp:html -->`,
      ].join('\n\n');
      const post = await publish(login, second, content);
      assert.equal(post._links?.['wp:action-unfiltered-html'], undefined, 'kses filters this user');
      const {body} = await site.rest('admin', 'GET', `/wp/v2/posts/${post.id}?context=edit`, undefined, second);
      assert.ok(
        /** @type {import('./harness.mjs').WpPost} */ (body).content.raw.includes(`<koske-contact-block src="${seedPath}" lang="sv"></koske-contact-block>`),
        /** @type {import('./harness.mjs').WpPost} */ (body).content.raw,
      );
      const visitor = await browser.newContext();
      const {page, errors} = await visit(visitor, post.link);
      const shown = await readWidgets(page);
      assert.deepEqual(shown.map((widget) => [widget.tag, widget.lang, widget.state]), tags.map((tag) => [tag, 'sv', 'loaded']));
      for (const widget of shown) assert.equal(widget.text, await reference(page, widget.tag, seed, 'sv'));
      assert.equal((await page.$$('script[src*="koske-widgets.iife.js"][integrity]')).length, 1);
      assert.deepEqual(errors, []);
      await visitor.close();
    });
  }

  test("an Editor uploads the seed to the site's media library, past the network's list of file types", async () => {
    const {status, body} = await uploadMedia(await session('eino'), second, 'yhdessa.json', readFileSync(seedFile, 'utf8'));
    assert.equal(status, 201, JSON.stringify(body));
    assert.match(body.source_url, /\/toinen\/wp-content\/uploads\/sites\/2\/|\/wp-content\/uploads\/sites\/2\//);
  });

  test('deleting the plugin from the network removes its options from every site', async () => {
    const deactivated = await site.rest('admin', 'POST', '/wp/v2/plugins/koske-widgets/koske-widgets', {status: 'inactive'});
    assert.equal(deactivated.status, 200, JSON.stringify(deactivated.body));
    const deleted = await site.rest('admin', 'DELETE', '/wp/v2/plugins/koske-widgets/koske-widgets');
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    assert.deepEqual(await site.eval("return [get_blog_option(1, 'koske_widgets_default_src', 'gone'), get_blog_option(2, 'koske_widgets_default_src', 'gone')];"), ['gone', 'gone']);
  });
});
