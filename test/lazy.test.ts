/**
 * loading="lazy": a widget far below the fold fetches its data only as it
 * nears the viewport; eager (the default) fetches at once.
 */
import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {find, requestCount, settle, textOf, uniqueKey} from './helpers.js';

/** A page with a spacer of three viewports above the widget. */
async function farBelow(loading: string | undefined, key: string): Promise<WidgetBase> {
  const container = await fixture<HTMLElement>(html`<div>
    <div style="height: ${3 * innerHeight}px"></div>
    <koske-contact-block loading=${loading ?? 'eager'} src=${`/fixtures/counted/${key}`}></koske-contact-block>
  </div>`);
  return container.querySelector('koske-contact-block')!;
}

describe('loading', () => {
  afterEach(() => window.scrollTo(0, 0));

  describe('when eager (the default) and far below the fold', () => {
    it('fetches at once', async () => {
      const key = uniqueKey();
      const element = await farBelow(undefined, key);
      expect(await settle(element)).to.equal('loaded');
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('when lazy and far below the fold', () => {
    it('waits, busy and reserving its space, and fetches only as it nears the viewport', async () => {
      const key = uniqueKey();
      const element = await farBelow('lazy', key);
      await aTimeout(300);
      expect(await requestCount(key), 'requests before scrolling').to.equal(0);
      expect(element.getAttribute('aria-busy')).to.equal('true');
      expect(find(element, '[part="loading"]').offsetHeight).to.be.greaterThan(150);

      element.scrollIntoView();
      expect(await settle(element)).to.equal('loaded');
      expect(await requestCount(key)).to.equal(1);
      expect(textOf(find(element, '.phone dd'))).to.equal('040 653 7220');
    });

    it('never fetches when removed before it came near', async () => {
      const key = uniqueKey();
      const element = await farBelow('lazy', key);
      element.remove();
      window.scrollTo(0, document.body.scrollHeight);
      await aTimeout(300);
      expect(await requestCount(key)).to.equal(0);
    });
  });

  describe('when lazy and already in view', () => {
    it('fetches at once', async () => {
      const key = uniqueKey();
      const element = await fixture<WidgetBase>(html`<koske-contact-block loading="lazy" src=${`/fixtures/counted/${key}`}></koske-contact-block>`);
      expect(await settle(element)).to.equal('loaded');
      expect(await requestCount(key)).to.equal(1);
    });
  });
});
