/**
 * `<koske-org-card structured-data>`: the card's data as schema.org JSON-LD in
 * the page's <head>, for search engines; opt-in, following the data shown,
 * gone with the element.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {OrgCard} from '../src/elements/org-card/org-card.js';
import {seedWithSocialLinks, settle, until} from './helpers.js';

const scripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
/** What the tests read of a card's JSON-LD. */
interface JsonLd {
  readonly [property: string]: unknown;
  readonly areaServed: readonly {readonly '@type': string; readonly name: string; readonly identifier: string}[];
}
const published = () => scripts().map((node) => JSON.parse(node.textContent) as JsonLd);

/** The card, settled, and its JSON-LD in the head (the first card that asks loads the code for it). */
async function publishedBy(card: OrgCard): Promise<JsonLd[]> {
  await settle(card);
  await until(() => scripts().length, 'the JSON-LD in <head>');
  return published();
}

describe('<koske-org-card structured-data>', () => {
  afterEach(() => expect(scripts(), 'every test leaves the head as it found it').to.have.length(0));

  // First: until a card asks, the page has not loaded the JSON-LD code.
  it('adds nothing without the attribute, and loads no code for it', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card .data=${await seedWithSocialLinks()}></koske-org-card>`);
    await settle(card);
    expect(scripts()).to.have.length(0);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/org-card/structured-data'))).to.deep.equal([]);
    card.remove();
  });

  it('puts one Project into <head> with what the card shows, in schema.org terms', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><koske-org-card structured-data .data=${await seedWithSocialLinks()}></koske-org-card></div>`);
    const [data, ...others] = await publishedBy(container.firstElementChild as OrgCard);
    expect(others).to.deep.equal([]);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Project');
    expect(data.name).to.equal('Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke');
    expect(data.parentOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Keski-Suomen sosiaalialan osaamiskeskus',
      alternateName: 'KOSKE',
      url: 'https://koskeverkko.fi/',
    });
    expect(data.funder).to.deep.equal([{'@type': 'Organization', name: 'Sosiaali- ja terveysjärjestöjen avustuskeskus', alternateName: 'STEA'}]);
    expect([data.foundingDate, data.dissolutionDate]).to.deep.equal(['2017', '2019']);
    expect(data.address).to.deep.equal({
      '@type': 'PostalAddress',
      streetAddress: 'Matarankatu 4, Huoneet 109 ja 110',
      postalCode: '40100',
      addressLocality: 'Jyväskylä',
      addressCountry: 'FI',
    });
    expect(data.contactPoint).to.deep.equal({'@type': 'ContactPoint', telephone: '+358406537220', email: 'sirpa.pekkarinen@koske.fi'});
    expect(data.areaServed).to.have.length(15);
    expect(data.areaServed[0]).to.deep.equal({'@type': 'AdministrativeArea', name: 'Keski-Suomi', identifier: '13'});
    expect(data.areaServed.slice(1).map((area) => area.identifier)).to.include.members(['172', '179', '992']);
    expect(data.url).to.equal('https://koskeverkko.fi/');
    expect(data.sameAs).to.deep.equal(['https://www.facebook.com/yhdessaeiollayksin', 'https://www.instagram.com/yhdessaeiollayksin', 'https://twitter.com/yhdessaeiolla']);
    container.remove();
  });

  it("speaks the card's language", async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card lang="sv" structured-data .data=${await seedWithSocialLinks()}></koske-org-card>`);
    expect((await publishedBy(card))[0].areaServed[0].name).to.equal('Mellersta Finland');
    card.remove();
  });

  it('goes with the element, comes back with it, and goes when the attribute does', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card structured-data .data=${{name: 'Yhdessä', period: {start: 2017}}}></koske-org-card>`);
    expect((await publishedBy(card)).map((data) => data.name)).to.deep.equal(['Yhdessä']);
    const parent = card.parentElement!;
    card.remove();
    expect(scripts()).to.have.length(0);
    parent.append(card);
    await card.updateComplete;
    expect(scripts()).to.have.length(1);
    card.removeAttribute('structured-data');
    await card.updateComplete;
    expect(scripts()).to.have.length(0);
    card.remove();
  });

  it('comes when the attribute is set on a card already shown', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card .data=${{name: 'Myöhemmin'}}></koske-org-card>`);
    await settle(card);
    expect(scripts()).to.have.length(0);
    card.setAttribute('structured-data', '');
    expect((await publishedBy(card)).map((data) => data.name)).to.deep.equal(['Myöhemmin']);
    card.remove();
  });

  it('goes when the card shows an error instead', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card structured-data .data=${{name: 'Ensin'}}></koske-org-card>`);
    await publishedBy(card);
    card.data = '{not json';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.exist;
    expect(scripts()).to.have.length(0);
    card.remove();
  });

  it('follows new data, and an organisation without a period is an Organization', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card structured-data .data=${{name: 'Ensin'}}></koske-org-card>`);
    await publishedBy(card);
    card.data = {name: 'Sitten', shortName: 'S'};
    await card.updateComplete;
    expect(published()).to.deep.equal([{'@context': 'https://schema.org', '@type': 'Organization', name: 'Sitten', alternateName: 'S'}]);
    card.remove();
  });

  it('keeps the data inert: "<" is escaped, so no text in the data can close the script', async () => {
    const card = await fixture<OrgCard>(html`<koske-org-card structured-data .data=${{name: '</script><img src=x onerror=alert(1)>'}}></koske-org-card>`);
    await publishedBy(card);
    const [node] = scripts();
    expect(node.textContent).not.to.include('<');
    expect((JSON.parse(node.textContent) as JsonLd).name).to.equal('</script><img src=x onerror=alert(1)>');
    expect(document.head.querySelector('img')).to.equal(null);
    card.remove();
  });
});
