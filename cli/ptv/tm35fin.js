// ETRS-TM35FIN (EPSG:3067, the Finnish national grid the Service Catalogue gives its
// coordinates in) → WGS84 latitude and longitude. The inverse transverse Mercator
// projection as JHS 197 gives it: Krüger's series in the third flattening n, to n⁴,
// then the latitude from the conformal latitude by iteration. Truncating at n⁴ costs
// well under a micrometre in Finland. ETRS89 and WGS84 differ by less than a metre,
// which the widgets' maps cannot show: the degrees are used as WGS84 as they are.
// Plain JavaScript without node: imports, so a browser can run it too.

// GRS80, the ellipsoid of ETRS89.
const semiMajorAxis = 6378137;
const flattening = 1 / 298.257222101;
// TM35FIN's projection.
const centralMeridian = (27 * Math.PI) / 180;
const scale = 0.9996;
const falseEasting = 500000;

const eccentricity = Math.sqrt(flattening * (2 - flattening));
const n = flattening / (2 - flattening);
// The radius of the rectifying sphere: a meridian arc of the ellipsoid is A times its rectifying latitude.
const rectifyingRadius = (semiMajorAxis / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
// Krüger's coefficients from the grid (ξ, η) back to the conformal sphere, h₁′…h₄′ in JHS 197.
const inverseCoefficients = [
  n / 2 - (2 / 3) * n ** 2 + (37 / 96) * n ** 3 - (1 / 360) * n ** 4,
  (1 / 48) * n ** 2 + (1 / 15) * n ** 3 - (437 / 1440) * n ** 4,
  (17 / 480) * n ** 3 - (37 / 840) * n ** 4,
  (4397 / 161280) * n ** 4,
];

// The grid the series is meant for: northings from the equator (false northing 0) to the
// pole, eastings within 1000 km of the central meridian (Finland spans about ±400 km; the
// series stays exact to well under a millimetre that far, as the tests check). Anything
// else is not a TM35FIN coordinate: degrees, swapped values, another grid.
const poleNorthing = scale * rectifyingRadius * (Math.PI / 2);
const widestEasting = 1000000;

/**
 * WGS84 degrees of a TM35FIN grid point, or undefined when the values cannot be one (not
 * finite numbers, south of the equator, past the pole, or farther than 1000 km east or west
 * of 27° E).
 * @param {number} northing metres from the equator (PTV's `latitude`)
 * @param {number} easting metres, 500 000 at 27° E (PTV's `longitude`)
 * @returns {{latitude: number, longitude: number} | undefined}
 */
export function tm35finToWgs84(northing, easting) {
  if (typeof northing !== 'number' || typeof easting !== 'number' || !Number.isFinite(northing) || !Number.isFinite(easting)) return undefined;
  if (northing < 0 || northing > poleNorthing || Math.abs(easting - falseEasting) > widestEasting) return undefined;

  const xi = northing / (scale * rectifyingRadius);
  const eta = (easting - falseEasting) / (scale * rectifyingRadius);
  let xiPrime = xi;
  let etaPrime = eta;
  inverseCoefficients.forEach((coefficient, index) => {
    const k = 2 * (index + 1);
    xiPrime -= coefficient * Math.sin(k * xi) * Math.cosh(k * eta);
    etaPrime -= coefficient * Math.cos(k * xi) * Math.sinh(k * eta);
  });
  // The conformal latitude β and the longitude from the central meridian, on the sphere.
  const conformal = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  const longitude = centralMeridian + Math.atan(Math.sinh(etaPrime) / Math.cos(xiPrime));

  // The isometric latitude Q of the ellipsoid from the sphere's Q′ = asinh(tan β):
  // Q = Q′ + e·atanh(e·tanh Q), a contraction that settles in a few rounds.
  const sphereIsometric = Math.asinh(Math.tan(conformal));
  let isometric = sphereIsometric;
  for (let round = 0; round < 10; round++) {
    const next = sphereIsometric + eccentricity * Math.atanh(eccentricity * Math.tanh(isometric));
    const settled = Math.abs(next - isometric) < 1e-15;
    isometric = next;
    if (settled) break;
  }
  const latitude = Math.atan(Math.sinh(isometric));
  return {latitude: (latitude * 180) / Math.PI, longitude: (longitude * 180) / Math.PI};
}
