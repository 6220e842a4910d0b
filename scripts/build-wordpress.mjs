// `npm run build:wordpress`: the WordPress plugin as the file a webmaster
// uploads in Plugins → Add New → Upload Plugin, dist/wordpress/koske-widgets.zip.
// It holds one folder, koske-widgets/: the plugin's PHP, block.json files and
// editor script from wordpress/, its translations compiled from
// wordpress/languages/*.po, and this version's built widgets (the classic
// script, its parts, their hashes and the format's JSON Schema) under
// dist/<version>/, which the plugin serves itself. Needs `npm run build` first.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
// @ts-expect-error -- TS7016: gettext-parser ships no types and @types/gettext-parser is not a devDependency.
import gettextParser from 'gettext-parser';
// @ts-expect-error -- TS7016: yazl ships no types and @types/yazl is not a devDependency.
import yazl from 'yazl';
import {editorScriptHandle, readTranslations} from './wordpress-i18n.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'dist/wordpress';
const stage = join(out, 'koske-widgets');

if (!existsSync('dist/koske-widgets.iife.js')) throw new Error('dist/ is not built: run `npm run build` first.');

// The plugin's version is the widgets' version: the header, the readme's stable tag and VERSION say so.
const main = readFileSync('wordpress/koske-widgets.php', 'utf8');
const readme = readFileSync('wordpress/readme.txt', 'utf8');
const stated = {
  'the Version header of wordpress/koske-widgets.php': /^ \* Version:\s*(\S+)/m.exec(main)?.[1],
  'VERSION in wordpress/koske-widgets.php': /^const VERSION = '([^']+)';/m.exec(main)?.[1],
  'the Stable tag of wordpress/readme.txt': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
};
for (const [where, value] of Object.entries(stated)) {
  if (value !== version) throw new Error(`${where} is ${value}, but package.json's version is ${version}.`);
}

rmSync(out, {recursive: true, force: true});
mkdirSync(stage, {recursive: true});
for (const entry of ['koske-widgets.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'editor']) {
  cpSync(join('wordpress', entry), join(stage, entry), {recursive: true});
}

const widgets = join(stage, 'dist', version);
mkdirSync(widgets, {recursive: true});
for (const entry of ['koske-widgets.iife.js', 'classic', 'integrity.json', 'koske-widgets.schema.json']) {
  cpSync(join('dist', entry), join(widgets, entry), {recursive: true});
}

// Translations: .mo for PHP; for the editor script, the JSON WordPress's
// wp_set_script_translations() reads, named by the script's handle.
mkdirSync(join(stage, 'languages'));
for (const {locale, po} of readTranslations()) {
  writeFileSync(join(stage, 'languages', `koske-widgets-${locale}.mo`), gettextParser.mo.compile(po));
  /** @type {Record<string, unknown>} */
  const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms']}};
  for (const [context, entries] of Object.entries(po.translations)) {
    for (const [id, entry] of Object.entries(entries)) {
      if (id && entry.comments?.reference?.includes('editor/blocks.js')) messages[context ? `${context}\u0004${id}` : id] = entry.msgstr;
    }
  }
  writeFileSync(join(stage, 'languages', `koske-widgets-${locale}-${editorScriptHandle}.json`), JSON.stringify({domain: 'messages', locale_data: {messages}}));
}

/**
 * Every file under `dir`, in a fixed order.
 * @param {string} dir
 * @returns {string[]}
 */
const files = (dir) =>
  /** @type {string[]} */ (readdirSync(dir, {recursive: true}))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());

// The same sources give the same zip, byte for byte: a fixed time for every entry.
const zip = new yazl.ZipFile();
const mtime = new Date('2026-01-01T00:00:00Z');
for (const file of files(stage)) zip.addFile(file, relative(out, file), {mtime, mode: 0o644});
zip.end();
const zipFile = join(out, 'koske-widgets.zip');
await /** @type {Promise<void>} */ (
  new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    zip.outputStream.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => (writeFileSync(zipFile, Buffer.concat(chunks)), resolve()));
  })
);
console.log(`${zipFile}: ${statSync(zipFile).size.toLocaleString('en')} bytes, ${files(stage).length} files`);
