import {css} from 'lit';

export const styles = css`
  :host {
    --_loading-height: 40em;
  }
  /* The compact variant is a line or two: reserve that, not the full height. */
  :host([variant='compact']) {
    --_loading-height: 4.5em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .description {
    margin-bottom: 0.5em;
  }
`;
