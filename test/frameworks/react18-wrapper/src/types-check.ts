// Type-level checks, never imported: the wrappers' props are typed (a wrong prop type or an
// unknown prop fails tsc), and their event props carry the package's event classes.
import type {ComponentProps} from 'react';
import type {KoskeErrorEvent, KoskeLoadEvent} from 'koske-widgets';
import type {ContactBlock, MunicipalityList, OrgCard} from 'koske-widgets/react';

type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type EventOf<Handler> = NonNullable<Handler> extends (event: infer E) => void ? E : never;

type Card = ComponentProps<typeof OrgCard>;
type List = ComponentProps<typeof MunicipalityList>;
type Contact = ComponentProps<typeof ContactBlock>;

export const checks: [
  Exactly<EventOf<Card['onKoskeLoad']>, KoskeLoadEvent>,
  Exactly<EventOf<Card['onKoskeError']>, KoskeErrorEvent>,
  Exactly<EventOf<List['onKoskeLoad']>, KoskeLoadEvent>,
  Exactly<EventOf<Contact['onKoskeError']>, KoskeErrorEvent>,
] = [true, true, true, true];

// @ts-expect-error -- headingLevel is a number
export const wrongHeadingLevel: Card = {headingLevel: 'two'};
// @ts-expect-error -- the props are the element's, not any
export const unknownProp: Card = {noSuchProp: true};
