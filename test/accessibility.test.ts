/**
 * WCAG 2.1 AA in every language, theme and size: axe over every element,
 * state, language and theme; contrast computed from what the engine draws;
 * reflow at 320 px and 200 % text; keyboard order and focus indicator;
 * semantics; reduced motion, forced colours and print.
 *
 * Media emulation (the system's colour scheme, forced colours, reduced
 * motion, print) goes through the `koske-emulate-media` command of
 * test/server/commands.mjs. Only Chromium can be told (DevTools protocol):
 * Firefox is driven over WebDriver BiDi and WebKit over WebDriver classic,
 * neither of which emulates media. Tests that need emulation skip there; the
 * palettes are still tested there by pinning them with `color-scheme` on the
 * element, the way a host page does.
 */
import {expect, fixture, html, nextFrame, unsafeStatic} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {nothing} from 'lit';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {find, languages, regainFocus, seedDocument, settle, shadow, tags, textOf, uniqueKey, type Language, type Tag, seedWithSocialLinks} from './helpers.js';

// --- Media emulation ---------------------------------------------------------

interface Media {
  readonly colorScheme?: 'light' | 'dark';
  readonly reducedMotion?: 'reduce';
  readonly forcedColors?: 'active';
  readonly media?: 'print';
}

/**
 * Emulates `media` (replacing any earlier emulation) and checks with
 * matchMedia that the page now matches it. Resolves with the reason when the
 * engine could not, undefined when it did.
 */
async function emulate(media: Media): Promise<string | undefined> {
  // Undefined when no plugin answered the command.
  const answer = await executeServerCommand<{applied: boolean; reason?: string} | undefined, Media>('koske-emulate-media', media);
  if (!answer?.applied) return answer?.reason ?? 'the emulation command did not answer';
  const queries = [
    media.colorScheme && `(prefers-color-scheme: ${media.colorScheme})`,
    media.reducedMotion && `(prefers-reduced-motion: ${media.reducedMotion})`,
    media.forcedColors && `(forced-colors: ${media.forcedColors})`,
    media.media,
  ].filter((query): query is string => !!query);
  const unmatched = queries.filter((query) => !matchMedia(query).matches);
  return unmatched.length ? `emulated, yet ${unmatched.join(' and ')} does not match` : undefined;
}

/** Emulates `media`, or skips the test where the engine cannot (Firefox, WebKit). */
async function emulateOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  const reason = await emulate(media);
  // The reason is in test/server/commands.mjs: only Chromium emulates media.
  if (reason) test.skip();
}

async function resetEmulation(): Promise<void> {
  await executeServerCommand('koske-emulate-media', {});
}

// --- Colours -----------------------------------------------------------------

/** A colour in sRGB, each channel and alpha from 0 to 1. */
interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

function channel(token: string, scale: number): number {
  if (token === 'none') return 0;
  return token.endsWith('%') ? parseFloat(token) / 100 : parseFloat(token) / scale;
}

let canvasContext: CanvasRenderingContext2D | null | undefined;

/**
 * Parses a computed colour: `rgb()`/`rgba()` (commas or spaces) and
 * `color(srgb …)` directly; any other syntax an engine may return (oklch,
 * lab, color(display-p3 …)) by letting a canvas convert it to sRGB. Throws on
 * what neither understands, so no contrast passes by not being measured.
 */
function parseColour(value: string): Rgba {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return {r: 0, g: 0, b: 0, a: 0};
  const rgb = /^rgba?\((.*)\)$/.exec(text);
  if (rgb) {
    const [r, g, b, a = '1'] = rgb[1].split(/[\s,/]+/).filter(Boolean);
    return {r: channel(r, 255), g: channel(g, 255), b: channel(b, 255), a: channel(a, 1)};
  }
  const srgb = /^color\(\s*srgb\s+(.*)\)$/.exec(text);
  if (srgb) {
    const [r, g, b, a = '1'] = srgb[1].split(/[\s/]+/).filter(Boolean);
    return {r: channel(r, 1), g: channel(g, 1), b: channel(b, 1), a: channel(a, 1)};
  }
  canvasContext ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true});
  if (canvasContext && CSS.supports('color', value)) {
    // A value the canvas does not take leaves fillStyle as it was: then the two sentinels show through.
    const after = (sentinel: string) => ((canvasContext!.fillStyle = sentinel), (canvasContext!.fillStyle = value), canvasContext!.fillStyle);
    if (after('#000000') === after('#ffffff')) {
      canvasContext.clearRect(0, 0, 1, 1);
      canvasContext.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data;
      return {r: r / 255, g: g / 255, b: b / 255, a: a / 255};
    }
  }
  throw new Error(`cannot parse the colour "${value}"`);
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return {r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1};
}

/** WCAG 2.x relative luminance. */
function luminance({r, g, b}: Rgba): number {
  const linear = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio of a colour (composited over `background` when translucent) against `background`. */
function contrast(foreground: Rgba, background: Rgba): number {
  const [a, b] = [luminance(over(foreground, background)), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** The parent of an element, through a shadow root to its host. */
function parentAcross(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What is painted behind an element: its own and its ancestors' background
 * colours (through the shadow root to the host and the page), composited up
 * to the first opaque one, over a white canvas.
 */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentAcross(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') throw new Error(`<${node.localName}> has a background image: its contrast cannot be computed`);
    const colour = parseColour(style.backgroundColor);
    if (colour.a > 0) layers.push(colour);
    if (colour.a >= 1) break;
  }
  return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), {r: 1, g: 1, b: 1, a: 1});
}

/** Whether the element is clipped away on purpose (visually hidden, read by screen readers only). */
function visuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node && !(node instanceof HTMLElement && node.localName.startsWith('koske-')); node = parentAcross(node)) {
    if (getComputedStyle(node).clipPath !== 'none') return true;
  }
  return false;
}

/** A short name of an element inside a widget, for failure messages. */
function describeNode(element: Element): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? `<${root.host.localName}>` : 'page';
  const classes = element.getAttribute('class')?.trim();
  const text = textOf(element).slice(0, 30);
  return `${host} ${element.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}${text ? ` "${text}"` : ''}`;
}

/** The elements of a widget's shadow root that draw text of their own. */
function textBearing(element: Element): Element[] {
  return [...shadow(element).querySelectorAll('*')].filter(
    (node) =>
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '') && node.getClientRects().length > 0 && !visuallyHidden(node),
  );
}

/** Large text in WCAG's sense: 18 pt (24 px), or 14 pt (18.66 px) bold. */
function isLarge(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Every text of the widgets whose contrast is below WCAG AA, as "where: measured < required". */
function lowTextContrast(elements: readonly Element[]): {checked: number; failures: string[]} {
  const failures: string[] = [];
  let checked = 0;
  for (const element of elements) {
    for (const node of textBearing(element)) {
      const style = getComputedStyle(node);
      const required = isLarge(style) ? 3 : 4.5;
      const ratio = contrast(parseColour(style.color), backgroundBehind(node));
      checked++;
      if (ratio < required) failures.push(`${describeNode(node)}: ${ratio.toFixed(2)}:1 < ${required}:1 (${style.color} on ${style.backgroundColor})`);
    }
  }
  return {checked, failures};
}

// --- Rendering the widgets ---------------------------------------------------

/** `error`: the source failed (with a retry button); `invalid`: the data given cannot be shown (no button); `empty`: no source yet. */
type State = 'loading' | 'loaded' | 'error' | 'invalid' | 'empty';
/**
 * The states axe checks: each shows something. An empty element shows nothing at all (states.test.ts
 * holds it to that), so axe over it could never fail.
 */
const shownStates: readonly State[] = ['loading', 'loaded', 'error', 'invalid'];

interface Options {
  readonly lang?: Language;
  readonly variant?: 'compact';
  /** A palette the host page pins with `color-scheme` on each element. */
  readonly pin?: 'light' | 'dark';
  /** Extra CSS on each element (custom properties). */
  readonly style?: string;
  /** CSS of the container around the three. */
  readonly containerStyle?: string;
  /** The list shows its map. */
  readonly map?: boolean;
}

/** The three elements side by side in a container, each in `state`; resolves once they show it. */
async function widgets(state: State, options: Options = {}): Promise<{container: HTMLElement; elements: WidgetBase[]}> {
  // A document without a name cannot be shown.
  const data = state === 'loaded' ? await seedWithSocialLinks() : state === 'invalid' ? {version: 1} : undefined;
  const src = (tag: Tag) => (state === 'loading' ? `/fixtures/slow/3000?${tag}-${uniqueKey()}` : state === 'error' ? `/fixtures/status/500?${tag}-${uniqueKey()}` : undefined);
  const style = [options.pin && `color-scheme: ${options.pin}`, options.style].filter(Boolean).join('; ');
  const container = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'fi'} style=${options.containerStyle ?? nothing}>
    ${tags.map((tag) => {
      const name = unsafeStatic(tag);
      return html`<${name}
        .data=${data}
        src=${src(tag) ?? nothing}
        variant=${options.variant ?? nothing}
        ?map=${!!options.map && tag === 'koske-municipality-list'}
        style=${style || nothing}
      ></${name}>`;
    })}
  </div>`);
  const elements = [...container.children] as WidgetBase[];
  for (const element of elements) {
    if (state === 'loaded' || state === 'error' || state === 'invalid') {
      expect(await settle(element), element.localName).to.equal(state === 'invalid' ? 'error' : state);
    } else {
      await element.updateComplete;
      await nextFrame();
      const shown = shadow(element).querySelector('[part]')?.getAttribute('part') ?? 'nothing';
      expect(shown, element.localName).to.equal(state === 'loading' ? 'loading' : 'nothing');
    }
  }
  return {container, elements};
}

/** The box a widget shows in its state: its base, its error box or its placeholder. */
function boxOf(element: Element): HTMLElement {
  return find(element, '[part="base"], [part="error"], [part="loading"]');
}

/** Highlights Jyväskylä on the list's map, as the pointer or focus does: the state every colour of the map shows in. */
async function highlightOnMap(container: HTMLElement): Promise<{filled: Element; other: Element; highlight: Element}> {
  const list = container.querySelector('koske-municipality-list')!;
  list.highlight('focus', '179');
  await list.updateComplete;
  return {filled: find(list, 'svg path.in'), other: find(list, 'svg path.out'), highlight: find(list, 'svg path.highlight')};
}

// --- 1. axe ------------------------------------------------------------------

interface Theme {
  readonly name: string;
  /** What the system says. */
  readonly media: Media;
  /** Where the engine cannot emulate `media`, the palette pinned with color-scheme instead; without one the test skips. */
  readonly pin?: 'light' | 'dark';
  /** The host page styles itself light (white background, black text) and says nothing of colour schemes. */
  readonly lightPage?: boolean;
}

const themes: readonly Theme[] = [
  {name: 'the light palette', media: {colorScheme: 'light'}, pin: 'light'},
  {name: 'the dark palette', media: {colorScheme: 'dark'}, pin: 'dark'},
  {name: 'forced colours (Chromium only)', media: {forcedColors: 'active'}},
  {name: 'a light host page while the system is dark (Chromium only)', media: {colorScheme: 'dark'}, lightPage: true},
];

/** Puts the page in `theme`: resolves with the palette to pin on the elements, if any, or skips the test. */
async function enterTheme(test: Mocha.Context, theme: Theme): Promise<'light' | 'dark' | undefined> {
  const reason = await emulate(theme.media);
  if (reason && !theme.pin) test.skip();
  if (theme.lightPage) Object.assign(document.body.style, {background: '#ffffff', color: '#000000'});
  return reason ? theme.pin : undefined;
}

describe('axe finds no violations', () => {
  let bodyStyle: string;
  beforeEach(() => {
    bodyStyle = document.body.getAttribute('style') ?? '';
  });
  afterEach(async () => {
    await resetEmulation();
    document.body.setAttribute('style', bodyStyle);
  });

  // The helper runs axe on the element given, and axe goes into open shadow
  // roots: one run over a container of the three checks all three.
  it('over a container, reaching into each widget’s shadow root', async () => {
    const {container, elements} = await widgets('loaded');
    shadow(elements[2]).append(Object.assign(document.createElement('a'), {href: '#nowhere'}));
    await expect(container).not.to.be.accessible();
  });

  for (const theme of themes) {
    describe(`in ${theme.name}`, () => {
      for (const lang of languages) {
        for (const state of shownStates) {
          it(`for all three elements ${state}, in ${lang}`, async function () {
            const pin = await enterTheme(this, theme);
            const {container} = await widgets(state, {lang, pin});
            await expect(container).to.be.accessible();
          });
        }

        it(`for all three compact elements loaded, in ${lang}`, async function () {
          const pin = await enterTheme(this, theme);
          const {container} = await widgets('loaded', {lang, pin, variant: 'compact'});
          await expect(container).to.be.accessible();
        });

        it(`for all three elements loaded, the list with its map and a municipality highlighted, in ${lang}`, async function () {
          const pin = await enterTheme(this, theme);
          const {container} = await widgets('loaded', {lang, pin, map: true});
          await highlightOnMap(container);
          await expect(container).to.be.accessible();
        });
      }
    });
  }
});

// --- 2. Contrast ---------------------------------------------------------------

describe('contrast, computed from the drawn colours', () => {
  afterEach(resetEmulation);

  // The palettes are pinned with color-scheme, as a host page does: every
  // engine can, and the same palettes serve the system's choice (axe above).
  for (const palette of ['light', 'dark'] as const) {
    for (const variant of [undefined, 'compact'] as const) {
      const what = variant ? 'compact elements' : 'elements';
      it(`every text of the three loaded ${what} is at least 4.5:1 (large text 3:1) in the ${palette} palette`, async () => {
        const {elements} = await widgets('loaded', {pin: palette, variant});
        const {checked, failures} = lowTextContrast(elements);
        expect(checked, 'texts measured').to.be.greaterThan(variant ? 15 : 40);
        expect(failures).to.deep.equal([]);
      });

      it(`every text of the three loaded ${what} stays at least 4.5:1 in the ${palette} palette with a pale yellow --koske-accent`, async () => {
        const {elements} = await widgets('loaded', {pin: palette, variant, style: '--koske-accent: #fff3a0'});
        // The accent is drawn: the heading's rule takes it.
        const heading = find(elements[0], '[part="heading"]');
        expect(parseColour(getComputedStyle(heading).borderInlineStartColor)).to.deep.equal(parseColour('rgb(255, 243, 160)'));
        const {checked, failures} = lowTextContrast(elements);
        expect(checked, 'texts measured').to.be.greaterThan(variant ? 15 : 40);
        expect(failures).to.deep.equal([]);
      });
    }

    // WCAG 1.4.11: what tells the area's municipalities from the others, and the highlight from both.
    it(`the map's municipalities are at least 3:1 against the region's others, and its highlight 3:1 against them and its outline against the background, in the ${palette} palette`, async () => {
      const {container, elements} = await widgets('loaded', {pin: palette, map: true});
      const {filled, other, highlight} = await highlightOnMap(container);
      const background = backgroundBehind(find(elements[1], 'svg'));
      const fill = (path: Element) => over(parseColour(getComputedStyle(path).fill), background);
      const ratios = {
        'filled against the others': contrast(fill(filled), fill(other)),
        'highlight against the filled': contrast(fill(highlight), fill(filled)),
        'highlight outline against the background': contrast(parseColour(getComputedStyle(highlight).stroke), background),
      };
      const low = Object.entries(ratios).filter(([, ratio]) => ratio < 3);
      expect(low.map(([what, ratio]) => `${what}: ${ratio.toFixed(2)}:1`)).to.deep.equal([]);
      // The highlighted item is marked by more than colour: a bar in the text's colour.
      const item = find(elements[1], 'li.highlighted');
      expect(getComputedStyle(item).boxShadow).to.contain('inset');
      const {failures} = lowTextContrast([elements[1]]);
      expect(failures).to.deep.equal([]);
    });

    it(`the error message is at least 4.5:1 and the retry button's border 3:1 in the ${palette} palette`, async () => {
      const {elements} = await widgets('error', {pin: palette});
      const {checked, failures} = lowTextContrast(elements);
      expect(checked, 'texts measured').to.equal(6);
      expect(failures).to.deep.equal([]);
      for (const element of elements) {
        const button = find(element, 'button[part="retry"]');
        const style = getComputedStyle(button);
        expect(parseFloat(style.borderTopWidth), `${element.localName} retry border width`).to.be.at.least(1);
        const ratio = contrast(parseColour(style.borderTopColor), backgroundBehind(button.parentElement!));
        expect(ratio, `${element.localName} retry border ${style.borderTopColor}`).to.be.at.least(3);
      }
    });

    // Links take the text's colour: their underline is what tells them from text (1.4.1).
    it(`links are underlined in a colour at least 3:1 against the background in the ${palette} palette, even with a pale yellow --koske-accent`, async () => {
      const {elements} = await widgets('loaded', {pin: palette, style: '--koske-accent: #fff3a0'});
      const links = elements.flatMap((element) => [...shadow(element).querySelectorAll('a')]);
      expect(links).to.have.length.greaterThan(15);
      const problems: string[] = [];
      for (const link of links) {
        const style = getComputedStyle(link);
        const ratio = contrast(parseColour(style.textDecorationColor), backgroundBehind(link));
        if (!style.textDecorationLine.includes('underline')) problems.push(`${describeNode(link)}: text-decoration-line ${style.textDecorationLine}`);
        else if (ratio < 3) problems.push(`${describeNode(link)}: underline ${style.textDecorationColor}, ${ratio.toFixed(2)}:1`);
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('on a light host page while the system is dark (Chromium only), keeps its own dark palette and its contrast', async function () {
    await emulateOrSkip(this, {colorScheme: 'dark'});
    const {container, elements} = await widgets('loaded', {containerStyle: 'background: #ffffff; color: #000000; padding: 1em'});
    for (const element of elements) {
      const base = find(element, '[part="base"]');
      expect(luminance(backgroundBehind(base)), `${element.localName} background`).to.be.below(0.05);
      expect(luminance(parseColour(getComputedStyle(base).color)), `${element.localName} text`).to.be.above(0.7);
    }
    expect(luminance(backgroundBehind(container))).to.equal(1);
    const {failures} = lowTextContrast(elements);
    expect(failures).to.deep.equal([]);
  });
});

// --- 3. Reflow -----------------------------------------------------------------

/** What scrolls sideways or is cut off in a widget, as readable strings. */
function overflow(element: WidgetBase): string[] {
  const problems: string[] = [];
  const box = boxOf(element);
  const boxRect = box.getBoundingClientRect();
  const wider = (node: Element) => node.scrollWidth > node.clientWidth;
  if (wider(element)) problems.push(`<${element.localName}> scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
  if (wider(box)) problems.push(`${describeNode(box)} scrolls: ${box.scrollWidth} > ${box.clientWidth}`);
  for (const node of shadow(element).querySelectorAll('*')) {
    const style = getComputedStyle(node);
    const clips = [style.overflowX, style.overflowY].some((value) => value !== 'visible');
    if (!clips || visuallyHidden(node)) continue;
    if (wider(node)) problems.push(`${describeNode(node)} cuts off: ${node.scrollWidth} > ${node.clientWidth} wide`);
    if (node.scrollHeight > node.clientHeight) problems.push(`${describeNode(node)} cuts off: ${node.scrollHeight} > ${node.clientHeight} high`);
  }
  const walker = document.createTreeWalker(shadow(element), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent!.trim() || visuallyHidden(text.parentElement!)) continue;
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      if (rect.left < boxRect.left - 0.5 || rect.right > boxRect.right + 0.5) {
        problems.push(
          `text "${text.textContent!.trim().slice(0, 30)}" of <${element.localName}> runs out of the box: ${rect.left}–${rect.right} outside ${boxRect.left}–${boxRect.right}`,
        );
      }
    }
  }
  return problems;
}

describe('reflow', () => {
  // 320 CSS px (WCAG 1.4.10) and text at 200 % (1.4.4) together.
  const narrowAndLarge = 'width: 320px; font-size: 200%';

  for (const lang of languages) {
    for (const [state, variant] of [
      ['loaded', undefined],
      ['loaded', 'compact'],
      ['error', undefined],
    ] as const) {
      it(`at 320 px wide with text at 200 %, nothing of the three ${variant ?? ''} elements ${state} in ${lang} scrolls sideways or is cut off`.replace(/\s+/g, ' '), async () => {
        const {container, elements} = await widgets(state, {lang, variant, containerStyle: narrowAndLarge});
        expect(container.getBoundingClientRect().width).to.equal(320);
        // The text really is twice the size.
        expect(parseFloat(getComputedStyle(boxOf(elements[0])).fontSize)).to.equal(32);
        expect(elements.flatMap(overflow)).to.deep.equal([]);
        expect(container.scrollWidth, 'the container').to.be.at.most(container.clientWidth);
      });
    }
  }

  // Where each long word of the Finnish heading breaks across lines, as "hyvin|vointi…".
  function breaksOf(root: Node, word: string): string[] {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(word);
      if (start < 0) continue;
      let top: number | undefined;
      for (let i = 0; i < word.length; i++) {
        range.setStart(node, start + i);
        range.setEnd(node, start + i + 1);
        const {top: charTop} = range.getBoundingClientRect();
        if (top !== undefined && charTop > top + 2) found.push(`${word.slice(0, i)}|${word.slice(i)}`);
        top = charTop;
      }
    }
    return found;
  }

  it('breaks a long Finnish compound at 320 px and 200 % where Finnish hyphenates it, in an engine that has the language, and never past the edge', async () => {
    const word = 'hyvinvointiyhteistyöhanke';
    const {elements} = await widgets('loaded', {lang: 'fi', containerStyle: narrowAndLarge});
    const heading = find(elements[0], '[part="heading"]');
    expect(getComputedStyle(heading).hyphens).to.equal('auto');
    const breaks = breaksOf(shadow(elements[0]), word);
    expect(breaks, 'the word is too long for one line').to.not.deep.equal([]);
    expect(elements.flatMap(overflow)).to.deep.equal([]);
    // Firefox has hyphenation for Finnish; Chromium on Linux and WebKitGTK have none, and break
    // anywhere rather than let the word out of the box (README, "Long words").
    if (/Firefox/.test(navigator.userAgent)) {
      const syllables = ['hy', 'hyvin', 'hyvinvoin', 'hyvinvointi', 'hyvinvointiyh', 'hyvinvointiyhteis', 'hyvinvointiyhteistyö', 'hyvinvointiyhteistyöhan'];
      for (const at of breaks) expect(syllables, at).to.include(at.split('|')[0]);
    }
  });

  // WCAG 1.4.12, as a reader's style sheet sets it (inside the shadow roots: a page's `*` does not reach there).
  const textSpacing = new CSSStyleSheet();
  textSpacing.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  `);
  for (const variant of [undefined, 'compact'] as const) {
    it(`with WCAG's text spacing at 320 px, nothing of the three loaded ${variant ?? ''} elements in de scrolls sideways or is cut off`.replace(/\s+/g, ' '), async () => {
      const {elements} = await widgets('loaded', {lang: 'de', variant, containerStyle: 'width: 320px'});
      for (const element of elements) shadow(element).adoptedStyleSheets = [...shadow(element).adoptedStyleSheets, textSpacing];
      const description = getComputedStyle(find(elements[0], variant ? 'h2' : '.description p'));
      expect(parseFloat(description.letterSpacing) / parseFloat(description.fontSize)).to.be.closeTo(0.12, 0.001);
      expect(elements.flatMap(overflow)).to.deep.equal([]);
    });
  }

  for (const tag of ['koske-org-card', 'koske-contact-block'] as const) {
    it(`<${tag}> lays its facts out by its own width, not the viewport's: stacked at 300 px, two columns at 800 px`, async () => {
      const {container, elements} = await widgets('loaded', {containerStyle: 'width: 300px'});
      const element = elements[tags.indexOf(tag)];
      const viewport = window.innerWidth;
      const fact = () => find(element, '.fact');
      expect(getComputedStyle(fact()).display).to.equal('block');
      container.style.width = '800px';
      expect(getComputedStyle(fact()).display).to.equal('grid');
      expect(window.innerWidth, 'the viewport did not change').to.equal(viewport);
      // dt beside dd, not above it.
      const [dt, dd] = [find(element, '.fact dt'), find(element, '.fact dd')].map((node) => node.getBoundingClientRect());
      expect(dd.left).to.be.greaterThan(dt.right);
      container.style.width = '300px';
      expect(getComputedStyle(fact()).display).to.equal('block');
    });
  }
});

// --- 4. Keyboard -----------------------------------------------------------------

/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function label(node: Element | null): string {
  if (!node) return 'nothing';
  return node.getRootNode() instanceof ShadowRoot ? describeNode(node) : `page ${node.localName}#${node.id}`;
}

/** The page's button, the three widgets, a button after: the widgets in `state`. */
async function betweenButtons(state: State, pin?: 'light' | 'dark'): Promise<{elements: WidgetBase[]; before: HTMLButtonElement; after: HTMLButtonElement}> {
  const {container, elements} = await widgets(state, {pin});
  const before = Object.assign(document.createElement('button'), {id: 'before', textContent: 'before'});
  const after = Object.assign(document.createElement('button'), {id: 'after', textContent: 'after'});
  container.prepend(before);
  container.append(after);
  return {elements, before, after};
}

describe('keyboard', () => {
  for (const state of ['loaded', 'error'] as const) {
    it(`reaches every link and button of the three ${state} elements with Tab in DOM order, then leaves them for the page`, async () => {
      const {elements, before, after} = await betweenButtons(state);
      const expected = [...elements.flatMap((element) => [...shadow(element).querySelectorAll('a[href], button')]), after];
      expect(expected.length).to.be.greaterThan(state === 'loaded' ? 18 : 3);
      await regainFocus();
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({press: 'Tab'});
        reached.push(label(focused()));
      }
      expect(reached).to.deep.equal(expected.map(label));
    });
  }

  for (const palette of ['light', 'dark'] as const) {
    it(`shows a focus indicator at least 2 px wide and 3:1 against the background on every link and button, in the ${palette} palette`, async () => {
      const loaded = await betweenButtons('loaded', palette);
      const failed = await widgets('error', {pin: palette});
      const targets = [...loaded.elements, ...failed.elements].flatMap((element) => [...shadow(element).querySelectorAll<HTMLElement>('a[href], button')]);
      const problems: string[] = [];
      await regainFocus();
      for (const target of targets) {
        // Focus as the keyboard gives it, so that :focus-visible applies.
        target.focus({focusVisible: true} as FocusOptions);
        if (!target.matches(':focus-visible')) {
          loaded.before.focus();
          for (let i = 0; i < 40 && focused() !== target; i++) await sendKeys({press: 'Tab'});
        }
        expect(focused(), 'focus').to.equal(target);
        const style = getComputedStyle(target);
        const width = parseFloat(style.outlineWidth);
        const ratio = contrast(parseColour(style.outlineColor), backgroundBehind(target.parentElement!));
        if (style.outlineStyle === 'none' || width < 2 || ratio < 3) {
          problems.push(`${describeNode(target)}: outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, ${ratio.toFixed(2)}:1`);
        }
      }
      expect(targets.length).to.be.greaterThan(20);
      expect(problems).to.deep.equal([]);
    });
  }
});

// --- 5. Semantics ----------------------------------------------------------------

const countText: Record<Language, string> = {fi: '14 kuntaa', sv: '14 kommuner', en: '14 municipalities', de: '14 Gemeinden'};

/** The text of the elements an aria-labelledby names, resolved in the element's own tree. */
function labelledBy(element: Element): string {
  const root = element.getRootNode() as ShadowRoot;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => {
      const target = root.getElementById(id);
      if (!target) throw new Error(`${describeNode(element)}: aria-labelledby names "${id}", which is not in its tree`);
      return textOf(target);
    })
    .join(' ');
}

describe('semantics', () => {
  it('the card is an article headed by its name, at the heading-level asked for (2 by default)', async () => {
    const data = await seedDocument();
    for (const level of [undefined, 1, 2, 3, 4, 5, 6]) {
      const card = await fixture<WidgetBase>(html`<koske-org-card heading-level=${level ?? nothing} .data=${data}></koske-org-card>`);
      expect(await settle(card)).to.equal('loaded');
      const base = find(card, '[part="base"]');
      expect(base.localName).to.equal('article');
      const heading = find(card, '[part="heading"]');
      expect(heading.localName, `heading-level ${level}`).to.equal(`h${level ?? 2}`);
      // Not named by the heading too, which a screen reader would then say twice in a row.
      expect(base.hasAttribute('aria-labelledby')).to.equal(false);
      expect(textOf(heading)).to.equal('Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke');
    }
  });

  it('the list’s and the contact block’s headings follow heading-level too, and the contact block can go without one', async () => {
    const data = await seedDocument();
    const list = await fixture<WidgetBase>(html`<koske-municipality-list heading-level="4" .data=${data}></koske-municipality-list>`);
    expect(await settle(list)).to.equal('loaded');
    expect(find(list, '[part="heading"]').localName).to.equal('h4');
    const contact = await fixture<WidgetBase>(html`<koske-contact-block heading-level="3" .data=${data}></koske-contact-block>`);
    expect(await settle(contact)).to.equal('loaded');
    expect(find(contact, '[part="heading"]').localName).to.equal('h3');
    contact.setAttribute('heading-level', 'none');
    await contact.updateComplete;
    expect(shadow(contact).querySelector('h1, h2, h3, h4, h5, h6'), 'heading-level="none"').to.equal(null);
  });

  for (const lang of languages) {
    for (const variant of [undefined, 'compact'] as const) {
      const what = variant ? 'compact ' : '';
      it(`in ${lang}, the ${what}list is a real ul of 14 items named by "${countText[lang]}"`, async () => {
        const {elements} = await widgets('loaded', {lang, variant});
        const list = find(elements[1], '[part="list"]');
        expect(list.localName).to.equal('ul');
        expect(list.hasAttribute('role'), 'keeps its list role').to.equal(false);
        expect([...list.children].map((child) => child.localName)).to.deep.equal(Array(14).fill('li'));
        expect(labelledBy(list)).to.equal(countText[lang]);
      });

      it(`in ${lang}, the ${what}contact block is a heading and an address whose every field has a label${variant ? ' (hidden but read)' : ''}`, async () => {
        const {elements} = await widgets('loaded', {lang, variant});
        expect(find(elements[2], '[part="base"] > [part="heading"]').localName).to.equal('h2');
        const base = find(elements[2], '[part="base"] > address');
        const facts = [...base.querySelectorAll('dl > .fact')];
        expect(facts).to.have.length(variant ? 3 : 5);
        for (const fact of facts) {
          expect(
            [...fact.children].map((child) => child.localName),
            fact.className,
          ).to.deep.equal(['dt', 'dd']);
          const [dt] = fact.children;
          expect(textOf(dt), fact.className).to.not.equal('');
          const style = getComputedStyle(dt);
          // A label that names a list is read as the list's name instead (the seed's links: social links added).
          const namesList = fact.querySelector('dd > ul[aria-labelledby]') !== null;
          expect([style.display, style.visibility, dt.getAttribute('aria-hidden')], `${fact.className} label is read`).to.deep.equal([
            'block',
            'visible',
            namesList ? 'true' : null,
          ]);
          const {width, height} = dt.getBoundingClientRect();
          if (variant) expect(visuallyHidden(dt) && width <= 1 && height <= 1, `${fact.className} label is visually hidden`).to.equal(true);
          else expect(visuallyHidden(dt) || width <= 1, `${fact.className} label is shown`).to.equal(false);
        }
      });

      it(`in ${lang}, the ${what}links say where they go: social links' names hold their visible text and the organisation`, async () => {
        const data = await seedWithSocialLinks();
        const {elements} = await widgets('loaded', {lang, variant});
        const links = elements.flatMap((element) => [...shadow(element).querySelectorAll('a')]);
        const names = new Map<string, string>();
        for (const link of links) {
          const name = link.getAttribute('aria-label') ?? textOf(link);
          expect(name, describeNode(link)).to.not.equal('');
          // One name, one destination.
          expect(names.get(name) ?? link.href, `"${name}"`).to.equal(link.href);
          names.set(name, link.href);
        }
        const owner = (data.shortName as Record<string, string>)[lang];
        const social = [...find(elements[2], '[part="links"]').querySelectorAll('a[aria-label]')];
        expect(social.map((link) => textOf(link))).to.deep.equal(['Facebook', 'Instagram', 'X (Twitter)']);
        for (const link of social) {
          expect(link.getAttribute('aria-label')).to.contain(textOf(link)).and.to.contain(owner);
        }
        expect(textOf(find(elements[2], '[part="links"] a:not([aria-label])'))).to.equal('Koskeverkko');
      });
    }

    it(`in ${lang}, every state's box carries lang="${lang}"`, async () => {
      for (const state of ['loading', 'loaded', 'error'] as const) {
        const {elements} = await widgets(state, {lang});
        for (const element of elements) expect(boxOf(element).getAttribute('lang'), `${element.localName} ${state}`).to.equal(lang);
      }
    });
  }

  it('text shown in another language than the element’s carries its own lang', async () => {
    const data = await seedDocument();
    data.name = {fi: 'Vain suomeksi'};
    data.description = {sv: 'Bara på svenska.'};
    const {elements} = await widgets('empty', {lang: 'en'});
    for (const element of elements) element.data = data;
    for (const element of elements) expect(await settle(element)).to.equal('loaded');
    const name = find(elements[0], '[part="heading"] span');
    expect([name.lang, textOf(name)]).to.deep.equal(['fi', 'Vain suomeksi']);
    expect(find(elements[0], '[part="description"]').lang).to.equal('sv');
    // The seed's locality is in Finnish and Swedish only: English falls back to Finnish.
    const locality = [...find(elements[2], '.address dd').querySelectorAll('[lang]')].map((node) => [node.getAttribute('lang'), textOf(node)]);
    expect(locality).to.deep.include(['fi', '40100 Jyväskylä']);
    // Text in the element's own language is not marked again.
    const {elements: finnish} = await widgets('loaded', {lang: 'fi'});
    for (const element of finnish) expect(find(element, '[part="base"]').querySelectorAll('[lang]'), element.localName).to.have.length(0);
  });

  it('icons, if any, are hidden from assistive technology, and the loading skeleton says nothing', async () => {
    const loaded = await widgets('loaded');
    const failed = await widgets('error');
    const icons = [...loaded.elements, ...failed.elements].flatMap((element) => [...shadow(element).querySelectorAll('svg, img, i, [class*="icon"]')]);
    for (const icon of icons) expect(icon.getAttribute('aria-hidden') === 'true' || icon.getAttribute('alt') === '', describeNode(icon)).to.equal(true);
    const {elements} = await widgets('loading');
    for (const element of elements) {
      const placeholder = find(element, '[part="loading"]');
      for (const pseudo of ['::before', '::after']) expect(getComputedStyle(placeholder, pseudo).content, pseudo).to.be.oneOf(['""', "''"]);
      expect(textOf(placeholder)).to.equal('Ladataan…');
      expect(visuallyHidden(placeholder.firstElementChild!)).to.equal(true);
    }
  });
});

// --- 6. Motion, forced colours, print ----------------------------------------------

/** What a system colour (`CanvasText`) computes to now. */
function systemColour(colour: string): string {
  const node = Object.assign(document.createElement('div'), {textContent: colour});
  node.style.color = colour;
  document.body.append(node);
  const value = getComputedStyle(node).color;
  node.remove();
  return value;
}

describe('media', () => {
  afterEach(resetEmulation);

  it('stops the loading skeleton’s pulse when the reader prefers reduced motion (Chromium only)', async function () {
    await emulateOrSkip(this, {reducedMotion: 'reduce'});
    const {elements} = await widgets('loading');
    const animations = () => elements.flatMap((element) => ['::before', '::after'].map((pseudo) => getComputedStyle(find(element, '[part="loading"]'), pseudo).animationName));
    expect(animations()).to.deep.equal(Array(6).fill('none'));
    await resetEmulation();
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    expect(animations(), 'it pulses otherwise').to.deep.equal(Array(6).fill('pulse'));
  });

  it('uses system colours in forced colours mode: borders in CanvasText, links in LinkText, the button in ButtonText, the skeleton in GrayText (Chromium only)', async function () {
    await emulateOrSkip(this, {forcedColors: 'active'});
    const [canvasText, linkText, buttonText, grayText] = ['CanvasText', 'LinkText', 'ButtonText', 'GrayText'].map(systemColour);
    // The system colours must differ for the comparisons to mean anything.
    expect(new Set([canvasText, linkText, grayText]).size).to.equal(3);
    const loaded = await widgets('loaded');
    const failed = await widgets('error');
    const loading = await widgets('loading');
    for (const element of loaded.elements) {
      const base = find(element, '[part="base"]');
      expect(getComputedStyle(base).borderTopColor, `${element.localName} border`).to.equal(canvasText);
      expect(getComputedStyle(find(element, 'a')).color, `${element.localName} link`).to.equal(linkText);
    }
    for (const element of failed.elements) {
      expect(getComputedStyle(find(element, '[part="error"]')).borderTopColor, `${element.localName} error border`).to.equal(canvasText);
      const button = getComputedStyle(find(element, 'button'));
      expect([button.color, button.borderTopColor], `${element.localName} retry`).to.deep.equal([buttonText, buttonText]);
    }
    for (const element of loading.elements) {
      expect(getComputedStyle(find(element, '[part="loading"]'), '::before').backgroundColor, `${element.localName} skeleton`).to.equal(grayText);
    }
  });

  it('draws the map in system colours in forced colours mode: the area in CanvasText, the others in Canvas outlined in CanvasText, the highlight in Highlight (Chromium only)', async function () {
    await emulateOrSkip(this, {forcedColors: 'active'});
    const [canvas, canvasText, highlightColour] = ['Canvas', 'CanvasText', 'Highlight'].map(systemColour);
    expect(new Set([canvas, canvasText, highlightColour]).size).to.equal(3);
    const {container, elements} = await widgets('loaded', {map: true});
    const {filled, other, highlight} = await highlightOnMap(container);
    const colours = (path: Element) => [getComputedStyle(path).fill, getComputedStyle(path).stroke];
    expect(colours(filled), 'the area').to.deep.equal([canvasText, canvas]);
    expect(colours(other), 'the others').to.deep.equal([canvas, canvasText]);
    expect(colours(highlight)[0], 'the highlight').to.equal(highlightColour);
    expect(getComputedStyle(find(elements[1], 'li.highlighted')).outlineColor, 'the highlighted item').to.equal(highlightColour);
  });

  it('prints black on white, writes web addresses out and hides the retry button and the skeleton (Chromium only)', async function () {
    await emulateOrSkip(this, {media: 'print'});
    const loaded = await widgets('loaded');
    const failed = await widgets('error');
    const loading = await widgets('loading');
    const httpLinks = loaded.elements.flatMap((element) => [...shadow(element).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]);
    expect(httpLinks).to.have.length.greaterThan(15);
    for (const link of httpLinks) {
      expect(getComputedStyle(link, '::after').content, describeNode(link)).to.contain(link.getAttribute('href'));
    }
    for (const link of loaded.elements.flatMap((element) => [...shadow(element).querySelectorAll('a:not([href^="http"])')])) {
      expect(getComputedStyle(link, '::after').content, describeNode(link)).to.equal('none');
    }
    for (const element of loaded.elements) {
      const base = getComputedStyle(find(element, '[part="base"]'));
      expect([base.color, base.backgroundColor], element.localName).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    }
    for (const element of failed.elements) expect(getComputedStyle(find(element, 'button[part="retry"]')).display, element.localName).to.equal('none');
    const {elements} = await widgets('loaded', {map: true});
    const map = find(elements[1], 'svg');
    expect(map.getBoundingClientRect().height, 'the map is printed').to.be.above(100);
    expect(getComputedStyle(find(elements[1], 'path.in')).fill, 'the area stands out on paper').to.not.equal(getComputedStyle(find(elements[1], 'path.out')).fill);
    for (const element of loading.elements) expect(getComputedStyle(find(element, '[part="loading"]')).display, element.localName).to.equal('none');
  });
});
