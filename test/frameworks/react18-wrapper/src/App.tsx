// React 18 sets every prop of a plain custom element tag as an attribute and cannot listen
// for its events: the wrappers from 'koske-widgets/react' (@lit/react) set `data` and the
// other props as properties and map onKoskeLoad / onKoskeError to the DOM events.
import {useState} from 'react';
import {MunicipalityList, OrgCard} from 'koske-widgets/react';
import organisation from './organisation.json';

export function App() {
  const [events, setEvents] = useState<readonly string[]>([]);
  const record = (line: string) => setEvents((lines) => [...lines, line]);
  return (
    <main>
      <OrgCard
        data={organisation}
        lang="sv"
        headingLevel={3}
        onKoskeLoad={(event) => record(`koske-org-card loaded (${event.detail.municipalities.length} municipalities)`)}
        onKoskeError={(event) => record(`koske-org-card error: ${event.detail.reason}`)}
      />
      <MunicipalityList
        data={organisation}
        lang="fi"
        variant="compact"
        onKoskeLoad={() => record('koske-municipality-list loaded')}
        onKoskeError={(event) => record(`koske-municipality-list error: ${event.detail.reason}`)}
      />
      <output id="events">
        {events.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </output>
    </main>
  );
}
