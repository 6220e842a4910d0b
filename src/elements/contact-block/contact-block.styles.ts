import {css} from 'lit';

export const styles = css`
  :host {
    --_loading-height: 14em;
  }
  /* The compact variant is a line or two: reserve that, not the full height. */
  :host([variant='compact']) {
    --_loading-height: 3em;
  }
  .icon {
    width: 1.125em;
    height: 1.125em;
    margin-inline-end: 0.375em;
    vertical-align: -0.1875em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .fact:first-child {
    border-top: 0;
  }
  .links li + li {
    margin-top: 0.25em;
  }
  /* Saving the contact and the map: links like the others, below the facts. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .compact .actions {
    padding-top: 0.25em;
    border-top: 0;
  }
  .compact dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .compact .fact {
    display: block;
    padding: 0;
    border: 0;
  }
  .compact .links li + li {
    margin-top: 0;
  }
  /* Nothing to click on paper. */
  @media print {
    .actions {
      display: none;
    }
  }
`;
