import {css} from 'lit';

export const styles = css`
  :host {
    --_loading-height: 14em;
  }
  .fact:first-child {
    border-top: 0;
  }
  .links li + li {
    margin-top: 0.25em;
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
`;
