/**
 * `<koske-municipality-list map>`: the shapes drawn are the document's municipalities, by code,
 * in their region or in all of Finland; a code the map lacks is listed, not drawn, with one
 * warning; pointer and keyboard focus highlight a municipality on the map and in the list
 * together; the map's code and shapes load only with `map`, from the widget's own origin;
 * the layout follows the widget's width. Its axe, contrast, forced colours and print are in
 * accessibility.test.ts, its look in visual.test.ts, server rendering in ssr.test.ts.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {DataDocument} from '../src/data/types.js';
import type {MunicipalityList} from '../src/elements/municipality-list/municipality-list.js';
// Statistics Finland's table, which the build checks the map's regions against.
import {regionMunicipalities} from '../src/generated/registry.js';
import {find, recordWarnings, regainFocus, seedDocument, settle, shadow, textOf, until} from './helpers.js';

/** The municipalities of each region, by region code. */
const mapRegions = new Map(regionMunicipalities.split(';').map((entry) => [entry.slice(0, 2), entry.split(' ').slice(1)]));

/** The map's code and shapes, as the page requested them: the map's module and each region's. */
const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .map(({name}) => new URL(name).pathname)
    .filter((path) => /\/municipality-list\/map\.render\.|\/generated\/map\//.test(path));

async function listOf(document: unknown, {map = true, width = 800, lang = 'fi'} = {}): Promise<MunicipalityList> {
  const list = await fixture<MunicipalityList>(
    html`<koske-municipality-list lang=${lang} ?map=${map} style="display: block; width: ${width}px" .data=${document}></koske-municipality-list>`,
  );
  expect(await settle(list)).to.equal('loaded');
  return list;
}

const filledCodes = (list: MunicipalityList) => [...shadow(list).querySelectorAll('svg path.in')].map((path) => path.getAttribute('data-code')).sort();
const highlightedItems = (list: MunicipalityList) => [...shadow(list).querySelectorAll('li.highlighted')].map((item) => textOf(item));
/** The path data of the highlight drawn over the map, or null when there is none. */
const highlightShape = (list: MunicipalityList) => shadow(list).querySelector('svg path.highlight')?.getAttribute('d') ?? null;
const shapeOf = (list: MunicipalityList, code: string) => find<SVGPathElement>(list, `svg path.in[data-code="${code}"]`);

/** A point of the viewport, in CSS px, where the shape is what the pointer finds. */
function pointInside(list: MunicipalityList, path: SVGPathElement): [number, number] {
  const box = path.getBBox();
  const toViewport = path.getScreenCTM()!;
  for (let row = 1; row < 16; row++) {
    for (let column = 1; column < 16; column++) {
      const point = new DOMPoint(box.x + (box.width * column) / 16, box.y + (box.height * row) / 16).matrixTransform(toViewport);
      const [x, y] = [Math.round(point.x), Math.round(point.y)];
      if (shadow(list).elementFromPoint(x, y) === path) return [x, y];
    }
  }
  throw new Error(`no point of ${path.getAttribute('data-code')} is on top`);
}

const middleOf = (element: Element): [number, number] => {
  const {left, top, width, height} = element.getBoundingClientRect();
  return [Math.round(left + width / 2), Math.round(top + height / 2)];
};

describe('<koske-municipality-list map>', () => {
  let seed: DataDocument;
  let seedCodes: string[];
  before(async () => {
    seed = await seedDocument();
    seedCodes = (seed.municipalities as {code: string}[]).map(({code}) => code).sort();
  });
  afterEach(() => sendMouse({type: 'move', position: [0, 0]}));

  // First in this file, before any list here has loaded the map.
  it('loads neither the map’s code nor any shapes for a list without it', async () => {
    const list = await listOf(seed, {map: false});
    expect(shadow(list).querySelector('svg')).to.equal(null);
    expect(mapRequests()).to.deep.equal([]);
  });

  it("draws Central Finland with the seed's 14 municipalities filled and the region's 8 others outlined, loading that region's shapes only", async () => {
    const list = await listOf(seed);
    expect(filledCodes(list)).to.deep.equal(seedCodes);
    expect(seedCodes.every((code) => mapRegions.get('13')!.includes(code))).to.equal(true);
    expect(shadow(list).querySelectorAll('svg path.out')).to.have.length(mapRegions.get('13')!.length - 14);
    expect(shadow(list).querySelectorAll('svg path.border'), "one region's border").to.have.length(1);
    expect(mapRequests().filter((path) => path.includes('/generated/map/region-'))).to.deep.equal(['/src/generated/map/region-13.ts']);
  });

  it('draws all of Finland when the municipalities are in several regions', async () => {
    const list = await listOf({version: 2, name: 'Kolme kaupunkia', municipalities: ['091', '179', '564']});
    expect(filledCodes(list)).to.deep.equal(['091', '179', '564']);
    const drawn = shadow(list).querySelectorAll('svg path.in, svg path.out').length;
    expect(drawn, 'every municipality').to.equal([...mapRegions.values()].flat().length);
    expect(drawn).to.equal(309);
    expect(shadow(list).querySelectorAll('svg path.border'), "every region's border").to.have.length(19);
  });

  it('draws the document’s region when none of its municipalities is on the map', async () => {
    const list = await listOf({version: 2, name: 'Maakunnan hanke', region: '13', municipalities: []});
    expect(filledCodes(list)).to.deep.equal([]);
    expect(shadow(list).querySelectorAll('svg path.out')).to.have.length(mapRegions.get('13')!.length);
  });

  it('lists a municipality the map has no shape for (merged away), draws the others, and warns the webmaster once', async () => {
    const recorded = recordWarnings();
    try {
      const list = await listOf({version: 2, name: 'Satakunnan hanke', municipalities: [{code: '099', name: 'Honkajoki'}, '214']});
      expect(textOf(find(list, 'ul[part="list"]'))).to.contain('Honkajoki');
      expect(filledCodes(list)).to.deep.equal(['214']);
      const map = recorded.warnings.filter((warning) => warning.startsWith('<koske-municipality-list map>'));
      expect(map).to.have.length(1);
      expect(map[0]).to.contain('099 Honkajoki');
      // A new render of the same document (a highlight) says nothing more.
      list.highlight('pointer', '214');
      await list.updateComplete;
      expect(recorded.warnings.filter((warning) => warning.startsWith('<koske-municipality-list map>'))).to.have.length(1);
    } finally {
      recorded.restore();
    }
  });

  it('highlights a municipality in the list and on the map while the pointer is on its shape, and the other way round', async () => {
    const list = await listOf(seed);
    await sendMouse({type: 'move', position: pointInside(list, shapeOf(list, '182'))});
    await until(() => highlightedItems(list).length, 'a highlighted item');
    expect(highlightedItems(list)).to.deep.equal(['Jämsä']);
    expect(highlightShape(list)).to.equal(shapeOf(list, '182').getAttribute('d'));

    const saarijarvi = [...shadow(list).querySelectorAll('li')].find((item) => textOf(item) === 'Saarijärvi')!;
    await sendMouse({type: 'move', position: middleOf(saarijarvi)});
    await until(() => highlightedItems(list)[0] === 'Saarijärvi', 'Saarijärvi highlighted');
    expect(highlightShape(list)).to.equal(shapeOf(list, '729').getAttribute('d'));

    await sendMouse({type: 'move', position: [0, 0]});
    await until(() => highlightedItems(list).length === 0, 'no highlight');
    expect(highlightShape(list)).to.equal(null);
  });

  it('highlights the municipality whose item has keyboard focus, its website link or the item itself, and nothing once focus leaves', async () => {
    const data = {version: 2, name: 'Kaksi kuntaa', municipalities: [{code: '179', name: 'Jyväskylä', website: 'https://www.jyvaskyla.fi/'}, '992']};
    const box = await fixture<HTMLElement>(
      html`<div><button>before</button><koske-municipality-list lang="fi" map style="display: block; width: 400px" .data=${data}></koske-municipality-list
        ><button>after</button></div
      >`,
    );
    const list = box.querySelector('koske-municipality-list')!;
    expect(await settle(list)).to.equal('loaded');
    // The pointer away from the widget (400 px wide), wherever focus scrolls the page.
    await sendMouse({type: 'move', position: [innerWidth - 5, 5]});
    await regainFocus();
    box.querySelector('button')!.focus();
    // The licence's link under the map first, then the list.
    await sendKeys({press: 'Tab'});
    await list.updateComplete;
    expect(textOf(shadow(list).activeElement!)).to.equal('CC BY 4.0');
    expect(highlightedItems(list)).to.deep.equal([]);
    await sendKeys({press: 'Tab'});
    expect(textOf(shadow(list).activeElement!)).to.equal('Jyväskylä');
    await until(() => highlightedItems(list)[0] === 'Jyväskylä', 'Jyväskylä highlighted');
    expect(highlightShape(list)).to.equal(shapeOf(list, '179').getAttribute('d'));
    // Äänekoski has no website: its item takes focus itself, so the keyboard reaches every shape.
    await sendKeys({press: 'Tab'});
    expect(shadow(list).activeElement?.localName).to.equal('li');
    await until(() => highlightedItems(list)[0] === 'Äänekoski', 'Äänekoski highlighted');
    expect(highlightShape(list)).to.equal(shapeOf(list, '992').getAttribute('d'));
    await sendKeys({press: 'Tab'});
    expect(textOf(document.activeElement!)).to.equal('after');
    await until(() => highlightedItems(list).length === 0, 'no highlight');
    expect(highlightShape(list)).to.equal(null);
  });

  it('highlights what the pointer is on over what has focus, and the focus’s again once the pointer leaves', async () => {
    const list = await listOf(seed);
    const jyvaskyla = [...shadow(list).querySelectorAll('a')].find((link) => textOf(link) === 'Jyväskylä')!;
    await regainFocus();
    jyvaskyla.focus();
    await until(() => highlightedItems(list)[0] === 'Jyväskylä', 'Jyväskylä highlighted by focus');
    await sendMouse({type: 'move', position: pointInside(list, shapeOf(list, '992'))});
    await until(() => highlightedItems(list)[0] === 'Äänekoski', 'Äänekoski highlighted by the pointer');
    expect(highlightedItems(list)).to.have.length(1);
    await sendMouse({type: 'move', position: [0, 0]});
    await until(() => highlightedItems(list)[0] === 'Jyväskylä', 'Jyväskylä highlighted again');
    jyvaskyla.blur();
    await until(() => highlightedItems(list).length === 0, 'no highlight');
  });

  it('gives focus to no item of a list without the map, beyond its links', async () => {
    const list = await listOf({version: 2, name: 'Yksi kunta', municipalities: ['992']}, {map: false});
    expect(find(list, 'li').hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps the map to the widget’s own origin: nothing drawn links or loads anything else', async () => {
    const list = await listOf({version: 2, name: 'Kolme kaupunkia', municipalities: ['091', '179', '564']});
    const elsewhere = performance
      .getEntriesByType('resource')
      .map(({name}) => name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(elsewhere).to.deep.equal([]);
    expect(shadow(list).querySelectorAll('svg image, svg use, svg a, svg foreignObject, svg [href]')).to.have.length(0);
  });

  for (const [lang, attribution, deed] of [
    ['fi', 'Kartta: © Maanmittauslaitos, kuntajako 2023, CC BY 4.0', 'fi'],
    ['sv', 'Karta: © Lantmäteriverket i Finland, kommunindelning 2023, CC BY 4.0', 'sv'],
    ['en', 'Map: © National Land Survey of Finland, municipalities of 2023, CC BY 4.0', 'en'],
    ['de', 'Karte: © Maanmittauslaitos (finnisches Landesvermessungsamt), Gemeinden 2023, CC BY 4.0', 'de'],
  ] as const) {
    it(`credits the National Land Survey under the map, in ${lang}, with its licence linked`, async () => {
      const list = await listOf(seed, {lang});
      const credit = find(list, '[part="map-attribution"]');
      expect(textOf(credit)).to.equal(attribution);
      expect(credit.querySelector('a')?.href).to.equal(`https://creativecommons.org/licenses/by/4.0/deed.${deed}`);
    });
  }

  it('hides the map from assistive technology, which reads the list, and takes no focus in it', async () => {
    const list = await listOf(seed);
    const svg = find(list, 'svg');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('[tabindex], a')).to.have.length(0);
  });

  it('sits beside the list in a wide widget and above it in a narrow one, scaling with it', async () => {
    const wide = await listOf(seed, {width: 800});
    const [wideMap, wideList] = [find(wide, 'svg').getBoundingClientRect(), find(wide, 'ul[part="list"]').getBoundingClientRect()];
    expect(wideMap.right, 'the map left of the list').to.be.at.most(wideList.left);
    expect(wideMap.top).to.be.below(wideList.bottom);

    const narrow = await listOf(seed, {width: 320});
    const [narrowMap, narrowList] = [find(narrow, 'svg').getBoundingClientRect(), find(narrow, 'ul[part="list"]').getBoundingClientRect()];
    expect(narrowMap.bottom, 'the map above the list').to.be.at.most(narrowList.top);
    expect(find(narrow, 'svg').getAttribute('viewBox')).to.match(/^[\d.-]+ [\d.-]+ [\d.]+ [\d.]+$/);
  });

  it("shows each of the seed's 14 municipalities at 320 px at least 10 px across, each way", async () => {
    const list = await listOf(seed, {width: 320});
    const small = seedCodes
      .map((code) => [code, shapeOf(list, code).getBoundingClientRect()] as const)
      .filter(([, {width, height}]) => width < 10 || height < 10)
      .map(([code, {width, height}]) => `${code}: ${width.toFixed(1)} × ${height.toFixed(1)}`);
    expect(small).to.deep.equal([]);
  });

  it('turns the map on and off with the attribute, the styles with it', async () => {
    const list = await listOf(seed, {map: false});
    list.map = true;
    await until(() => shadow(list).querySelector('svg path.in'), 'the map');
    expect(getComputedStyle(shadow(list).querySelector('svg')!).display).to.equal('block');
    list.map = false;
    await list.updateComplete;
    expect(shadow(list).querySelector('svg')).to.equal(null);
    expect(find(list, 'li').hasAttribute('tabindex')).to.equal(false);
  });
});
