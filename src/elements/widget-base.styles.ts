import {css} from 'lit';

/**
 * What the three widgets share: the palettes, the box, the states, links
 * and focus. Sizes are in em, so host pages that shrink the root font size
 * (`html {font-size: 62.5%}`) don't shrink us; the font family inherits.
 * A host page's rules beat `:host`, but stop at the shadow root: what must
 * hold whatever the page does is set on the boxes inside.
 */
export const styles = css`
  :host {
    display: block;
    /* A light and a dark palette, each with its own text and background, so
       the text stays readable whatever the page around is: the system's
       choice by default; a page pins one with color-scheme on the element. */
    color-scheme: light dark;
    --_text: var(--koske-text, light-dark(#1f2328, #e8eaed));
    --_background: var(--koske-background, light-dark(#ffffff, #1b1c1f));
    --_border: var(--koske-border, light-dark(#c5c9d0, #575c66));
    /* Decoration only (the heading rule): no text or link cue is drawn in
       it, so a pale accent costs no contrast. */
    --_accent: var(--koske-accent, light-dark(#00589c, #6cb4ff));
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
    /* Long Finnish, Swedish and German compounds break at syllables where the engine has the
       language's hyphenation (every part carries its lang); where it has not, anywhere rather
       than past the edge. */
    -webkit-hyphens: auto;
    hyphens: auto;
    overflow-wrap: anywhere;
    container-type: inline-size;
    margin: 0;
    padding: var(--koske-spacing, 1em);
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--koske-radius, 0.5em);
  }
  /* An address or a number with a hyphen added would be another address or number. */
  a[href^='mailto:'],
  a[href^='tel:'],
  a[href^='sms:'] {
    -webkit-hyphens: manual;
    hyphens: manual;
  }
  [part='heading'] {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
    border-inline-start: 0.25em solid var(--_accent);
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
    border-top: 1px solid var(--_border);
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
  /* The underline is what tells a link from text (same colour), so it is
     drawn in the text colour, never in the accent a host may make pale.
     Longhands only: some WebKit versions drop a shorthand with a colour. */
  a {
    color: inherit;
    text-decoration-line: underline;
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
  /* Compact labels stay for screen readers; what they label says what it is. */
  .visually-hidden,
  .compact dt {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The skeleton is exactly the reserved height: set to the loaded height,
     nothing below moves when the data arrives. */
  .loading {
    height: var(--koske-loading-height, var(--_loading-height));
    overflow: hidden;
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
  /* The compact variant: the essentials in a line or two. */
  .compact {
    padding: calc(var(--koske-spacing, 1em) * 0.625) calc(var(--koske-spacing, 1em) * 0.75);
  }
  .compact [part='heading'] {
    margin-bottom: 0.25em;
    font-size: 1.0625em;
  }
  .compact .summary {
    margin: 0;
  }
  /* Short runs that read badly broken: "2017 – | 2019", "14 | municipalities". */
  .nowrap,
  [part='count'] {
    white-space: nowrap;
  }
  .compact .inline {
    display: inline;
    columns: auto;
  }
  .compact .inline li {
    display: inline;
  }
  /* The comma is seen, not read: each item is a stop of its own for a screen reader (the
     second declaration, with its empty alternative text, for engines that know the syntax). */
  .compact .inline li:not(:last-child)::after {
    content: ', ';
    content: ', ' / '';
  }
  /* Windows high contrast and other forced colours: the engine puts system
     colours on text, links, borders and the button. The skeleton's bars,
     drawn only by their background, would vanish: GrayText. Focus is drawn
     in Highlight, as the system draws it. */
  @media (forced-colors: active) {
    .loading::before,
    .loading::after {
      background: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* On paper: black on white, web addresses written out, nothing to click. */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_background: #fff;
      --_border: #777;
    }
    .base {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    button,
    .loading {
      display: none;
    }
  }
`;
