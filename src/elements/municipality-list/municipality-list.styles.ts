import {css} from 'lit';

/** What the element shows once its data is there: loaded with its renderer. */
export const styles = css`
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
