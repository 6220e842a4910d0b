/**
 * `<koske-org-card structured-data>`: the card's data as one
 * `<script type="application/ld+json">` in the host document's head, for
 * search engines. Opt-in; it follows the data shown and goes with the element.
 * The card's renderer loads this module for the first card that asks (a
 * chunk; beside the classic script, a part of its own), so other pages
 * carry none of it.
 */
import type {ReactiveController} from 'lit';
import type {Organisation} from '../../data/types.js';
import {structuredData} from '../../format/structured-data.js';
import {scriptPolicy} from '../../trusted-types.js';
import type {OrgCard} from './org-card.js';

class StructuredData implements ReactiveController {
  readonly #card: OrgCard;
  #script?: HTMLScriptElement;
  /** What this update's render showed (set by `publish()`), if the card asked for structured data. */
  #shown?: Organisation;

  constructor(card: OrgCard) {
    this.#card = card;
    card.addController(this);
  }

  show(organisation: Organisation | undefined): void {
    this.#shown = organisation;
  }

  hostUpdate(): void {
    // A render that does not reach the renderer (loading, error) shows no data.
    this.#shown = undefined;
  }

  hostUpdated(): void {
    if (!this.#shown) return this.#script?.remove();
    // "<" escaped, so nothing in the data can close the script when the page is serialised.
    const text = scriptPolicy()?.createScript(JSON.stringify(structuredData(this.#shown, this.#card.language)).replace(/</g, '\\u003c'));
    if (text === undefined) return;
    this.#script ??= Object.assign(document.createElement('script'), {type: 'application/ld+json'});
    this.#script.text = text as string;
    if (!this.#script.isConnected) document.head.append(this.#script);
  }

  hostConnected(): void {
    if (this.#shown && this.#script) document.head.append(this.#script);
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }
}

const controllers = new WeakMap<OrgCard, StructuredData>();

/** Called by the card's renderer on every render of loaded data, once this module is there. */
export function publish(card: OrgCard, organisation: Organisation): void {
  if (!card.structuredData && !controllers.has(card)) return;
  let controller = controllers.get(card);
  if (!controller) controllers.set(card, (controller = new StructuredData(card)));
  controller.show(card.structuredData ? organisation : undefined);
}
