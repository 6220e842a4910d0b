// Type-level checks, never imported: the tags' event props carry the package's event
// classes, not `any` or a plain `Event` (tsc fails here otherwise).
import type {JSX} from 'react';
import type {KoskeErrorEvent, KoskeLoadEvent} from 'koske-widgets';

type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type EventOf<Handler> = NonNullable<Handler> extends (event: infer E) => void ? E : never;

type Card = JSX.IntrinsicElements['koske-org-card'];
type List = JSX.IntrinsicElements['koske-municipality-list'];
type Contact = JSX.IntrinsicElements['koske-contact-block'];

export const checks: [
  Exactly<EventOf<Card['onkoske-load']>, KoskeLoadEvent>,
  Exactly<EventOf<Card['onkoske-error']>, KoskeErrorEvent>,
  Exactly<EventOf<List['onkoske-load']>, KoskeLoadEvent>,
  Exactly<EventOf<Contact['onkoske-error']>, KoskeErrorEvent>,
] = [true, true, true, true];
