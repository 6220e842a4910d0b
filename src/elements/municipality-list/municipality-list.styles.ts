import {css} from 'lit';

export const styles = css`
  :host {
    --_loading-height: 16em;
  }
  /* The compact variant is a line or two: reserve that, not the full height. */
  :host([variant='compact']) {
    --_loading-height: 7.5em;
  }
  .summary {
    margin-bottom: 0.5em;
  }
  ul {
    columns: 12em auto;
    column-gap: 1.5em;
  }
  li {
    padding-block: 0.125em;
    break-inside: avoid;
  }
`;
