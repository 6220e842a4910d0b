// The one error the PTV importer throws on purpose, in a module of its own so
// that the adapters and the versions they pick between import it without a cycle.

/** A PTV input that cannot become a card: said to the user as it is. */
export class PtvError extends Error {}
