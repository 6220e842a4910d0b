// How a Preact app is typed: each @ts-expect-error must stay an error (else tsc fails on it too).
import type {} from 'koske-widgets/preact';

export const seen: unknown[] = [];

export const app = (
  <main>
    <koske-org-card data={{name: 'Yhdessä'}} lang="fi" heading-level="2" onkoske-load={(event) => seen.push(event.detail.name)} />
    <koske-contact-block src="/data/org.json" onkoske-error={(event) => seen.push(event.detail.reason)} />
    {/* @ts-expect-error: only eager and lazy */}
    <koske-municipality-list loading="later" />
  </main>
);
