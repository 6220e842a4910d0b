import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The moment the contact block's hours are shown at. Each update takes the time anew, so what
 * it renders is a function of its options; while `ticking()` (an "open now" is shown) it also
 * asks for an update at the start of each minute, so the state and the time it names stay
 * true while the page is open. Nothing runs on a server or for an element off the page.
 */
export class ClockController implements ReactiveController {
  /** The time of the last update. */
  now = new Date();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #ticking: () => boolean;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & HTMLElement, ticking: () => boolean) {
    this.#host = host;
    this.#ticking = ticking;
    host.addController(this);
  }

  hostUpdate(): void {
    this.now = new Date();
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    if (!this.#ticking() || !this.#host.isConnected) return;
    const untilNextMinute = 60_000 - (this.now.getTime() % 60_000);
    this.#timer = setTimeout(() => this.#host.requestUpdate(), untilNextMinute);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostConnected(): void {
    if (this.#ticking()) this.#host.requestUpdate();
  }
}
