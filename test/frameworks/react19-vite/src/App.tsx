// React 19 with the elements' own tags: React 19 sets `data` as a property (the element has
// one), the other attributes as attributes, and listens for `onkoske-load` as the event
// `koske-load`. The tags' types come from 'koske-widgets/react'.
import {useState} from 'react';
import 'koske-widgets';
import type {} from 'koske-widgets/react';
import organisation from './organisation.json';

export function App() {
  const [events, setEvents] = useState<readonly string[]>([]);
  const record = (line: string) => setEvents((lines) => [...lines, line]);
  return (
    <main>
      <koske-org-card
        data={organisation}
        lang="sv"
        heading-level={3}
        onkoske-load={(event) => record(`koske-org-card loaded (${event.detail.municipalities.length} municipalities)`)}
        onkoske-error={(event) => record(`koske-org-card error: ${event.detail.reason}`)}
      />
      <koske-contact-block
        data={organisation}
        lang="en"
        onkoske-load={() => record('koske-contact-block loaded')}
        onkoske-error={(event) => record(`koske-contact-block error: ${event.detail.reason}`)}
      />
      <output id="events">
        {events.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </output>
    </main>
  );
}
