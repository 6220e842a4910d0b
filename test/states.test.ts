/**
 * The states every widget shares, for each of the three: loading (busy,
 * space reserved, said in the widget's language), loaded after loading, and
 * empty. The error state is in errors.test.ts.
 */
import {expect, fixture, html, unsafeStatic} from '@open-wc/testing';
import {nothing} from 'lit';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {find, settle, shadow, textOf, uniqueKey, tags} from './helpers.js';

const loadingText = {fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…', de: 'Wird geladen…'} as const;

async function widget(tag: string, attributes: {lang?: string; src?: string}): Promise<WidgetBase> {
  const name = unsafeStatic(tag);
  return fixture<WidgetBase>(html`<${name} lang=${attributes.lang ?? 'fi'} src=${attributes.src ?? nothing}></${name}>`);
}

for (const tag of tags) {
  describe(`<${tag}>`, () => {
    for (const [lang, text] of Object.entries(loadingText)) {
      describe(`when loading, in ${lang}`, () => {
        let element: WidgetBase;
        beforeEach(async () => {
          element = await widget(tag, {lang, src: `/fixtures/slow/3000?${uniqueKey()}`});
        });

        it(`is busy and reserves space with a placeholder that says "${text}"`, () => {
          expect(element.getAttribute('aria-busy')).to.equal('true');
          const placeholder = find(element, '[part="loading"]');
          expect(placeholder.offsetHeight).to.be.greaterThan(150);
          expect(textOf(placeholder)).to.equal(text);
          expect(shadow(element).querySelector('[part="base"], [part="error"]')).to.equal(null);
        });

        it('passes accessibility tests', async () => {
          await expect(element).to.be.accessible();
        });
      });
    }

    describe('when compact and loading', () => {
      it('reserves a line or two, not the full height', async () => {
        const name = unsafeStatic(tag);
        const element = await fixture<WidgetBase>(html`<${name} variant="compact" src=${`/fixtures/slow/3000?${uniqueKey()}`}></${name}>`);
        const height = find(element, '[part="loading"]').offsetHeight;
        expect(height).to.be.within(40, 140);
      });
    });

    describe('when the page sets --koske-loading-height', () => {
      // The page's own height for the widget: exactly that is reserved, so nothing below moves when the
      // data comes (the skeleton's own bars, taller than the smallest values, must not stretch it).
      for (const reserved of ['36px', '90px', '30em']) {
        it(`reserves exactly ${reserved}`, async () => {
          const name = unsafeStatic(tag);
          const element = await fixture<WidgetBase>(html`<${name} style=${`--koske-loading-height: ${reserved}`} src=${`/fixtures/slow/3000?${uniqueKey()}`}></${name}>`);
          const probe = document.createElement('div');
          probe.style.height = reserved;
          element.after(probe);
          try {
            expect(element.offsetHeight).to.equal(probe.offsetHeight);
          } finally {
            probe.remove();
          }
        });
      }
    });

    describe('when loaded after loading', () => {
      it('is no longer busy and shows no placeholder', async () => {
        const element = await widget(tag, {src: `/fixtures/slow/100?${uniqueKey()}`});
        expect(element.getAttribute('aria-busy')).to.equal('true');
        expect(await settle(element)).to.equal('loaded');
        expect(element.hasAttribute('aria-busy')).to.equal(false);
        expect(shadow(element).querySelector('[part="loading"]')).to.equal(null);
      });
    });

    describe('when it has no data source', () => {
      let element: WidgetBase;
      beforeEach(async () => {
        element = await widget(tag, {});
      });

      it('shows nothing and is not busy', () => {
        expect(textOf(shadow(element))).to.equal('');
        expect(shadow(element).querySelector('[part]')).to.equal(null);
        expect(element.hasAttribute('aria-busy')).to.equal(false);
      });
    });
  });
}
