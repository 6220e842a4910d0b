/**
 * What a browser makes of the HTML koske-widgets/ssr writes, rendered by the test server
 * (test/server/ssr-pages.mjs) as a host's server would: before any JavaScript, and without
 * it, the three elements show their content, styled, in the requested language, and pass axe;
 * with JavaScript, the elements take that content over with no visible change: no skeleton, no
 * layout shift, no request for the data, and the same DOM. Their node tests are
 * test/node/ssr.test.mjs.
 *
 * This file defines no element in its own page (it imports no widget): only the frames it opens
 * load the script, and only when a test adds it.
 */
import {expect} from '@open-wc/testing';

const tags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'] as const;
const languages = ['fi', 'sv', 'en', 'de'] as const;
const variants = ['full', 'compact'] as const;
/** The seed's name in each language. */
const names = {
  fi: 'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke',
  sv: 'Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland',
  en: 'Together We Are Not Alone – a wellbeing partnership project in Central Finland',
  de: 'Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland',
};

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A frame showing `url`, once loaded; `sandbox` as the attribute (without allow-scripts, nothing runs in it). */
async function frame(url: string, sandbox?: string): Promise<{window: Window & typeof globalThis; document: Document}> {
  const element = document.createElement('iframe');
  if (sandbox !== undefined) element.setAttribute('sandbox', sandbox);
  element.style.cssText = 'width: 800px; height: 1600px; border: 0';
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, {once: true}));
  element.src = url;
  document.body.append(element);
  frames.push(element);
  await loaded;
  return {window: element.contentWindow as Window & typeof globalThis, document: element.contentDocument!};
}

async function until<T>(read: () => T | undefined | null | false, what: string, timeout = 5_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/**
 * The DOM under `node` as text, as a reader's browser holds it: elements with their attributes
 * (sorted), and text with its white space collapsed; comments (Lit's markers, which differ
 * between the server and the browser) and `<style>` (stylesheets are adopted once the browser
 * renders) left out.
 */
function normalized(node: Node): string {
  let out = '';
  let text = '';
  const flush = () => {
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed.trim()) out += collapsed;
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    if (child.nodeType !== Node.ELEMENT_NODE || (child as Element).localName === 'style') continue;
    flush();
    const element = child as Element;
    const attributes = [...element.attributes].map(({name, value}) => ` ${name}="${value}"`).sort();
    out += `<${element.localName}${attributes.join('')}>${normalized(element)}</${element.localName}>`;
  }
  flush();
  return out;
}

/** Where the element is on the page, to the pixel. */
function box(element: Element): string {
  const {x, y, width, height} = element.getBoundingClientRect();
  return [x, y, width, height].map((value) => value.toFixed(1)).join(' ');
}

describe('server-rendered HTML, without JavaScript', () => {
  for (const lang of languages) {
    for (const variant of variants) {
      it(`shows the three elements with their styles, in ${lang} (${variant})`, async () => {
        // Without allow-scripts nothing runs in the frame: only its parser sees the declarative roots.
        const page = await frame(`/ssr/page?lang=${lang}&variant=${variant}`, 'allow-same-origin');
        for (const tag of tags) {
          const element = page.document.querySelector(tag)!;
          expect(page.window.customElements.get(tag), `${tag} is not defined`).to.equal(undefined);
          const base = shadowOf(element).querySelector('[part="base"]')!;
          expect(base.getAttribute('lang'), tag).to.equal(lang);
          const style = page.window.getComputedStyle(base);
          expect(style.borderTopStyle, `${tag}: the box's border, from the server's styles`).to.equal('solid');
          expect(parseFloat(style.paddingTop), `${tag}: its padding`).to.be.above(0);
          expect(base.getBoundingClientRect().height, `${tag} takes room on the page`).to.be.above(20);
        }
        const heading = shadowOf(page.document.querySelector('koske-org-card')!).querySelector('h2[part="heading"]');
        expect(heading?.textContent.trim()).to.equal(names[lang]);
        const list = shadowOf(page.document.querySelector('koske-municipality-list')!);
        expect(list.querySelectorAll(variant === 'full' ? 'li' : '.inline li').length, 'the 14 municipalities').to.equal(14);
      });
    }
  }

  it("under a strict Content Security Policy, applies the styles that carry the page's nonce, and only those", async () => {
    const styled = async (csp: string) => {
      const page = await frame(`/ssr/page?csp=${csp}`, 'allow-same-origin');
      const base = shadowOf(page.document.querySelector('koske-contact-block')!).querySelector('[part="base"]')!;
      return page.window.getComputedStyle(base).borderTopStyle === 'solid';
    };
    expect(await styled('nonce'), 'with the nonce').to.equal(true);
    expect(await styled('none'), 'without it, the policy refuses the style').to.equal(false);
  });

  it('draws the list’s map on the server, so that it shows without JavaScript', async () => {
    const page = await frame('/ssr/page?lang=sv&map=1', 'allow-same-origin');
    const list = shadowOf(page.document.querySelector('koske-municipality-list')!);
    const filled = [...list.querySelectorAll('svg path.in')].map((path) => path.getAttribute('data-code')).sort();
    expect(filled, "the seed's 14 municipalities").to.deep.equal(['172', '179', '182', '216', '226', '256', '265', '312', '410', '601', '729', '850', '931', '992']);
    expect(list.querySelectorAll('svg path.out'), "Central Finland's other 8").to.have.length(8);
    const svg = list.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height, 'drawn, at its size').to.be.above(200);
    expect(page.window.getComputedStyle(list.querySelector('path.in')!).fill, 'with its styles').to.not.equal(page.window.getComputedStyle(list.querySelector('path.out')!).fill);
    expect(list.querySelector('[part="map-attribution"]')?.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Karta: © Lantmäteriverket i Finland, kommunindelning 2023, CC BY 4.0',
    );
    const plain = await frame('/ssr/page?lang=sv', 'allow-same-origin');
    expect(shadowOf(plain.document.querySelector('koske-municipality-list')!).querySelector('svg'), 'no map unless asked').to.equal(null);
  });

  it('puts the headings at the level asked for', async () => {
    const page = await frame('/ssr/page?lang=en&heading-level=4', 'allow-same-origin');
    expect(shadowOf(page.document.querySelector('koske-org-card')!).querySelector('[part="heading"]')?.localName).to.equal('h4');
    expect(shadowOf(page.document.querySelector('koske-municipality-list')!).querySelector('[part="heading"]')?.localName).to.equal('h4');
  });

  for (const variant of variants) {
    it(`passes axe (${variant})`, async () => {
      const html = await (await fetch(`/ssr/page?lang=sv&variant=${variant}`)).text();
      const container = document.createElement('main');
      document.body.append(container);
      try {
        // Parsed as a page's HTML is, declarative roots included, in this page, where no element is defined.
        container.setHTMLUnsafe(new DOMParser().parseFromString(html, 'text/html').body.innerHTML);
        for (const tag of tags) expect(container.querySelector(tag)?.shadowRoot, tag).to.not.equal(null);
        await expect(container).to.be.accessible();
      } finally {
        container.remove();
      }
    });
  }
});

describe('server-rendered HTML, taken over by the browser', () => {
  const pages = [
    ...languages.flatMap((lang) => variants.map((variant) => ({lang, variant, data: 'seed'}))),
    // The registry loads before the data can be read, and the renderers only after that (the
    // test server delays them): the server's content stays meanwhile.
    {lang: 'sv', variant: 'full', data: 'codes'},
  ];

  for (const {lang, variant, data} of pages) {
    it(`shows the same DOM in the same place, with no skeleton and no request for the data (${lang}, ${variant}, ${data})`, async () => {
      const page = await frame(`/ssr/page?lang=${lang}&variant=${variant}&data=${data}`);
      const elements = tags.map((tag) => page.document.querySelector(tag)!);
      const before = elements.map((element) => normalized(shadowOf(element)));
      const boxes = elements.map(box);

      const skeletons: string[] = [];
      const watch = new page.window.MutationObserver((records) => {
        for (const {addedNodes} of records) {
          for (const node of addedNodes) {
            if (node instanceof page.window.Element && (node.matches('[part="loading"]') || node.querySelector('[part="loading"]'))) skeletons.push(node.outerHTML);
          }
        }
      });
      for (const element of elements) watch.observe(shadowOf(element), {childList: true, subtree: true});
      let shift = 0;
      const layoutShifts = page.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      if (layoutShifts)
        new page.window.PerformanceObserver((list) => list.getEntries().forEach((entry) => (shift += (entry as PerformanceEntry & {value: number}).value))).observe({
          type: 'layout-shift',
        });
      const loads = elements.map((element) => new Promise((resolve) => element.addEventListener('koske-load', resolve, {once: true})));

      const script = page.document.createElement('script');
      script.type = 'module';
      script.src = data === 'codes' ? `/slow/${crypto.randomUUID()}/dist/koske-widgets.js` : '/dist/koske-widgets.js';
      page.document.head.append(script);
      await Promise.race([Promise.all(loads), new Promise((_, reject) => setTimeout(() => reject(new Error('no koske-load from each element')), 5_000))]);
      watch.disconnect();

      expect(skeletons, 'no skeleton was shown').to.deep.equal([]);
      expect(elements.map((element) => normalized(shadowOf(element)))).to.deep.equal(before);
      expect(elements.map(box), 'nothing moved').to.deep.equal(boxes);
      expect(
        elements.map((element) => shadowOf(element).querySelectorAll('style').length),
        "the server's <style> gave way to adopted styles",
      ).to.deep.equal([0, 0, 0]);
      const requests = page.window.performance.getEntriesByType('resource').map(({name}) => new URL(name).pathname);
      expect(
        requests.filter((path) => !/^(\/slow\/[\w-]+)?\/dist\//.test(path)),
        'no request but the script and its chunks',
      ).to.deep.equal([]);
      if (layoutShifts) expect(shift, 'cumulative layout shift').to.equal(0);
    });
  }

  it('keeps the vCard button and live language changes working', async () => {
    const page = await frame('/ssr/page?lang=fi');
    const card = page.document.querySelector('koske-org-card')!;
    const block = page.document.querySelector('koske-contact-block')!;
    const loaded = new Promise((resolve) => block.addEventListener('koske-load', resolve, {once: true}));
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/koske-widgets.js';
    page.document.head.append(script);
    await loaded;

    let saved: HTMLAnchorElement | undefined;
    // The download is stopped (a test has no file dialog): the link it clicked is read instead.
    page.document.addEventListener(
      'click',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof page.window.HTMLAnchorElement && target.hasAttribute('download')) {
          event.preventDefault();
          saved = target;
        }
      },
      {capture: true},
    );
    shadowOf(block).querySelector<HTMLButtonElement>('[part="save"]')!.click();
    const link = await until(() => saved, 'the vCard download');
    expect(link.download).to.match(/\.vcf$/);
    expect(decodeURIComponent(link.href)).to.include('FN:Yhdessä ei olla yksin');

    card.setAttribute('lang', 'de');
    await until(() => shadowOf(card).querySelector('[part="heading"]')?.textContent.trim() === names.de, 'the card in German');
    expect(shadowOf(card).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('de');
  });
});
