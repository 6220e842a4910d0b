'use client';
import {useState} from 'react';
import {OrgCard} from 'koske-widgets/react';
import organisation from '../../organisation.json';

export function WrapperCard() {
  const [events, setEvents] = useState<readonly string[]>([]);
  const record = (line: string) => setEvents((lines) => [...lines, line]);
  return (
    <>
      <OrgCard
        data={organisation}
        lang="sv"
        headingLevel={3}
        onKoskeLoad={(event) => record(`koske-org-card loaded (${event.detail.municipalities.length} municipalities)`)}
        onKoskeError={(event) => record(`koske-org-card error: ${event.detail.reason}`)}
      />
      <output id="events">
        {events.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </output>
    </>
  );
}
