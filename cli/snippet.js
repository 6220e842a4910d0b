// The HTML a webmaster pastes into a page: the version-pinned classic script
// with its Subresource Integrity hash, then the chosen elements with their
// attributes. Plain JavaScript: the command line (Node) and the configurator
// (browser) both import it as it is.

/** The elements, in the order a page usually shows them. */
export const elementTags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'];

/**
 * Where a published version's files are: jsDelivr serves every npm version under its own path.
 * @param {string | undefined} version
 * @returns {string}
 */
export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/koske-widgets@${version}/dist/`;

/**
 * The file the snippet loads: the classic script. Every language is inside,
 * and it loads the rest from classic/ beside it with the hash of each file
 * built in, so its integrity hash covers all the code that can run (a
 * module's chunks load without one).
 */
export const scriptFile = 'koske-widgets.iife.js';

/**
 * @param {unknown} value
 * @returns {string}
 */
const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON safe inside <script>: no `</script>` or `<!--` can end or bend it.
 * @param {unknown} document
 * @returns {string}
 */
const scriptSafeJson = (document) => JSON.stringify(document, null, 2).replace(/</g, '\\u003c');

/**
 * @param {object} options
 * @param {string} options.integrity `sha384-…` of the script (dist/integrity.json)
 * @param {string} [options.base] where the version's dist/ is served, ending in `/` (default: jsDelivr)
 * @param {string} [options.version] the version, for the default base
 * @param {string[]} [options.elements] tags to show (default: all three)
 * @param {string} [options.src] URL of the data
 * @param {unknown} [options.document] the data itself, written into each element (when there is no src)
 * @param {string} [options.lang] fi, sv, en or de; none follows the page
 * @param {number} [options.headingLevel] 1–6 for each element's heading (2 is the default and is left out)
 * @param {'full' | 'compact'} [options.variant]
 * @param {boolean} [options.structuredData] the card adds its schema.org JSON-LD to the page's head
 * @param {boolean} [options.map] the list shows a map of the area
 * @param {boolean} [options.openNow] the contact block says with its hours whether it is open now
 * @param {Record<string, string>} [options.theme] custom properties without their `--koske-` prefix: {accent: '#00589c'}
 * @returns {string}
 */
export function snippet({integrity, base, version, elements = elementTags, src, document, lang, headingLevel, variant, structuredData, map, openNow, theme = {}}) {
  const scriptUrl = `${base ?? cdnBase(version)}${scriptFile}`;
  const style = Object.entries(theme)
    .filter(([, value]) => value)
    .map(([name, value]) => `--koske-${name}: ${value}`)
    .join('; ');
  const lines = [`<script src="${escapeAttribute(scriptUrl)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>`];
  for (const tag of elementTags.filter((tag) => elements.includes(tag))) {
    const attributes = /** @type {Array<[string, (string | number)?]>} */ (
      [
        src && ['src', src],
        lang && ['lang', lang],
        headingLevel && headingLevel !== 2 && ['heading-level', headingLevel],
        variant === 'compact' && ['variant', 'compact'],
        structuredData && tag === 'koske-org-card' && ['structured-data'],
        map && tag === 'koske-municipality-list' && ['map'],
        openNow && tag === 'koske-contact-block' && ['open-now'],
        style && ['style', style],
      ].filter(Boolean)
    );
    // A boolean attribute is written bare.
    const open = `<${tag}${attributes.map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
    const inline = !src && document !== undefined ? `\n  <script type="application/json">\n${scriptSafeJson(document).replace(/^/gm, '    ')}\n  </script>\n` : '';
    lines.push(`${open}${inline}</${tag}>`);
  }
  return lines.join('\n');
}
