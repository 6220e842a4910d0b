/**
 * What a screen reader says: each element, in fi, sv, en and de, full and compact, stepped
 * through to the end (test/speech.ts reads Chromium's accessibility tree). The sequences for the
 * seed are reviewed snapshots in __snapshots__/speech.test.snap.js (`npm run test:speech:update`
 * renews them after a change in what is said, for review); the rules of `speechProblems` run on
 * every sequence, and on the loading and error states. Chromium only: Firefox and WebKit give the
 * tests no accessibility tree, and skip.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {unsafeStatic} from 'lit/static-html.js';
import {compareSnapshot} from '@web/test-runner-commands';
import {languages, neuvonta, organisationOf, seedDocument, seedWithSocialLinks, settle, tags, uniqueKey, withHours, type Tag} from './helpers.js';
import {contactDetails} from './documents.js';
import {speak, speechProblems, textLanguages, transcript, type Phrase} from './speech.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import type {DataDocument} from '../src/data/types.js';

/** One element at a phone's width (360 px), in `lang`, given `data` or `src`. */
async function widget(tag: Tag, lang: string, {variant, data, src, openNow}: {variant?: string; data?: unknown; src?: string; openNow?: boolean}): Promise<WidgetBase> {
  const name = unsafeStatic(tag);
  const container = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: 360px"><${name} .data=${data} src=${src ?? ''} variant=${variant ?? 'full'} ?open-now=${openNow}></${name}></div>`,
  );
  return container.firstElementChild as WidgetBase;
}

/** The phrases of `element`, or a skip where the engine gives no accessibility tree. */
async function phrasesOf(context: Mocha.Context, element: Element): Promise<Phrase[]> {
  const phrases = await speak(element);
  if (!phrases) context.skip();
  return phrases;
}

describe('what a screen reader says', () => {
  for (const tag of tags) {
    for (const variant of ['full', 'compact'] as const) {
      for (const lang of languages) {
        it(`<${tag}> ${variant}, in ${lang}: the reviewed sequence, with nothing empty, repeated, unnamed, in the wrong language or out of order`, async function () {
          const data = await seedDocument();
          const element = await widget(tag, lang, {variant, data});
          expect(await settle(element)).to.equal('loaded');
          const phrases = await phrasesOf(this, element);
          expect(speechProblems(phrases, lang, textLanguages(organisationOf(data)))).to.deep.equal([]);
          await compareSnapshot({name: `${tag} ${variant} ${lang}`, content: transcript(phrases, lang)});
        });
      }
    }
  }

  // More than the seed has: several phones, e-mails and addresses with labels, call charges, hours
  // with exceptions and "open now", social links.
  const richer = {'several of each, with hours': contactDetails, 'hours and exceptions': withHours, 'labelled numbers': neuvonta};
  for (const lang of languages) {
    it(`keeps the rules in a contact block with more than the seed, full and compact, in ${lang}`, async function () {
      const documents: Record<string, DataDocument> = {...richer, 'social links': await seedWithSocialLinks()};
      for (const [what, data] of Object.entries(documents)) {
        for (const variant of ['full', 'compact']) {
          const element = await widget('koske-contact-block', lang, {variant, data, openNow: true});
          expect(await settle(element)).to.equal('loaded');
          const phrases = await phrasesOf(this, element);
          expect(speechProblems(phrases, lang, textLanguages(organisationOf(data))), `${what}, ${variant}`).to.deep.equal([]);
        }
      }
    });
  }

  for (const lang of languages) {
    it(`keeps the rules while loading and after an error, in ${lang}`, async function () {
      const loading = await widget('koske-org-card', lang, {src: `/fixtures/slow/3000?speech-${uniqueKey()}`});
      const failed = await widget('koske-contact-block', lang, {src: `/fixtures/status/500?speech-${uniqueKey()}`});
      await loading.updateComplete;
      await nextFrame();
      expect(await settle(failed)).to.equal('error');
      for (const element of [loading, failed]) {
        const phrases = await phrasesOf(this, element);
        expect(phrases.length, element.localName).to.be.greaterThan(0);
        expect(speechProblems(phrases, lang, new Map()), element.localName).to.deep.equal([]);
      }
    });
  }

  it('finds what the rules are there to find', async function () {
    // Each fault the rules name, once: a lone colon, a count said again as a list's name, an
    // unnamed list, a Finnish text in a Swedish element without its lang, a phrase out of order.
    const element = await fixture<HTMLElement>(html`<div lang="sv" style="display: flex; flex-direction: column; width: 360px">
      <h2>Verksamhetsområde</h2>
      <p><span>Landskap</span><span>:</span></p>
      <p>14 kommuner</p>
      <ul aria-label="Verksamhetsområde 14 kommuner"><li>Joutsa</li></ul>
      <ul><li>Jyväskylä</li></ul>
      <p>Yhdessä ei olla yksin</p>
      <p style="order: -1">Sist</p>
    </div>`);
    const phrases = await phrasesOf(this, element);
    expect(speechProblems(phrases, 'sv', new Map([['Yhdessä ei olla yksin', new Set(['fi'])]]))).to.deep.equal([
      '":" says nothing',
      '"list, Verksamhetsområde 14 kommuner" says all of "14 kommuner" again',
      'a list without a name',
      '"Yhdessä ei olla yksin" is said in sv, not in fi',
      '"Sist" is read after "Yhdessä ei olla yksin" but shown before it',
    ]);
  });
});
