// `npm run screenshots:wordpress`: the pictures of docs/wordpress.md. A real
// WordPress (test/wordpress/harness.mjs) with the plugin from
// dist/wordpress/, the seed as the site's data, and the block editor with the
// organisation card selected, for a Finnish and an English user:
// docs/screenshots/wordpress-editor-<lang>.png (the editor with its preview)
// and wordpress-sidebar-<lang>.png (the block's sidebar). Needs
// `npm run build:wordpress` first.
import {cpSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {launch, signIn} from '../test/wordpress/browser.mjs';
import {startWordPress} from '../test/wordpress/harness.mjs';

/** @typedef {import('../test/wordpress/browser.mjs').EditorWindow} EditorWindow */

const seedPath = '/wp-content/uploads/koske/yhdessa-ei-olla-yksin.json';
const site = await startWordPress();
const browser = await launch();
try {
  cpSync('dist/wordpress/koske-widgets', join(site.content, 'plugins/koske-widgets'), {recursive: true});
  mkdirSync(join(site.content, 'uploads/koske'), {recursive: true});
  cpSync('demo/documents/yhdessa-ei-olla-yksin.json', join(site.content, 'uploads/koske/yhdessa-ei-olla-yksin.json'));
  await site.eval(`activate_plugin('koske-widgets/koske-widgets.php'); update_option('koske_widgets_default_src', '${seedPath}'); return true;`);
  for (const [lang, locale] of [
    ['fi', 'fi'],
    ['en', 'en_US'],
  ]) {
    await site.eval(`update_user_meta(1, 'locale', '${locale}'); return true;`);
    const context = await signIn(browser, site, 'admin');
    const page = await context.newPage();
    await page.setViewportSize({width: 1280, height: 1100});
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => /** @type {Partial<EditorWindow>} */ (window).wp?.blocks?.getBlockType('koske-widgets/org-card'));
    await page.evaluate(() => {
      const {dispatch, select} = /** @type {EditorWindow} */ (window).wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = /** @type {EditorWindow} */ (window).wp.blocks.createBlock('koske-widgets/org-card', {variant: 'compact', headingLevel: 3});
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper koske-org-card')?.shadowRoot?.querySelector('[part~="heading"]'));
    await page.screenshot({path: `docs/screenshots/wordpress-editor-${lang}.png`});
    await page.locator('.interface-complementary-area').screenshot({path: `docs/screenshots/wordpress-sidebar-${lang}.png`});
    await context.close();
    console.log(`docs/screenshots/wordpress-editor-${lang}.png, wordpress-sidebar-${lang}.png`);
  }
} finally {
  await browser.close();
  await site.stop();
}
