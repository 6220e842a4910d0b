/**
 * The contact block's icons: inline SVG drawn in the text colour, hidden
 * from screen readers (the visible label beside each says the same), no
 * icon font and nothing fetched.
 */
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';

const shapes = {
  address: svg`<path d="M12 21s-7-6.1-7-11a7 7 0 0 1 14 0c0 4.9-7 11-7 11z" /><circle cx="12" cy="10" r="2.5" />`,
  phone: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z" />`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="m3 7 9 6 9-6" />`,
  hours: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`,
  links: svg`<circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />`,
  'home-municipality': svg`<path d="M4 10.5 12 4l8 6.5V20a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z" />`,
} satisfies Record<string, SVGTemplateResult>;

type IconName = keyof typeof shapes;

export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shapes[name]}</svg>`;
}
