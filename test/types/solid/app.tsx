// How a Solid app is typed: each @ts-expect-error must stay an error (else tsc fails on it too).
import type {} from 'koske-widgets/solid';

export const seen: unknown[] = [];

export const app = (
  <main>
    <koske-org-card prop:data={{name: 'Yhdessä'}} lang="en" heading-level={2} on:koske-load={(event) => seen.push(event.detail.name)} />
    <koske-contact-block src="/data/org.json" on:koske-error={(event) => seen.push(event.detail.reason)} />
    {/* @ts-expect-error: only full and compact */}
    <koske-municipality-list variant="wide" />
  </main>
);
