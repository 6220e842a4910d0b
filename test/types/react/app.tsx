// How a React 19 app is typed: each @ts-expect-error must stay an error (else tsc fails on it too).
import type {KoskeErrorEvent, KoskeLoadEvent} from 'koske-widgets';
import {ContactBlock, MunicipalityList, OrgCard} from 'koske-widgets/react';

export const seen: unknown[] = [];
const organisation = {name: 'Yhdessä ei olla yksin'};

export const plainTags = (
  <>
    <koske-org-card data={organisation} lang="sv" heading-level={3} variant="compact" onkoske-load={(event: KoskeLoadEvent) => seen.push(event.detail.name)} />
    <koske-municipality-list src="/data/org.json" loading="lazy" timeout="5000" onkoske-error={(event) => seen.push(event.detail.reason)} />
    <koske-contact-block data={JSON.stringify(organisation)} className="contact" />
    {/* @ts-expect-error: only full and compact */}
    <koske-org-card variant="wide" />
    {/* @ts-expect-error: koske-load gives a KoskeLoadEvent, not a KoskeErrorEvent */}
    <koske-org-card onkoske-load={(event: KoskeErrorEvent) => seen.push(event)} />
  </>
);

export const wrapped = (
  <>
    <OrgCard data={organisation} lang="de" headingLevel={4} onKoskeLoad={(event) => seen.push(event.detail.municipalities.length)} />
    <MunicipalityList src="/data/org.json" onKoskeError={(event) => seen.push(event.detail.reason)} />
    <ContactBlock data={organisation} variant="compact" ref={(element) => void seen.push(element?.variant)} />
    {/* @ts-expect-error: heading levels are numbers */}
    <OrgCard headingLevel="three" />
  </>
);
