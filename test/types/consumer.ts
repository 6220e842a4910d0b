// How an app using the package is typed; `tsc -p test/types` must pass, and
// each @ts-expect-error must still be an error (else tsc fails on it too).
import {KoskeErrorEvent, OrgCard, version, type DataDocument, type Organisation} from 'koske-widgets';
import {ContactBlock} from 'koske-widgets/contact-block';

/** What the app reads, each with the type it is read as (the annotations are the test). */
export const seen: unknown[] = [];

const card = document.querySelector('koske-org-card');
if (card) {
  const isCard: OrgCard = card;
  isCard.headingLevel = 3;
  card.variant = 'compact';
  card.src = '/data/org.json';
  card.data = {name: 'Yhdessä'} satisfies DataDocument;
  // @ts-expect-error: heading levels are numbers
  card.headingLevel = 'three';
  // @ts-expect-error: only full and compact
  card.variant = 'wide';
}

const block: ContactBlock | null = document.querySelector('koske-contact-block');
const list = document.createElement('koske-municipality-list');
list.timeout = 5_000;

document.addEventListener('koske-error', (event) => {
  const reason: 'network' | 'http' | 'timeout' | 'invalid' | 'missing' = event.detail.reason;
  const typed: KoskeErrorEvent = event;
  seen.push(reason, typed);
});
block?.addEventListener('koske-load', (event) => {
  const organisation: Organisation = event.detail;
  seen.push(organisation.name.get('fi'));
});
window.addEventListener('koske-load', (event) => seen.push(event.detail.municipalities.length));

const shown: string = version;
seen.push(shown);
