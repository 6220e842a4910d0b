/**
 * Where the registry's chunk comes from. Modules import it as a chunk; the
 * classic script, which can carry no chunks, swaps this module for one that
 * imports dist/koske-widgets-registry.js from beside itself (rollup.config.mjs).
 */
export const importRegistry = () => import('./registry-lookup.js');
