import {css} from 'lit';

/** What the element shows once its data is there: loaded with its renderer. */
export const styles = css`
  address {
    font-style: normal;
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
  .items > li + li {
    margin-top: 0.5em;
  }
  .label {
    display: block;
    font-style: italic;
  }
  /* The hours of the organisation, a phone or an address: days and times side by side. */
  [part='hours'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 1em;
    margin: 0.25em 0 0;
  }
  [part='hours'] dt {
    font-weight: inherit;
  }
  .exceptions,
  [part='open-now'] {
    margin: 0.25em 0 0;
  }
  [part='open-now'] {
    font-weight: 700;
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
  .compact .items > li + li,
  .compact .links li + li {
    margin-top: 0;
  }
  .compact [part='save'] {
    margin-top: 0.5em;
  }
`;
