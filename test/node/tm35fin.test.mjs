// cli/ptv/tm35fin.js against proj4 (a test oracle only, never in the bundle): known
// points of DVV's test data and places at Finland's ends, then a grid over the whole
// country and beyond it, and the values that cannot be TM35FIN coordinates.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import proj4 from 'proj4';
import {tm35finToWgs84} from '../../cli/ptv/tm35fin.js';

// EPSG:3067 as proj4 writes it: UTM zone 35 (27° E, 0.9996, 500 km east) on GRS80, with
// ETRS89 taken as WGS84, as the importer does.
const grid = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const degrees = '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs';

/**
 * How far apart two WGS84 points are, in metres (on a sphere of the Earth's mean radius:
 * plenty for errors of millimetres).
 * @param {{latitude: number, longitude: number}} a
 * @param {{latitude: number, longitude: number}} b
 */
function metresBetween(a, b) {
  const radians = Math.PI / 180;
  const north = (a.latitude - b.latitude) * radians;
  const east = (a.longitude - b.longitude) * radians * Math.cos(a.latitude * radians);
  return 6371008.8 * Math.hypot(north, east);
}

/**
 * proj4's answer for a grid point.
 * @param {number} northing
 * @param {number} easting
 */
function oracle(northing, easting) {
  const [longitude, latitude] = proj4(grid, degrees, [easting, northing]);
  return {latitude, longitude};
}

/**
 * The converted point, which the test needs to be there.
 * @param {number} northing
 * @param {number} easting
 */
function converted(northing, easting) {
  const point = tm35finToWgs84(northing, easting);
  assert.ok(point, `N ${northing} E ${easting} converts`);
  return point;
}

describe('tm35finToWgs84', () => {
  test("DVV's Kuopio, Asemakatu 44 (N 6974202.909, E 534246.773)", () => {
    const point = converted(6974202.909, 534246.773);
    assert.ok(metresBetween(point, oracle(6974202.909, 534246.773)) < 0.001);
    // Where the station of Kuopio is, to a metre.
    assert.ok(metresBetween(point, {latitude: 62.896195, longitude: 27.673729}) < 1);
  });

  test('the coordinates in the real v11 ServiceChannel list', () => {
    const list = JSON.parse(readFileSync(new URL('fixtures/ptv/ptv-v11-servicechannel-list.json', import.meta.url), 'utf8'));
    /** @type {Array<{northing: number, easting: number}>} */
    const points = list.itemList.flatMap((/** @type {{addresses: Array<{streetAddress?: {latitude: string, longitude: string}}>}} */ channel) =>
      channel.addresses.flatMap(({streetAddress}) => (streetAddress ? [{northing: Number(streetAddress.latitude), easting: Number(streetAddress.longitude)}] : [])),
    );
    assert.ok(points.length > 0);
    for (const {northing, easting} of points) assert.ok(metresBetween(converted(northing, easting), oracle(northing, easting)) < 0.001);
  });

  test("places at Finland's ends and between, through proj4's grid and back", () => {
    for (const [place, latitude, longitude] of /** @type {Array<[string, number, number]>} */ ([
      ['Hanko, Tulliniemi (south)', 59.8089, 22.9108],
      ['Märket (west)', 60.3009, 19.1313],
      ['Utsjoki, Nuorgam (north)', 70.0922, 27.9775],
      ['Ilomantsi, Hattuvaara (east)', 62.9083, 31.5869],
      ['Kilpisjärvi, Halti', 69.3086, 21.2642],
      ['Helsinki, Senaatintori', 60.1695, 24.9522],
      ['Jyväskylä, Matarankatu 4', 62.2436, 25.7479],
    ])) {
      const [easting, northing] = proj4(degrees, grid, [longitude, latitude]);
      const error = metresBetween(converted(northing, easting), {latitude, longitude});
      assert.ok(error < 0.001, `${place}: ${error} m`);
    }
  });

  test('a grid over Finland and 1000 km either side of 27° E: within a millimetre of proj4', () => {
    let largest = 0;
    for (let easting = -500000; easting <= 1500000; easting += 50000) {
      for (let northing = 6400000; northing <= 7900000; northing += 50000) {
        largest = Math.max(largest, metresBetween(converted(northing, easting), oracle(northing, easting)));
      }
    }
    assert.ok(largest < 0.001, `${largest} m`);
  });

  test('values that cannot be TM35FIN give undefined', () => {
    for (const [northing, easting] of /** @type {Array<[unknown, unknown]>} */ ([
      [Number.NaN, 534246.773],
      [6974202.909, Number.POSITIVE_INFINITY],
      ['6974202.909', '534246.773'],
      [null, undefined],
      [-1, 500000],
      [10_100_000, 500000],
      [6974202.909, -600000],
      [6974202.909, 1_600_000],
    ])) {
      assert.equal(tm35finToWgs84(/** @type {number} */ (northing), /** @type {number} */ (easting)), undefined, `${String(northing)}, ${String(easting)}`);
    }
  });
});
