import {css} from 'lit';

/** What the element shows once its data is there: loaded with its renderer. */
export const styles = css`
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
