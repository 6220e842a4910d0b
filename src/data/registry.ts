/**
 * Every Finnish municipality and region by its code (Statistics Finland),
 * for documents that name them by code alone (`"municipalities": ["172"]`).
 * The names are a chunk of their own (beside the classic script, a part of
 * its own: src/classic-parts.ts), loaded only when a document needs them.
 */
import type {LocalizedText} from './types.js';

export interface Registry {
  municipality(code: string): LocalizedText | undefined;
  region(code: string): LocalizedText | undefined;
}

/** The registry once loaded; null when it could not be; undefined before anyone asked. */
let registry: Registry | null | undefined;
let loading: Promise<void> | undefined;

export const loadedRegistry = (): Registry | null | undefined => registry;

/** Loads the registry (once); resolves when it is there, or known to be unavailable. */
export function registryReady(): Promise<void> {
  return (loading ??= import('./registry-lookup.js').then(
    (module) => void (registry = module.registry),
    (error: unknown) => {
      console.warn('koske-widgets: the municipality registry could not be loaded; names given by code alone are left out.', error);
      registry = null;
    },
  ));
}
