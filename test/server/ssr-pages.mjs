// Pages rendered on the server by koske-widgets/ssr (dist/server/ssr.js, as a
// host's server would import it), over real HTTP, for test/ssr.test.ts:
// /ssr/page?lang=sv&variant=compact&heading-level=3 gives the three elements
// of the seed, each in its own <section>, and no script: the test adds the
// script itself when it wants the browser to take over. With data=codes, the
// seed names its places by code alone, as the registry then has to name them. With map=1,
// the list shows its map.
// With csp=nonce or csp=none, the page has a strict Content Security Policy
// (no inline style), and the shadow roots' styles carry its nonce or not.
// /slow/KEY/dist/… serves dist/ with the renderers' chunks 300 ms late, so
// that the data is read before its renderer is there; a new KEY makes new
// URLs, which no cache of the browser answers at once. `npm test` builds
// dist/ before the browser tests run.
import {readFileSync} from 'node:fs';

const seed = JSON.parse(readFileSync(new URL('../../demo/documents/yhdessa-ei-olla-yksin.json', import.meta.url), 'utf8'));
/** The seed with its region and municipalities named by code alone. */
const byCodes = {
  ...seed,
  region: seed.region.code,
  municipalities: seed.municipalities.map((/** @type {{code: string}} */ {code}) => code),
  contact: {...seed.contact, homeMunicipality: seed.contact.homeMunicipality.code},
};
const tags = /** @type {const} */ (['koske-org-card', 'koske-municipality-list', 'koske-contact-block']);

/** @type {import('@web/dev-server-core').Middleware} */
export async function ssrPages(context, next) {
  const slow = /^\/slow\/[\w-]+(\/dist\/.*)$/.exec(context.path);
  if (slow) {
    context.path = slow[1];
    if (context.path.includes('.render-')) await new Promise((resolve) => setTimeout(resolve, 300));
    return next();
  }
  if (context.path !== '/ssr/page') return next();
  const {renderToString} = await import('koske-widgets/ssr');
  const {searchParams} = new URL(context.url, 'http://localhost');
  const lang = searchParams.get('lang') ?? 'fi';
  const variant = searchParams.get('variant') === 'compact' ? 'compact' : undefined;
  const level = searchParams.get('heading-level');
  const data = searchParams.get('data') === 'codes' ? byCodes : seed;
  const csp = searchParams.get('csp');
  const map = searchParams.get('map') === '1';
  const nonce = csp === 'nonce' ? 'koske-test-nonce' : undefined;
  if (csp) context.set('content-security-policy', `default-src 'self'; style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`);
  const sections = await Promise.all(
    tags.map(async (element) => `<section>${await renderToString({element, data, lang, variant, headingLevel: level ? Number(level) : undefined, map, nonce})}</section>`),
  );
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Server-rendered widgets</title></head>
<body>
${sections.join('\n')}
</body>
</html>`;
}
