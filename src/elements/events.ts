import type {FailureReason} from '../data/load.js';
import type {Organisation} from '../data/types.js';

/** Fired once the element shows its data, however the data came. */
export class KoskeLoadEvent extends CustomEvent<Organisation> {
  constructor(organisation: Organisation) {
    super('koske-load', {detail: organisation, bubbles: true, composed: true});
  }
}

/**
 * Why an element shows no data: its load failed (`network`, `http`, `timeout`), the data is
 * faulty (`invalid`), or it was given none (`missing`).
 */
export type ErrorReason = FailureReason | 'missing';

/** Fired when the element could not show its data; `detail.reason` says why. */
export class KoskeErrorEvent extends CustomEvent<{reason: ErrorReason}> {
  constructor(reason: ErrorReason) {
    super('koske-error', {detail: {reason}, bubbles: true, composed: true});
  }
}

// They bubble out of the shadow root to the document, so listeners anywhere are typed.
interface KoskeEventMap {
  'koske-load': KoskeLoadEvent;
  'koske-error': KoskeErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends KoskeEventMap {}
  interface DocumentEventMap extends KoskeEventMap {}
  interface WindowEventMap extends KoskeEventMap {}
}
