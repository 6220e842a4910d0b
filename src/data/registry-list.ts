/**
 * The registry as lists, for tools that offer a choice of municipality or
 * region (the data editor): every municipality with its names and region,
 * every region with its names. The widgets look names up by code
 * (registry-lookup.ts) and never load this.
 */
import {regionMunicipalities} from '../generated/registry.js';
import {municipalityNames, regionNames} from './registry-lookup.js';
import type {LocalizedText} from './types.js';

export interface RegistryMunicipality {
  readonly code: string;
  /** Finnish and Swedish (the same where Swedish has no name of its own). */
  readonly name: LocalizedText;
  /** The code of its region. */
  readonly region: string;
}

export interface RegistryRegion {
  readonly code: string;
  /** In fi, sv, en and de. */
  readonly name: LocalizedText;
}

const regionOf = new Map(
  regionMunicipalities.split(';').flatMap((entry) => {
    const [region = '', ...codes] = entry.split(' ');
    return codes.map((code) => [code, region] as const);
  }),
);

/** Every municipality, by code. */
export const registryMunicipalities = (): RegistryMunicipality[] => [...municipalityNames].map(([code, name]) => ({code, name, region: regionOf.get(code) ?? ''}));

/** Every region, by code. */
export const registryRegions = (): RegistryRegion[] => [...regionNames].map(([code, name]) => ({code, name}));
