// koske-widgets/react on a server, as Next.js renders a client component
// there: importing it defines nothing, and each component writes its element
// with the data as a JSON child (so the element has it the moment it is
// defined, before React hydrates) and no property as an attribute. What it
// does in a browser is shown in real apps: test/frameworks/. `npm test`
// builds dist/ before these run.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {createElement} from 'react';
import {renderToString} from 'react-dom/server';
import {ContactBlock, MunicipalityList, OrgCard} from 'koske-widgets/react';

const seed = JSON.parse(readFileSync('demo/documents/yhdessa-ei-olla-yksin.json', 'utf8'));

test('each component renders its element with the data as a JSON child, its other properties as attributes', () => {
  /** @type {Array<[import('react').ElementType, string]>} */
  const components = [
    [OrgCard, 'koske-org-card'],
    [MunicipalityList, 'koske-municipality-list'],
    [ContactBlock, 'koske-contact-block'],
  ];
  for (const [component, tag] of components) {
    const html = renderToString(createElement(component, {data: seed, lang: 'sv', variant: 'compact', onKoskeLoad: () => {}}));
    const match = new RegExp(`^<${tag}([^>]*)><script type="application/json">(.*)</script></${tag}>$`, 's').exec(html);
    assert.ok(match, `${tag}: ${html.slice(0, 200)}`);
    assert.match(match[1], /lang="sv"/);
    assert.match(match[1], /variant="compact"/, 'there when the element is defined, before React hydrates');
    assert.doesNotMatch(match[1], /data=|onkoskeload|object Object/i, 'the data and the handlers are left to the browser');
    assert.deepEqual(JSON.parse(match[2]), seed);
  }
  assert.equal(globalThis.customElements?.get('koske-org-card'), undefined, 'nothing is defined on the server');
});

test('data given as JSON text is written as it is, with < escaped so it cannot end the script', () => {
  const text = JSON.stringify({...seed, name: '</script><script>alert(1)</script>'});
  const html = renderToString(createElement(OrgCard, {data: text}));
  assert.doesNotMatch(html, /<script>alert/);
  assert.equal(JSON.parse(/<script type="application\/json">(.*)<\/script>/s.exec(html)?.[1] ?? '').name, '</script><script>alert(1)</script>');
});

test('without data, no JSON child', () => {
  assert.equal(renderToString(createElement(MunicipalityList, {src: '/data/org.json'})), '<koske-municipality-list src="/data/org.json"></koske-municipality-list>');
});
