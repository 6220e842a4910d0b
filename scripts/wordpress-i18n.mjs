// The WordPress plugin's own interface in fi, sv and en, through WordPress
// i18n (text domain koske-widgets). English is the source;
// wordpress/languages/fi.po and sv_SE.po are the translations, and
// wordpress/languages/koske-widgets.pot the template.
//
//   node scripts/wordpress-i18n.mjs extract   the template from the PHP, the editor script, the
//                                             block.json files and the plugin header (GNU gettext's
//                                             xgettext), merged into each .po (msgmerge)
//   node scripts/wordpress-i18n.mjs check     fails while the template is stale, or a string has no
//                                             translation, or one is fuzzy (npm run test:wordpress)
//
// scripts/build-wordpress.mjs compiles the .po files into the zip.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
// @ts-expect-error -- TS7016: gettext-parser ships no types and @types/gettext-parser is not a devDependency.
import gettextParser from 'gettext-parser';

/**
 * A parsed .po or .pot file, as gettext-parser reads and writes it.
 * @typedef {object} Catalogue
 * @property {string} charset
 * @property {Record<string, string>} headers
 * @property {Record<string, Record<string, Message>>} translations context → msgid → message
 */
/**
 * @typedef {object} Message
 * @property {string} [msgctxt]
 * @property {string} msgid
 * @property {string[]} msgstr
 * @property {{reference?: string, extracted?: string, flag?: string, translator?: string}} [comments]
 */

/** The editor script's handle (includes/blocks.php): its translations' file is named by it. */
export const editorScriptHandle = 'koske-widgets-blocks';

const languages = 'wordpress/languages';
const template = join(languages, 'koske-widgets.pot');

/**
 * Each translation: its WordPress locale (fi, sv_SE) and the parsed .po.
 * @returns {Array<{locale: string, file: string, po: Catalogue}>}
 */
export function readTranslations() {
  return readdirSync(languages)
    .filter((name) => name.endsWith('.po'))
    .sort()
    .map((name) => ({locale: name.slice(0, -3), file: join(languages, name), po: gettextParser.po.parse(readFileSync(join(languages, name)))}));
}

/**
 * The files whose strings are the plugin's, in a fixed order.
 * @param {string} [dir]
 * @returns {string[]}
 */
function sources(dir = 'wordpress') {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'languages' ? [] : sources(path);
      return /\.(php|js)$/.test(entry.name) ? [path] : [];
    });
}

/** The template as text: xgettext's reading of the code, plus block.json's and the header's strings. */
function extract() {
  const keywords = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', '_n:1,2'].map((keyword) => `--keyword=${keyword}`);
  const code = execFileSync('xgettext', [
    '--from-code=UTF-8',
    '--add-comments=translators:',
    '--no-wrap',
    '--sort-by-file',
    ...keywords,
    '--package-name=koske-widgets',
    '-o',
    '-',
    ...sources(),
  ]);
  /** @type {Catalogue} */
  const pot = gettextParser.po.parse(code);
  /**
   * @param {string} context
   * @param {string} id
   * @param {string} reference
   * @param {string} [extracted]
   */
  const add = (context, id, reference, extracted) => {
    pot.translations[context] ??= {};
    // xgettext's entries, as gettext-parser reads them, all have comments.
    const entry = /** @type {Message & {comments: NonNullable<Message['comments']>}} */ (
      pot.translations[context][id] ??= {msgctxt: context || undefined, msgid: id, msgstr: [''], comments: {}}
    );
    entry.comments.reference = [entry.comments.reference, reference].filter(Boolean).join('\n');
    if (extracted) entry.comments.extracted = [entry.comments.extracted, extracted].filter(Boolean).join('\n');
  };
  // WordPress translates these block.json fields with these contexts (wp-includes/block-i18n.json).
  for (const block of readdirSync('wordpress/blocks').sort()) {
    const file = `wordpress/blocks/${block}/block.json`;
    /** @type {{title: string, description: string, keywords?: string[]}} */
    const metadata = JSON.parse(readFileSync(file, 'utf8'));
    add('block title', metadata.title, file);
    add('block description', metadata.description, file);
    for (const keyword of metadata.keywords ?? []) add('block keyword', keyword, file);
  }
  // And the plugin header's name and description, with the text domain (the Plugins screen).
  const main = readFileSync('wordpress/koske-widgets.php', 'utf8');
  for (const field of ['Plugin Name', 'Description'])
    add('', /** @type {RegExpExecArray} */ (new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(main))[1], 'wordpress/koske-widgets.php', `${field} of the plugin`);
  pot.translations[''][''].comments = {translator: 'The koske-widgets WordPress plugin: its interface. English is the source.'};
  pot.headers = {'Project-Id-Version': 'koske-widgets', 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Transfer-Encoding': '8bit', 'X-Domain': 'koske-widgets'};
  return gettextParser.po.compile(pot, {foldLength: 0}).toString();
}

/**
 * `context\u0004id` of every message of a parsed catalogue.
 * @param {Catalogue} catalogue
 * @returns {string[]}
 */
const ids = (catalogue) =>
  Object.entries(catalogue.translations)
    .flatMap(([context, entries]) =>
      Object.keys(entries)
        .filter(Boolean)
        .map((id) => `${context}\u0004${id}`),
    )
    .sort();

const command = import.meta.url === pathToFileURL(process.argv[1]).href ? process.argv[2] : 'none';
if (command === 'extract') {
  writeFileSync(template, extract());
  for (const {file} of readTranslations()) execFileSync('msgmerge', ['--quiet', '--update', '--backup=none', '--no-wrap', '--sort-by-file', file, template]);
  console.log(`${template} and ${readTranslations().length} translations updated.`);
} else if (command === 'check') {
  /** @type {string[]} */
  const problems = [];
  /** @type {Catalogue} */
  const extracted = gettextParser.po.parse(extract());
  const expected = ids(extracted);
  // xgettext's JavaScript reader silently stops at what it cannot lex (a `/` in a regex's
  // character class): every line that calls a translation function must have been read.
  const referenced = new Set(Object.values(extracted.translations).flatMap((entries) => Object.values(entries).flatMap((entry) => entry.comments?.reference?.split(/\s+/) ?? [])));
  for (const file of sources()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/(?<![\w$])(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_n)\(\s*['"]/.test(line) && !referenced.has(`${file}:${index + 1}`))
          problems.push(`${file}:${index + 1}: xgettext did not read this string`);
      });
  }
  if (JSON.stringify(ids(gettextParser.po.parse(readFileSync(template)))) !== JSON.stringify(expected)) {
    problems.push(`${template} is stale: run \`node scripts/wordpress-i18n.mjs extract\`.`);
  }
  for (const {file, po} of readTranslations()) {
    if (JSON.stringify(ids(po)) !== JSON.stringify(expected)) problems.push(`${file} has other strings than the template: run the extract command.`);
    for (const entries of Object.values(po.translations)) {
      for (const [id, entry] of Object.entries(entries)) {
        if (!id) continue;
        if (entry.msgstr.some((text) => !text)) problems.push(`${file}: no translation for "${id}"`);
        if (entry.comments?.flag?.includes('fuzzy')) problems.push(`${file}: the translation of "${id}" is fuzzy`);
      }
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`WordPress translations: ${expected.length} strings, each translated in ${readTranslations().length} languages.`);
} else if (command !== 'none') {
  console.error('usage: node scripts/wordpress-i18n.mjs extract|check');
  process.exit(2);
}
