/**
 * The municipality list's map (`<koske-municipality-list map>`): loaded only when a list has
 * `map`, with the shapes of the regions it shows (src/generated/map/, made at build time by
 * scripts/generate-map.mjs). It draws the region of the document's municipalities, or all of
 * Finland when they are in more than one, with the document's municipalities filled and the
 * others outlined.
 *
 * To assistive technology the map is nothing: the list beside it says the same in text, so a
 * screen reader hears the area once. What a pointer finds on the map (which shape is which
 * municipality), the keyboard finds in the list: each item can take focus, and the item with
 * focus or under the pointer and its shape are highlighted together.
 */
import {css, html, nothing, svg, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Municipality, Organisation} from '../../data/types.js';
import {finland, regionMunicipalities, regionShapes} from '../../generated/map/index.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import {LazyModule} from '../../lazy-module.js';
import {choose} from '../../format/localized.js';
import type {Content} from '../render.js';

/** A region's module of shapes, in grid steps from Finland's top left corner, y down. */
export interface RegionShapes {
  /** x, y, width, height. */
  readonly box: readonly [number, number, number, number];
  /** The region's border, as SVG path data. */
  readonly border: string;
  /** Each municipality's shape, as SVG path data, by its code. */
  readonly shapes: Readonly<Record<string, string>>;
}

/** What the map is drawn with besides the data. */
export interface MapOptions {
  readonly language: InterfaceLanguage;
  /** The municipality whose shape and list item are highlighted: under the pointer, or with focus. */
  readonly highlighted: string | undefined;
  /** Tells the element which municipality the pointer is on, or has focus, or none. */
  readonly highlight: (by: 'pointer' | 'focus', code: string | undefined) => void;
}

/** Each region's shapes, loaded on first use, by region code. */
const regions = new Map(
  regionMunicipalities.split(';').map((entry) => {
    const [region, ...codes] = entry.split(' ') as [string, ...string[]];
    return [region, {codes, shapes: new LazyModule<RegionShapes>(regionShapes[region as keyof typeof regionShapes])}] as const;
  }),
);
/** The region of each municipality the map has, by code. */
const regionOf = new Map([...regions].flatMap(([region, {codes}]) => codes.map((code) => [code, region] as const)));
/** A region's module of shapes (`region` is one of the map's). */
const shapesOf = (region: string) => (regions.get(region) as {shapes: LazyModule<RegionShapes>}).shapes;

/** What the map of a document shows: the regions drawn, and which of its municipalities are filled. */
interface Area {
  readonly regions: readonly string[];
  readonly filled: ReadonlySet<string>;
}

const areas = new WeakMap<Organisation, Area>();

/**
 * The regions drawn for a document: its municipalities' region, or all of Finland when they
 * are in several; with none on the map, the document's region, or Finland. A municipality the
 * map has no shape for (merged into another since, or never one) is left out, once per
 * document with the webmaster's warning: it is still listed.
 */
function areaOf(organisation: Organisation): Area {
  let area = areas.get(organisation);
  if (area === undefined) {
    const {municipalities, region} = organisation;
    const drawn = municipalities.filter(({code}) => regionOf.has(code));
    const spanned = new Set(drawn.map(({code}) => regionOf.get(code) as string));
    const single = spanned.size === 1 ? [...spanned] : spanned.size === 0 && region && regions.has(region.code) ? [region.code] : undefined;
    area = {regions: single ?? [...regions.keys()], filled: new Set(drawn.map(({code}) => code))};
    areas.set(organisation, area);
    const missing = municipalities.filter(({code}) => !regionOf.has(code));
    if (missing.length)
      console.warn(
        `<koske-municipality-list map>: the map has no shape for ${missing.map(named).join(', ')}, so it is listed but not drawn. The map has Finland's municipalities of 2023.`,
      );
  }
  return area;
}

/** "099 Honkajoki", for the webmaster. */
const named = ({code, name}: Municipality): string => `${code} ${choose(name, 'fi').value}`;

/** The modules of shapes the map of `organisation` needs; without one, every region's (for server rendering). */
export function shapesFor(organisation?: Organisation): readonly LazyModule<RegionShapes>[] {
  return (organisation ? areaOf(organisation).regions : [...regions.keys()]).map(shapesOf);
}

/**
 * The map, with `list` (the municipalities' list, the map's text equivalent) beside or under
 * it as the element is wide. Pointer and focus in either highlight a municipality in both.
 */
export function renderArea(organisation: Organisation, list: Content | Content[] | undefined, {language, highlighted, highlight}: MapOptions): TemplateResult {
  const {regions: drawn, filled} = areaOf(organisation);
  const loaded = drawn.map((region) => shapesOf(region).module).filter((module) => !!module);
  const [x, y, width, height] = drawn.length === 1 && loaded[0] ? loaded[0].box : finland;
  // Room for the border's stroke at the edges.
  const margin = Math.max(width, height) / 100;
  const highlightedShape = highlighted && loaded.find(({shapes}) => shapes[highlighted])?.shapes[highlighted];
  const follow = (event: FocusEvent | PointerEvent) => {
    // A tap has no "pointer left": a touch's highlight stays until the next touch.
    if (event.type === 'pointerout' && (event as PointerEvent).pointerType === 'touch') return;
    const entered = event.type === 'pointerover' || event.type === 'focusin';
    highlight(
      event.type.startsWith('pointer') ? 'pointer' : 'focus',
      entered ? ((event.target as Element).closest('[data-code]')?.getAttribute('data-code') ?? undefined) : undefined,
    );
  };
  return html`<div class="area" @pointerover=${follow} @pointerout=${follow} @focusin=${follow} @focusout=${follow}>
    <div part="map" class="map">
      <svg viewBox="${x - margin} ${y - margin} ${width + 2 * margin} ${height + 2 * margin}" aria-hidden="true">
        ${loaded.map(({shapes}) =>
          Object.entries(shapes).map(([code, d]) => (filled.has(code) ? svg`<path class="in" data-code=${code} d=${d}/>` : svg`<path class="out" d=${d}/>`)),
        )}
        ${loaded.map(({border}) => svg`<path class="border" d=${border}/>`)}
        ${highlightedShape ? svg`<path class="highlight" d=${highlightedShape}/>` : nothing}
      </svg>
      <p part="map-attribution" class="attribution">
        ${msg('Kartta: © Maanmittauslaitos, kuntajako 2023', {
          id: 'municipality-list.map-attribution',
          desc: 'Under the map: whose data the map is drawn from (the National Land Survey of Finland, its division into municipalities of 2023). The licence follows it as a link.',
        })},
        <a href="https://creativecommons.org/licenses/by/4.0/deed.${language}">CC BY 4.0</a>
      </p>
    </div>
    ${list}
  </div>`;
}

/** The map's layout and palettes: adopted with the list's own styles when a list has a map. */
export const styles = css`
  .area {
    display: grid;
    gap: 0.5em 1.5em;
  }
  /* Beside the list when the widget is wide enough for both. */
  @container (min-width: 36em) {
    .area {
      grid-template-columns: minmax(0, 2fr) 3fr;
      align-items: start;
    }
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 28em;
  }
  .compact svg {
    max-height: 12em;
  }
  path {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    stroke-width: 1px;
  }
  .out {
    fill: color-mix(in srgb, var(--_border) 35%, var(--_background));
    stroke: var(--_border);
  }
  .in {
    fill: var(--koske-map-fill, var(--_accent));
    stroke: var(--_background);
  }
  .border {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5px;
    pointer-events: none;
  }
  /* A pale shape in a thick outline of the text's colour: at least 3:1 against the fill it
     covers and against the background, in both palettes. */
  .highlight {
    fill: color-mix(in srgb, var(--koske-map-fill, var(--_accent)) 25%, var(--_background));
    stroke: var(--_text);
    stroke-width: 3px;
    pointer-events: none;
  }
  .attribution {
    margin: 0.25em 0 0;
    font-size: max(0.8125em, 12px);
  }
  /* The highlighted item: tinted, and marked by more than colour: a bar in the text's colour
     before it in a list, an outline in a run of text. Every item of a list leaves room for the
     bar, so none moves when it shows. */
  .area li.highlighted {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  .area ul:not(.inline) li {
    padding-inline-start: 0.5em;
  }
  .area ul:not(.inline) li.highlighted {
    box-shadow: inset 0.25em 0 var(--_text);
  }
  .area .inline li.highlighted {
    outline: 2px solid var(--_text);
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .out {
      fill: Canvas;
      stroke: CanvasText;
    }
    .in {
      fill: CanvasText;
      stroke: Canvas;
    }
    .border {
      stroke: CanvasText;
    }
    .highlight {
      fill: Highlight;
      stroke: Canvas;
    }
    .area li.highlighted {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .map {
      break-inside: avoid;
    }
  }
`;
