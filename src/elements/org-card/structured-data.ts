/**
 * `<koske-org-card structured-data>`: the card's data as one
 * `<script type="application/ld+json">` in the host document's head, for
 * search engines. Opt-in; it follows the data shown and goes with the
 * element. The card loads this module when it first asks (a chunk; beside
 * the classic script, a part of its own), so other pages carry none of it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Organisation} from '../../data/types.js';
import {structuredData} from '../../format/structured-data.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import {scriptPolicy} from '../../trusted-types.js';

export class StructuredDataController implements ReactiveController {
  readonly #card: ReactiveControllerHost & {readonly language: InterfaceLanguage};
  /** The organisation to publish: the one shown, while the card asks for structured data. */
  readonly #published: () => Organisation | undefined;
  #script?: HTMLScriptElement;

  constructor(card: ReactiveControllerHost & {readonly language: InterfaceLanguage}, published: () => Organisation | undefined) {
    this.#card = card;
    this.#published = published;
    card.addController(this);
  }

  hostUpdated(): void {
    const organisation = this.#published();
    if (!organisation) return this.#script?.remove();
    // "<" escaped, so nothing in the data can close the script when the page is serialised.
    const text = scriptPolicy()?.createScript(JSON.stringify(structuredData(organisation, this.#card.language)).replace(/</g, '\\u003c'));
    if (text === undefined) return;
    this.#script ??= Object.assign(document.createElement('script'), {type: 'application/ld+json'});
    this.#script.text = text as string;
    if (!this.#script.isConnected) document.head.append(this.#script);
  }

  hostConnected(): void {
    if (this.#published() && this.#script) document.head.append(this.#script);
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }
}
