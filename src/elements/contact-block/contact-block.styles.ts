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
`;
