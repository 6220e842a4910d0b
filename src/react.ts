/**
 * React components for the three elements (`koske-widgets/react`), made with @lit/react. They
 * set `data` and the other properties as properties and listen to the events as `onKoskeLoad`
 * and `onKoskeError`, in React 18 as in React 19, and after hydration, where React applies no
 * custom element's properties or handlers (React issue #35446). Importing this module defines
 * the elements in the browser; on a server it defines nothing.
 *
 * Each component also writes its data as the element's JSON child, on the server as in the
 * browser: the element has its data the moment it is defined, before React hydrates (else it
 * would find none, and say so), and the server's HTML matches the browser's.
 *
 * Its types add the three tags to React's JSX as well (src/generated/frameworks/react.ts), for
 * React 19's plain tags.
 */
import {createComponent, type EventName} from '@lit/react';
// Lit's own flag, inlined by the build: false in dist/react.js, true in dist/server/react.js.
import {isServer} from 'lit-html/is-server.js';
import React from 'react';
import {
  ContactBlock as ContactBlockElement,
  MunicipalityList as MunicipalityListElement,
  OrgCard as OrgCardElement,
  type KoskeErrorEvent,
  type KoskeLoadEvent,
} from 'koske-widgets';
import {scriptSafeJson} from './format/script-json.js';

import type {ContactBlockComponentProps, MunicipalityListComponentProps, OrgCardComponentProps} from './generated/frameworks/react.js';

export type * from './generated/frameworks/react.js';

const events = {
  onKoskeLoad: 'koske-load' as EventName<KoskeLoadEvent>,
  onKoskeError: 'koske-error' as EventName<KoskeErrorEvent>,
};

/**
 * A component of koske-widgets/react: what React takes for an element (but children: the
 * elements take none, and the component writes the JSON child), and the element's properties
 * and events, `P`.
 */
export type KoskeComponent<E extends HTMLElement, P> = React.ForwardRefExoticComponent<
  Omit<React.HTMLAttributes<E>, keyof P | 'children' | 'dangerouslySetInnerHTML'> & P & React.RefAttributes<E>
>;

/**
 * The component of an element class: @lit/react's, with its `data` also written as the
 * element's JSON child, on the server as in the browser.
 * @param tagName the element's tag
 */
function component<E extends HTMLElement, P extends {data?: unknown}>(tagName: string, elementClass: new () => E, displayName: string): KoskeComponent<E, P> {
  // Typed as any component inside: its props are the public type's, which React's own types cannot compare generically.
  const Element: React.ElementType = createComponent({react: React, tagName, elementClass, events, displayName: `${displayName}Element`});
  const Component = React.forwardRef<E, {data?: unknown}>(function KoskeComponent({data, ...rest}, ref) {
    const json = data === undefined || data === null ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
    const content = json === undefined ? undefined : {__html: `<script type="application/json">${scriptSafeJson(json)}</script>`};
    // On a server, where @lit/react knows no property (nothing is defined), React writes the
    // others as attributes, so the element has them when it is defined; the data goes in the
    // JSON child only, as React 18 would write an object as "[object Object]".
    return React.createElement(Element, {...rest, ...((isServer as boolean) ? {} : {data}), ref, dangerouslySetInnerHTML: content});
  });
  Component.displayName = displayName;
  return Component as KoskeComponent<E, P>;
}

/** `<koske-org-card>`: the card of an organisation or project. */
export const OrgCard = component<OrgCardElement, OrgCardComponentProps>('koske-org-card', OrgCardElement, 'OrgCard');
/** `<koske-municipality-list>`: the area of operation. */
export const MunicipalityList = component<MunicipalityListElement, MunicipalityListComponentProps>('koske-municipality-list', MunicipalityListElement, 'MunicipalityList');
/** `<koske-contact-block>`: how to reach the organisation. */
export const ContactBlock = component<ContactBlockElement, ContactBlockComponentProps>('koske-contact-block', ContactBlockElement, 'ContactBlock');
