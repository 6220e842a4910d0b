import {css} from 'lit';

/**
 * What the three widgets share: the box, the states, links and focus.
 * Sizes are in em, so host pages that shrink the root font size
 * (`html {font-size: 62.5%}`) don't shrink us; font family and colour
 * inherit. A host page's rules beat `:host`, but stop at the shadow root:
 * what must hold whatever the page does is set on the boxes inside.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--koske-text);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base,
  .loading,
  [part='error'] {
    /* Inherited text properties a host page may have set for itself (even
       with !important on *): reset them, and never go below 12 px. */
    font-size: max(1em, 12px);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    container-type: inline-size;
    margin: 0;
    padding: var(--koske-spacing, 1em);
    border: 1px solid var(--koske-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--koske-radius, 0.5em);
    background: var(--koske-background, transparent);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
    border-inline-start: 0.25em solid var(--koske-accent, #00589c);
    padding-inline-start: 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  dl {
    margin: 0;
  }
  .fact {
    padding-block: 0.375em;
    border-top: 1px solid var(--koske-border, color-mix(in srgb, currentColor 15%, transparent));
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  dd p:last-child {
    margin-bottom: 0;
  }
  @container (min-width: 32em) {
    .fact {
      display: grid;
      grid-template-columns: 11em 1fr;
      gap: 1em;
    }
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The skeleton reserves about the loaded height, so nothing below jumps. */
  .loading {
    min-height: var(--koske-loading-height, var(--_loading-height));
    display: grid;
    align-content: start;
    gap: 0.75em;
  }
  .loading::before,
  .loading::after {
    content: '';
    display: block;
    height: 1.25em;
    width: 60%;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 12%, transparent);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .loading::after {
    width: 90%;
    height: 4em;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading::before,
    .loading::after {
      animation: none;
    }
  }
  [part='error'] {
    border-inline-start: 0.25em solid;
  }
  [part='error'] p {
    margin: 0;
  }
  button {
    margin-top: 0.75em;
    padding: 0.375em 1em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--koske-radius, 0.5em);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  .more {
    margin: 0.5em 0 0;
    font-style: italic;
  }
`;
