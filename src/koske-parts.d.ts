/**
 * Made by the classic script's build (scripts/rollup-plugins.mjs): for each
 * part, its file (relative to the script) and its integrity hash; and the
 * global, named for the version, where parts and script meet.
 */
declare module 'koske:parts' {
  export const parts: Readonly<Record<string, readonly [file: string, integrity: string]>>;
  export const namespace: string;
}

/** Made by the same build: the exports of this script's modules that its parts take, by key. */
declare module 'koske:core-for-parts' {
  export const coreForParts: () => Record<string, unknown>;
}
