// A Server Component: the card is rendered on the server, per request, into HTML with a
// declarative shadow root, so the page shows it before any JavaScript runs; LoadEvents
// (a client component) then loads the elements, which take over the server's markup.
import {renderToString} from 'koske-widgets/ssr';
import organisation from '../organisation.json';
import {LoadEvents} from './load-events';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const html = await renderToString({element: 'koske-org-card', data: organisation, lang: 'fi', headingLevel: 4});
  return (
    <main>
      {/* The browser moves the declarative root into the element's shadow, so the div's HTML is no longer the string: meant, and React is told not to mind. */}
      <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: html}} />
      <LoadEvents />
    </main>
  );
}
