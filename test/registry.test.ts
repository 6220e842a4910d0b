/**
 * Documents that name municipalities and the region by code alone
 * (`"municipalities": ["179"]`): the widgets load their registry of every
 * Finnish municipality and region, a chunk of its own, only then, and show
 * the names in the element's language.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {loadedRegistry} from '../src/data/registry.js';
import * as read from '../src/data/read.js';
import {describeIgnored, type ParseResult} from '../src/data/parse.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import '../src/index.js';
import {find, recordEvents, settle, shadow, textOf, uniqueKey} from './helpers.js';

const byCode = {name: 'Koodeilla', region: '13', municipalities: ['179', '172', '091'], contact: {homeMunicipality: '179'}};
const names = (element: WidgetBase) => [...shadow(element).querySelectorAll('[part="list"] li')].map((item) => textOf(item));

describe('the registry of municipalities and regions', () => {
  // The parser is a chunk of its own: here it is there first, so what is waited for is the registry.
  before(() => read.parserReady());

  // This file runs in a page of its own: nothing has loaded the registry before the first test.
  it('is not loaded for documents that give every name, and reading one that names places by code waits for it once', async () => {
    expect(read.readDocument({name: 'Nimillä', municipalities: [{code: '179', name: 'Jyväskylä'}]})).not.to.be.instanceOf(Promise);
    expect(loadedRegistry()).to.equal(undefined);
    const pending = read.readDocument({...byCode});
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(loadedRegistry()).to.be.an('object');
    const result = read.readDocument({...byCode}) as ParseResult;
    if (!result.ok) throw new Error(result.problem);
    const {organisation} = result;
    expect(organisation.municipalities.map(({code, name}) => [code, name.get('fi'), name.get('sv')])).to.deep.equal([
      ['179', 'Jyväskylä', 'Jyväskylä'],
      ['172', 'Joutsa', 'Joutsa'],
      ['091', 'Helsinki', 'Helsingfors'],
    ]);
    expect([...organisation.region!.name]).to.deep.equal([
      ['fi', 'Keski-Suomi'],
      ['sv', 'Mellersta Finland'],
      ['en', 'Central Finland'],
      ['de', 'Mittelfinnland'],
    ]);
    expect(organisation.contact.homeMunicipality?.name.get('fi')).to.equal('Jyväskylä');
  });

  it('drops a code it does not know, and says so', () => {
    const result = read.readDocument({name: 'Tuntematon', region: '99', municipalities: ['179', '999', '17']}) as ParseResult;
    expect(result.ignored.map(describeIgnored)).to.deep.equal(['region (no such code)', 'municipalities[1] (no such code)', 'municipalities[2] (not a three-digit code)']);
  });

  for (const [lang, region, shown] of [
    ['fi', 'Maakunta: Keski-Suomi', ['Helsinki', 'Joutsa', 'Jyväskylä']],
    ['sv', 'Landskap: Mellersta Finland', ['Helsingfors', 'Joutsa', 'Jyväskylä']],
    ['de', 'Region: Mittelfinnland', ['Helsinki', 'Joutsa', 'Jyväskylä']],
  ] as const) {
    it(`<koske-municipality-list lang="${lang}"> shows the names from codes, given as data or from src`, async () => {
      const events = recordEvents();
      try {
        const fromData = await fixture<WidgetBase>(html`<koske-municipality-list lang=${lang} .data=${{...byCode}}></koske-municipality-list>`);
        const fromSrc = await fixture<WidgetBase>(html`<koske-municipality-list lang=${lang} src=${`/fixtures/by-code/${uniqueKey()}`}></koske-municipality-list>`);
        for (const element of [fromData, fromSrc]) {
          expect(await settle(element)).to.equal('loaded');
          expect(textOf(find(element, '[part="region"]'))).to.equal(region);
          expect(names(element)).to.deep.equal(shown);
        }
        expect(events.events.filter(({type}) => type === 'koske-load')).to.have.length(2);
      } finally {
        events.stop();
      }
    });
  }
});
