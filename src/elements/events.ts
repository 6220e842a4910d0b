import type {FailureReason} from '../data/load.js';
import type {Organisation} from '../data/types.js';

/** Fired once the element shows its data, however the data came. */
export class KoskeLoadEvent extends CustomEvent<Organisation> {
  constructor(organisation: Organisation) {
    super('koske-load', {detail: organisation, bubbles: true, composed: true});
  }
}

/** Fired when the element could not show its data; `detail.reason` says why. */
export class KoskeErrorEvent extends CustomEvent<{reason: FailureReason}> {
  constructor(reason: FailureReason) {
    super('koske-error', {detail: {reason}, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'koske-load': KoskeLoadEvent;
    'koske-error': KoskeErrorEvent;
  }
}
