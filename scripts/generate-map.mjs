// Writes src/generated/map/: the shapes of Finland's municipalities for the municipality
// list's map, one module per region (loaded only when a map shows it) and an index. From the
// National Land Survey's municipalities of 2023 in open-data/ (see open-data/SOURCES.md).
// Part of `npm run generate`, which every build runs first. The steps:
// - project longitude and latitude to ETRS-TM35FIN (EPSG:3067), the Finnish standard
//   projection, in which a metre is a metre everywhere in Finland;
// - build a topology (topojson-server), so that a border two municipalities share is one
//   line, and simplify it (topojson-simplify): both neighbours keep the same border;
// - quantize: round every point to a grid of `grid` metres, y pointing down as in SVG, and
//   write each municipality as SVG path data, relative moves in whole grid steps.
// Which region a municipality is in is Statistics Finland's table (the registry's); the
// regions' own polygons check it: each region's area must be its municipalities' areas.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import proj4 from 'proj4';
import {topology} from 'topojson-server';
import {presimplify, simplify} from 'topojson-simplify';
import {feature, merge} from 'topojson-client';
import {statisticsFinland} from './generate-registry.mjs';

const output = 'src/generated/map';
/** Metres per grid step: a quarter of a pixel when Central Finland is 1,000 px wide. */
export const grid = 250;
/**
 * The smallest triangle a point may make with its neighbours and stay, in m² (Visvalingam's
 * weight): a point that moves a border less than a grid step or so is dropped.
 */
const minWeight = 1e6;

/** @typedef {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon, {NATCODE: string, NAMEFIN: string}>} Areas */

/** @param {string} file */
const areas = (file) => /** @type {Areas} */ (JSON.parse(readFileSync(`open-data/${file}`, 'utf8')));

proj4.defs('EPSG:3067', '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
const toTm35 = proj4('EPSG:4326', 'EPSG:3067');

/**
 * The polygons of a Polygon or MultiPolygon, each its rings, in EPSG:3067.
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} geometry
 * @returns {number[][][][]}
 */
const projected = (geometry) =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) => rings.map((ring) => ring.map((point) => toTm35.forward(point))));

/**
 * Area of the polygons, in m² (holes taken away).
 * @param {number[][][][]} polygons
 */
function area(polygons) {
  /** @param {number[][]} ring */
  const ringArea = (ring) => Math.abs(ring.slice(1).reduce((sum, [x, y], index) => sum + ring[index][0] * y - x * ring[index][1], 0)) / 2;
  return polygons.reduce((sum, [outer, ...holes]) => sum + ringArea(outer) - holes.reduce((inner, hole) => inner + ringArea(hole), 0), 0);
}

/**
 * A line of grid points as SVG path data: an absolute move to the first, then relative lines.
 * @param {number[][]} points
 * @param {boolean} closed whether the line is a ring: its last point is its first, and `z` closes it
 */
function pathData(points, closed) {
  const [[x, y], ...rest] = closed ? points.slice(0, -1) : points;
  let previous = [x, y];
  const steps = rest.map(([px, py]) => {
    const step = `${px - previous[0]}${py - previous[1] < 0 ? '' : ' '}${py - previous[1]}`;
    previous = [px, py];
    return step;
  });
  return `M${x} ${y}l${steps.join(' ')}${closed ? 'z' : ''}`.replace(/ -/g, '-');
}

/** @param {number[][]} points */
function box(points) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return [left, top, Math.max(...xs) - left, Math.max(...ys) - top];
}

/**
 * The files of src/generated/map/ by name, and the point of EPSG:3067's grid (metres / `grid`,
 * y down) that is the map's 0, 0.
 */
export function mapSources() {
  const municipalities = areas('mml-municipalities-4500k-2023.geojson');
  const regions = areas('mml-regions-4500k-2023.geojson');
  const regionOf = new Map(statisticsFinland().map(([code, , region]) => [code, region]));

  /** @type {Map<string, number[][][][]>} */
  const polygons = new Map(municipalities.features.map(({properties, geometry}) => [properties.NATCODE, projected(geometry)]));
  for (const code of polygons.keys()) if (!regionOf.has(code)) throw new Error(`municipality ${code} of the map is not in Statistics Finland's table`);
  for (const code of regionOf.keys()) if (!polygons.has(code)) throw new Error(`municipality ${code} of Statistics Finland's table has no shape on the map`);
  // The regions are their municipalities: a municipality put in the wrong region makes two regions' areas wrong.
  for (const {properties, geometry} of regions.features) {
    const members = [...polygons].filter(([code]) => regionOf.get(code) === properties.NATCODE);
    const expected = area(projected(geometry));
    const sum = members.reduce((total, [, shape]) => total + area(shape), 0);
    if (Math.abs(sum - expected) > expected * 1e-4) throw new Error(`region ${properties.NATCODE} ${properties.NAMEFIN} is ${expected} m², its municipalities ${sum} m²`);
  }

  const features = /** @type {import('geojson').FeatureCollection<import('geojson').MultiPolygon, {}>} */ ({
    type: 'FeatureCollection',
    features: [...polygons].map(([code, coordinates]) => ({type: 'Feature', id: code, properties: {}, geometry: {type: 'MultiPolygon', coordinates}})),
  });
  // Its features have no properties: nothing null in them, as simplify's types ask.
  const shared = /** @type {import('topojson-specification').Topology<import('topojson-specification').Objects<{}>>} */ (topology({municipalities: features}));
  const simplified = simplify(presimplify(shared), minWeight);
  // Each arc quantized once, so that both municipalities along it get the same points; and
  // moved so that Finland's box starts at 0, 0: fewer digits in every path's first move.
  const quantized = simplified.arcs.map((arc) => arc.map(([x, y]) => [Math.round(x / grid), -Math.round(y / grid)]));
  const [left, top, width, height] = box(quantized.flat());
  simplified.arcs = quantized.map((arc) =>
    arc.map(([x, y]) => [x - left, y - top]).filter(([x, y], index, points) => index === 0 || x !== points[index - 1][0] || y !== points[index - 1][1]),
  );

  /** @param {number[][][][]} polygons each its rings */
  const pathOf = (polygons) =>
    polygons
      .flat()
      // A ring a grid step wide or less (a tiny island) is dropped.
      .filter((ring) => ring.length > 3)
      .map((ring) => pathData(ring, true))
      .join('');
  const geometries = /** @type {import('topojson-specification').GeometryCollection<{}>} */ (simplified.objects.municipalities).geometries;
  /** @type {Map<string, typeof geometries>} */
  const byRegion = new Map();
  for (const geometry of geometries) {
    const region = /** @type {string} */ (regionOf.get(String(geometry.id)));
    byRegion.set(region, [...(byRegion.get(region) ?? []), geometry]);
  }

  const header = `// Generated by scripts/generate-map.mjs from open-data/ (see open-data/SOURCES.md). Do not edit.
// Contains data from the National Land Survey of Finland Division into administrative areas dataset 2023 (CC BY 4.0).`;
  /** @type {Record<string, string>} */
  const files = {};
  for (const [region, members] of byRegion) {
    const shapes = members.map((geometry) => {
      const {coordinates} = /** @type {import('geojson').Feature<import('geojson').MultiPolygon>} */ (feature(simplified, geometry)).geometry;
      return [String(geometry.id), pathOf(coordinates)];
    });
    // The region's border: its municipalities merged into one shape.
    const outline = merge(simplified, /** @type {Array<import('topojson-specification').MultiPolygon>} */ (members)).coordinates;
    files[`region-${region}.ts`] = `${header}

/** The region's box, in grid steps of ${grid} m from Finland's top left corner (y down): x, y, width, height. */
export const box: readonly [number, number, number, number] = ${JSON.stringify(box(outline.flat(2)))};

/** The region's border, as SVG path data. */
export const border = ${JSON.stringify(pathOf(outline))};

/** Each municipality's shape, as SVG path data, by its code. */
export const shapes: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(shapes.sort()))};
`;
  }
  const regionCodes = [...byRegion.keys()].sort();
  files['index.ts'] = `${header}

/** Each region's municipalities on the map: "region code municipality codes…", one per region, ";"-separated. */
export const regionMunicipalities = ${JSON.stringify(
    regionCodes
      .map(
        (region) =>
          `${region} ${(byRegion.get(region) ?? [])
            .map(({id}) => String(id))
            .sort()
            .join(' ')}`,
      )
      .join(';'),
  )};

/** Finland's box, in grid steps of ${grid} m (y down): x, y, width, height. */
export const finland: readonly [number, number, number, number] = ${JSON.stringify([0, 0, width, height])};

/** Each region's shapes, loaded on first use. */
export const regionShapes = {
${regionCodes.map((region) => `  '${region}': () => import('./region-${region}.js'),`).join('\n')}
};
`;
  return {files, origin: [left, top]};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {files} = mapSources();
  rmSync(output, {recursive: true, force: true});
  mkdirSync(output, {recursive: true});
  for (const [name, source] of Object.entries(files)) writeFileSync(`${output}/${name}`, source);
  console.log(`${output}/: ${Object.keys(files).length} files, ${Object.values(files).reduce((sum, source) => sum + source.length, 0)} characters`);
}
