// What the three elements render for a document, in every interface language
// and both variants, as markup to compare: the elements' server rendering
// (koske-widgets/ssr, the same render() as in the browser) without Lit's
// comment markers, the styles and the JSON child, which carry no content.
// Imported by URL, so that type-checking this file does not type-check the built JavaScript.
/** @type {typeof import('../../dist/types/ssr.js')} */
const {renderToString} = await import(new URL('../../dist/server/ssr.js', import.meta.url).href);

const elements = /** @type {const} */ (['koske-org-card', 'koske-municipality-list', 'koske-contact-block']);
const languages = ['fi', 'sv', 'en', 'de'];
const blockTags = 'address|button|dd|div|dl|dt|h[1-6]|li|ol|p|section|table|tbody|td|th|thead|tr|ul';
const blockTagSpace = new RegExp(` ?(</?(?:${blockTags})\\b[^>]*>) ?`, 'g');
const variants = /** @type {const} */ (['full', 'compact']);

/**
 * The markup a reader gets, keyed `element lang variant`.
 * @param {unknown} data a document
 * @returns {Promise<Record<string, string>>}
 */
export async function renderedMarkup(data) {
  /** @type {Record<string, string>} */
  const markup = {};
  for (const element of elements) {
    for (const lang of languages) {
      for (const variant of variants) {
        const html = await renderToString({element, data, lang, variant});
        markup[`${element} ${lang} ${variant}`] = html
          .replace(/<!--[^]*?-->|<\?lit\$\d+\$>|<\?>/g, '')
          .replace(/<style>[^]*?<\/style>/g, '')
          .replace(/<script type="application\/json">[^]*?<\/script>/g, '')
          .replace(/\s+/g, ' ')
          // Spaces beside a block's tags show nothing; the templates' indentation is not content.
          .replace(blockTagSpace, '$1')
          // Nor do the spaces a template leaves in a class list or before a tag's end.
          .replace(/class="([^"]*)"/g, (_, names) => `class="${names.trim()}"`)
          .replace(/ +>/g, '>');
      }
    }
  }
  return markup;
}
