/**
 * Which interface language an element speaks (src/i18n/language.ts says how
 * it is found), kept up to date while the element is on the page: a change
 * of its own `lang`, an ancestor's or the page's updates it at once.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {declaredLanguage, interfaceLanguageFor, unwatchLanguage, watchLanguage, type InterfaceLanguage} from '../i18n/language.js';

export class LanguageController implements ReactiveController {
  /** The interface language now in force (fi, sv, en or de). */
  language: InterfaceLanguage = 'fi';
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchLanguage(this, this.#host);
    this.languageChanged();
  }

  hostDisconnected(): void {
    unwatchLanguage(this);
  }

  /** Reads the language again; the host calls it when its own `lang` changes. */
  languageChanged(): void {
    const language = interfaceLanguageFor(declaredLanguage(this.#host));
    if (language === this.language) return;
    this.language = language;
    this.#host.requestUpdate();
  }
}
