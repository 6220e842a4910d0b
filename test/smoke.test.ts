import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';

describe('smoke', () => {
  it('renders the card from src', async () => {
    const el = await fixture(html`<koske-org-card src="/fixtures/seed.json" lang="sv"></koske-org-card>`);
    await oneEvent(el, 'koske-load');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Tillsammans');
  });
});
