// Plays another koske-widgets version that a page loaded first: defines the
// tags in data-tags as elements whose class has `static version` from
// data-version, as src/index.ts reads it.
(function () {
  var script = document.currentScript;
  var version = script.dataset.version;
  script.dataset.tags
    .split(/\s+/)
    .filter(Boolean)
    .forEach(function (name) {
      customElements.define(
        name,
        class extends HTMLElement {
          static version = version;
        },
      );
    });
})();
