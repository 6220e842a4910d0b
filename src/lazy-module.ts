/**
 * A module loaded on first use, once per page, whoever asks: an element's
 * renderer, the card's JSON-LD code. Until `load()` has resolved, `module`
 * is undefined; then it is the module, or null when it could not be loaded.
 */
export class LazyModule<M> {
  module?: M | null;
  /** Why the module could not be loaded. */
  error?: unknown;
  #loading?: Promise<void>;
  readonly #importer: () => Promise<M>;

  constructor(importer: () => Promise<M>) {
    this.#importer = importer;
  }

  load(): Promise<void> {
    return (this.#loading ??= this.#importer().then(
      (module) => void (this.module = module),
      (error: unknown) => void ((this.module = null), (this.error = error)),
    ));
  }
}
