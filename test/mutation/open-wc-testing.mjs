// What the tests run in Node take from '@open-wc/testing': chai's expect (the build the
// browser tests use too), and Lit's html.
export {expect} from '@esm-bundle/chai/esm/chai.js';
export {html} from 'lit';
