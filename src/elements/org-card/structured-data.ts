/**
 * `<koske-org-card structured-data>`: the card's data as one
 * `<script type="application/ld+json">` in the host document's head, for
 * search engines. Opt-in; it follows the data shown and goes with the element.
 * Part of the card's renderer chunk, so the core carries none of it.
 */
import type {ReactiveController} from 'lit';
import type {Organisation} from '../../data/types.js';
import {structuredData} from '../../format/structured-data.js';
import type {OrgCard} from './org-card.js';

interface TrustedTypesPolicyFactory {
  createPolicy(name: string, rules: {createScript(input: string): string}): {createScript(input: string): unknown};
}

/**
 * The script text for `json`, with "<" escaped so that nothing in the data can
 * ever close the script when the page is serialised. Where the page enforces
 * Trusted Types, script text must come from a policy: ours, `koske-widgets`,
 * makes only this JSON (SECURITY.md). Undefined, with one warning, when the
 * page allows no policy of that name.
 */
function scriptText(json: string): unknown {
  const escaped = json.replace(/</g, '\\u003c');
  const factory = (globalThis as {trustedTypes?: TrustedTypesPolicyFactory}).trustedTypes;
  if (!factory) return escaped;
  try {
    policy ??= factory.createPolicy('koske-widgets', {createScript: (input) => input});
  } catch {
    if (!policyRefused) console.warn('<koske-org-card structured-data>: this page allows no Trusted Types policy named koske-widgets, so the card adds no JSON-LD.');
    policyRefused = true;
    return undefined;
  }
  return policy.createScript(escaped);
}
let policy: {createScript(input: string): unknown} | undefined;
let policyRefused = false;

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
    const text = scriptText(JSON.stringify(structuredData(this.#shown, this.#card.language)));
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

/** Called by the card's renderer on every render of loaded data. */
export function publish(card: OrgCard, organisation: Organisation): void {
  if (!card.structuredData && !controllers.has(card)) return;
  let controller = controllers.get(card);
  if (!controller) controllers.set(card, (controller = new StructuredData(card)));
  controller.show(card.structuredData ? organisation : undefined);
}
