// Whole pages for the tests of hostile hosts (test/hostile-page.test.ts),
// served over real HTTP with their own headers: /pages/NAME. Each page
// embeds the built files the way a webmaster would. Every script a page
// runs is a file (test/pages/*.js), never inline, so the same markup works
// under a policy that forbids inline code.
import {readFileSync} from 'node:fs';

const seedUrl = '/demo/documents/yhdessa-ei-olla-yksin.json';
const seed = JSON.parse(readFileSync(new URL('../../demo/documents/yhdessa-ei-olla-yksin.json', import.meta.url), 'utf8'));

/** The policy of a strict host: nothing inline, nothing from elsewhere, Trusted Types required. */
const strictCsp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

/** Social media links for the JSON children (the seed has only a website); test/hostile-page.test.ts expects these. */
const socialLinks = [
  {type: 'website', url: 'https://koskeverkko.fi/', label: 'Koskeverkko'},
  {type: 'facebook', url: 'https://www.facebook.com/koskeverkko'},
  {type: 'twitter', url: 'https://twitter.com/koskeverkko'},
  {type: 'instagram', url: 'https://www.instagram.com/koskeverkko/'},
];
// `<` escaped, so no `</script>` in the data can end the JSON child early.
const socialJson = JSON.stringify({...seed, links: socialLinks}).replace(/</g, '\\u003c');

const script = {
  // Records CSP violations, errors and console.warn on window.probe; runs first.
  probe: '<script src="/test/pages/probe.js"></script>',
  module: '<script type="module" src="/dist/koske-widgets.js"></script>',
  classic: '<script src="/dist/koske-widgets.iife.js"></script>',
  /**
   * Defines `tags` as another koske-widgets version would, with `static version`.
   * @param {string} version
   * @param {string} tags space-separated
   */
  otherVersion: (version, tags) => `<script src="/test/pages/other-version.js" data-version="${version}" data-tags="${tags}"></script>`,
};

const allTags = 'koske-org-card koske-municipality-list koske-contact-block';

/** The three elements from the seed's URL: the card in the page's Finnish, the list in Swedish, the contact block in English. */
const fromSrc = `<koske-org-card src="${seedUrl}"><p>Varateksti</p></koske-org-card>
<koske-municipality-list src="${seedUrl}" lang="sv"></koske-municipality-list>
<koske-contact-block src="${seedUrl}" lang="en"></koske-contact-block>`;

/** The three elements from a JSON child (the seed with social links), in German, plus one whose source fails. */
const fromInlineData = `<koske-org-card lang="de" class="inline"><script type="application/json">${socialJson}</script></koske-org-card>
<koske-municipality-list lang="de" class="inline"><script type="application/json">${socialJson}</script></koske-municipality-list>
<koske-contact-block lang="de" class="inline"><script type="application/json">${socialJson}</script></koske-contact-block>
<koske-org-card src="/fixtures/status/404" class="failing"></koske-org-card>`;

/** A card that puts its JSON-LD into <head>: through the Trusted Types policy koske-widgets. */
const jsonLdCard = `<koske-org-card structured-data class="json-ld" src="${seedUrl}"></koske-org-card>`;

/**
 * Style sheets of hosts that restyle everything, each as a host would write it.
 * @type {Record<string, string>}
 */
const hostCss = {
  'root-font-size': 'html { font-size: 62.5%; }',
  'line-height-important': '* { line-height: .2 !important; }',
  'all-initial': 'koske-org-card, koske-municipality-list, koske-contact-block { all: initial; }',
  'wordpress-reset': `
    html, body, div, span, applet, object, iframe, h1, h2, h3, h4, h5, h6, p, blockquote, pre, a, abbr,
    acronym, address, big, cite, code, del, dfn, em, img, ins, kbd, q, s, samp, small, strike, strong,
    sub, sup, tt, var, b, u, i, center, dl, dt, dd, ol, ul, li, fieldset, form, label, legend, table,
    caption, tbody, tfoot, thead, tr, th, td, article, aside, canvas, details, embed, figure, figcaption,
    footer, header, hgroup, menu, nav, output, ruby, section, summary, time, mark, audio, video {
      margin: 0; padding: 0; border: 0; font-size: 100%; font: inherit; vertical-align: baseline;
    }
    * { box-sizing: border-box; }
    body { line-height: 1; }
    ol, ul { list-style: none; }
    a { color: inherit; text-decoration: none; }
    body { font-size: 10px; text-transform: uppercase; letter-spacing: .3em; }`,
};
hostCss.everything = Object.values(hostCss).join('\n');

/**
 * The pages by name: the response headers, what goes in <head> and in <body>.
 * @type {Record<string, {headers?: Record<string, string>, head: string, body: string}>}
 */
const pageTable = {
  // A page without the widgets, for tests that add elements and scripts themselves.
  blank: {head: script.probe, body: ''},
  // The classic script in <head>, then elements the parser makes already defined, before it reaches their JSON child.
  'parsed-after-classic': {
    head: script.probe + script.classic,
    body: `<koske-org-card><script type="application/json">${socialJson}</script></koske-org-card>
      <koske-municipality-list data='{"name": "Kaksi", "municipalities": [{"code": "179", "name": "Jyväskylä"}, {"code": "172", "name": "Joutsa"}]}'></koske-municipality-list>
      <koske-contact-block src="${seedUrl}" lang="en"></koske-contact-block>`,
  },
  'strict-csp-module': {headers: {'content-security-policy': strictCsp}, head: script.probe + script.module, body: fromSrc + fromInlineData + jsonLdCard},
  'strict-csp-classic': {headers: {'content-security-policy': strictCsp}, head: script.probe + script.classic, body: fromSrc + fromInlineData + jsonLdCard},
  // The same policy naming the Trusted Types policies it allows: Lit's and ours, as SECURITY.md asks.
  'named-policies-classic': {
    headers: {'content-security-policy': `${strictCsp}; trusted-types lit-html koske-widgets`},
    head: script.probe + script.classic,
    body: fromSrc + jsonLdCard,
  },
  // Naming Lit's alone: what needs ours stays off (for the classic script, its renderers).
  'lit-html-only-module': {headers: {'content-security-policy': `${strictCsp}; trusted-types lit-html`}, head: script.probe + script.module, body: fromSrc + jsonLdCard},
  'lit-html-only-classic': {headers: {'content-security-policy': `${strictCsp}; trusted-types lit-html`}, head: script.probe + script.classic, body: fromSrc + jsonLdCard},
  // Another version defined every element before this one loads.
  'other-version-then-classic': {head: script.probe + script.otherVersion('0.0.1', allTags) + script.classic, body: fromSrc},
  'other-version-then-both-twice': {
    head:
      script.probe + script.otherVersion('0.0.1', allTags) + script.classic + script.classic + script.module + '<script type="module" src="/dist/koske-widgets.js?twice"></script>',
    body: fromSrc,
  },
  // Another version that had only the card.
  'other-version-card-only': {head: script.probe + script.otherVersion('0.0.1', 'koske-org-card') + script.classic, body: fromSrc},
  'same-version-both-twice': {
    head: script.probe + script.classic + script.classic + script.module + '<script type="module" src="/dist/koske-widgets.js?twice"></script>',
    body: fromSrc,
  },
  privacy: {head: script.probe + script.module, body: fromSrc + fromInlineData},
};
for (const [name, css] of Object.entries(hostCss)) {
  pageTable[`host-css-${name}`] = {
    head: `<style>${css}</style>${script.probe}${script.classic}`,
    body: `<header><h1>Jyväskylän kaupunki</h1><nav><ul><li><a href="#">Etusivu</a></li></ul></nav></header>
      <main><article><h2>Järjestöt</h2><p>Tekstiä sivulta.</p>${fromSrc}${fromInlineData}</article></main>`,
  };
}

/** @type {import('koa').Middleware} */
export async function pages(ctx, next) {
  const match = /^\/pages\/([\w.-]+)$/.exec(ctx.path);
  const page = match && pageTable[match[1]];
  if (!page) return next();
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('cache-control', 'no-store');
  for (const [name, value] of Object.entries(page.headers ?? {})) ctx.set(name, value);
  ctx.body = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>${match[1]}</title>
${page.head}
</head>
<body>
${page.body}
</body>
</html>
`;
}
