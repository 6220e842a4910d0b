/**
 * Visual regression: each element in both variants and both palettes (the list also with its map),
 * compared pixel by pixel with its baseline in test/visual/Chrome/baseline/
 * (the plugin's baseDir/<browser>/baseline/<name>.png). On a difference the
 * test fails and the plugin writes the new image and a diff to
 * test/visual/Chrome/failed/. After an intended change of the look,
 * `npm run test:visual:update` renews the baselines; commit them.
 *
 * Chromium only: fonts, antialiasing and layout differ between engines, so
 * other engines skip. The data comes in through the `data` property (no
 * network timing), the width is fixed, the font is the system's system-ui at
 * 16px, and the palette is pinned with color-scheme on the element.
 */
import {fixture, html, nextFrame} from '@open-wc/testing';
import * as visualRegression from '@web/test-runner-visual-regression';
import type {DataDocument} from '../src/data/types.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {seedDocument, settle, tags, type Tag} from './helpers.js';

const variants = {full: 720, compact: 320} as const; // the element's width in CSS px
const palettes = {light: '#f4f5f7', dark: '#111214'} as const; // the page around it

type Variant = keyof typeof variants;
type Palette = keyof typeof palettes;

const chromium = navigator.userAgent.includes('Chrome');

// 0.10's index.d.ts re-exports './browser/commands.mjs', for which TypeScript
// looks for commands.d.mts (the package ships commands.d.ts), so the named
// export has no type: give it the one from browser/commands.d.ts.
const {visualDiff} = visualRegression as unknown as {visualDiff: (element: Node, name: string) => Promise<void>};

/**
 * The element on a neutral page background of its palette, in a frame with a
 * little padding (so the rounded corners show the page, not the test page's white).
 */
async function frame(tag: Tag, variant: Variant, palette: Palette, seed: DataDocument, map = false): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`
    <div
      style="display: inline-block; padding: 16px; background: ${palettes[palette]}; font: 16px / normal system-ui, sans-serif;"
    >
      ${element(tag, variant, palette, seed, map)}
    </div>
  `);
  const widget = box.firstElementChild as WidgetBase;
  await settle(widget);
  await document.fonts.ready;
  await nextFrame();
  return box;
}

function element(tag: Tag, variant: Variant, palette: Palette, seed: DataDocument, map: boolean) {
  const style = `display: block; width: ${variants[variant]}px; color-scheme: ${palette};`;
  switch (tag) {
    case 'koske-org-card':
      return html`<koske-org-card lang="fi" variant=${variant} style=${style} .data=${seed}></koske-org-card>`;
    case 'koske-municipality-list':
      return html`<koske-municipality-list lang="fi" variant=${variant} ?map=${map} style=${style} .data=${seed}></koske-municipality-list>`;
    case 'koske-contact-block':
      return html`<koske-contact-block lang="fi" variant=${variant} style=${style} .data=${seed}></koske-contact-block>`;
  }
}

describe('the look (visual regression, Chromium)', function () {
  let seed: DataDocument;

  before(async function () {
    if (!chromium) this.skip();
    seed = await seedDocument();
  });

  for (const tag of tags) {
    for (const variant of Object.keys(variants) as Variant[]) {
      for (const palette of Object.keys(palettes) as Palette[]) {
        const name = `${tag.replace(/^koske-/, '')}-${variant}-${palette}`;
        it(`<${tag}> ${variant}, ${palette}, matches test/visual/Chrome/baseline/${name}.png`, async () => {
          await visualDiff(await frame(tag, variant, palette, seed), name);
        });
      }
    }
  }

  // The map beside the list (full, 720 px) and above it (compact, 320 px).
  for (const variant of Object.keys(variants) as Variant[]) {
    for (const palette of Object.keys(palettes) as Palette[]) {
      const name = `municipality-list-map-${variant}-${palette}`;
      it(`<koske-municipality-list map> ${variant}, ${palette}, matches test/visual/Chrome/baseline/${name}.png`, async () => {
        await visualDiff(await frame('koske-municipality-list', variant, palette, seed, true), name);
      });
    }
  }
});
