// The wrapper from 'koske-widgets/react' in a client component: rendered on the server as the
// bare tag, then hydrated; the element shows its data in the browser.
import {WrapperCard} from './wrapper-card';

export default function WrapperPage() {
  return (
    <main>
      <h1>A card through the React wrapper</h1>
      <WrapperCard />
    </main>
  );
}
