// The map's shapes as scripts/generate-map.mjs makes them from open-data/: every municipality
// in its region, the borders neighbours share drawn by the same points, the projection
// ETRS-TM35FIN. The bytes are budgeted by `npm run check:size`; the drawing is tested in the
// browser (test/map.test.ts).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import proj4 from 'proj4';
import {grid, mapSources} from '../../scripts/generate-map.mjs';
import {registrySource} from '../../scripts/generate-registry.mjs';

const {files, origin} = mapSources();

/**
 * A generated constant's value.
 * @param {string} source
 * @param {string} name
 * @returns {any}
 */
const constant = (source, name) => JSON.parse(/** @type {RegExpExecArray} */ (new RegExp(`export const ${name}[^=]*= (.*);$`, 'm').exec(source))[1]);

/** @type {Map<string, {box: number[], border: string, shapes: Record<string, string>}>} */
const regions = new Map(
  Object.entries(files)
    .filter(([name]) => name.startsWith('region-'))
    .map(([name, source]) => [name.slice(7, 9), {box: constant(source, 'box'), border: constant(source, 'border'), shapes: constant(source, 'shapes')}]),
);

/**
 * The rings of SVG path data as the generator writes it (`M x y l dx dy … z`), in absolute grid points.
 * @param {string} d
 * @returns {number[][][]}
 */
function rings(d) {
  /** @type {number[][][]} */
  const result = [];
  for (const [, move, steps] of d.matchAll(/M(-?\d+ ?-?\d+)l([^Mz]*)z?/g)) {
    const [x, y] = (move.match(/-?\d+/g) ?? []).map(Number);
    const deltas = steps.match(/-?\d+/g)?.map(Number) ?? [];
    const ring = [[x, y]];
    for (let index = 0; index < deltas.length; index += 2) {
      const [px, py] = ring[ring.length - 1];
      ring.push([px + deltas[index], py + deltas[index + 1]]);
    }
    result.push(ring);
  }
  return result;
}

/**
 * Whether a point is inside the shape (even-odd over its rings).
 * @param {number[]} point
 * @param {string} d
 */
function inside([x, y], d) {
  let within = false;
  for (const ring of rings(d)) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const [[xi, yi], [xj, yj]] = [ring[index], ring[previous]];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
    }
  }
  return within;
}

describe('the map’s shapes (scripts/generate-map.mjs)', () => {
  test("every one of Statistics Finland's 309 municipalities, once, in its region", () => {
    const registry = constant(registrySource(), 'regionMunicipalities').split(';');
    /** @type {Map<string, string[]>} */
    const expected = new Map(registry.map((/** @type {string} */ entry) => [entry.slice(0, 2), entry.split(' ').slice(1)]));
    assert.deepEqual([...regions.keys()].sort(), [...expected.keys()].sort());
    for (const [region, {shapes}] of regions) assert.deepEqual(Object.keys(shapes).sort(), expected.get(region), `region ${region}`);
    assert.equal([...regions.values()].flatMap(({shapes}) => Object.keys(shapes)).length, 309);
    assert.equal(constant(files['index.ts'], 'regionMunicipalities'), registry.join(';'));
  });

  test('neighbours share their borders point for point: each edge is drawn by at most two shapes, in opposite directions', () => {
    /** @type {Map<string, string>} edge "x1 y1 x2 y2" → the municipality that draws it */
    const edges = new Map();
    let shared = 0;
    for (const {shapes} of regions.values()) {
      for (const [code, d] of Object.entries(shapes)) {
        for (const ring of rings(d)) {
          ring.forEach(([x, y], index) => {
            const [nx, ny] = ring[(index + 1) % ring.length];
            const edge = `${x} ${y} ${nx} ${ny}`;
            assert.equal(edges.get(edge), undefined, `${code} and ${edges.get(edge)} overlap along ${edge}`);
            edges.set(edge, code);
            if (edges.has(`${nx} ${ny} ${x} ${y}`)) shared++;
          });
        }
      }
    }
    // Borders drawn apart by each neighbour would share no edge at all; the coast and the
    // eastern border are drawn once.
    assert.ok(shared / (edges.size / 2) > 0.6, `${shared} of ${edges.size} edges shared`);
  });

  test("each region's border is drawn along its municipalities' edges", () => {
    for (const [region, {border, shapes}] of regions) {
      const edges = new Set(
        Object.values(shapes).flatMap((d) => rings(d).flatMap((ring) => ring.map(([x, y], index) => `${x} ${y} ${ring[(index + 1) % ring.length].join(' ')}`))),
      );
      for (const ring of rings(border)) {
        ring.forEach(([x, y], index) => {
          const [nx, ny] = ring[(index + 1) % ring.length];
          assert.ok(edges.has(`${x} ${y} ${nx} ${ny}`) || edges.has(`${nx} ${ny} ${x} ${y}`), `region ${region}: ${x} ${y} → ${nx} ${ny}`);
        });
      }
    }
  });

  test(`is in ETRS-TM35FIN (EPSG:3067) on a ${grid} m grid: Helsinki Cathedral in Helsinki, Jyväskylä's church in Jyväskylä, north up`, () => {
    proj4.defs('EPSG:3067', '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs');
    // Finland's box starts at the grid's corner: the westernmost and northernmost points of the map.
    const all = [...regions.values()].flatMap(({shapes}) => Object.values(shapes).flatMap((d) => rings(d).flat()));
    assert.equal(Math.min(...all.map(([x]) => x)), 0);
    assert.equal(Math.min(...all.map(([, y]) => y)), 0);
    const [width, height] = constant(files['index.ts'], 'finland').slice(2);
    assert.ok(height > 1.7 * width, `Finland is tall: ${width} × ${height}`);
    /**
     * The map's grid point of a place, from the projection of the map's own extremes.
     * @param {number} longitude
     * @param {number} latitude
     */
    const onMap = (longitude, latitude) => {
      const [east, north] = proj4('EPSG:4326', 'EPSG:3067', [longitude, latitude]);
      return [east / grid, -north / grid];
    };
    const helsinki = /** @type {{shapes: Record<string, string>}} */ (regions.get('01')).shapes['091'];
    const cathedral = onMap(24.9522, 60.1702);
    const church = onMap(25.7473, 62.2426);
    const at = (/** @type {number[]} */ [x, y]) => [x - origin[0], y - origin[1]];
    assert.ok(inside(at(cathedral), helsinki), 'the cathedral in Helsinki');
    assert.ok(!inside(at(cathedral), /** @type {{shapes: Record<string, string>}} */ (regions.get('01')).shapes['049']), 'not in Espoo');
    assert.ok(inside(at(church), /** @type {{shapes: Record<string, string>}} */ (regions.get('13')).shapes['179']), 'the church in Jyväskylä');
    assert.ok(at(church)[1] < at(cathedral)[1], 'Jyväskylä above Helsinki');
  });
});
