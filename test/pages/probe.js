// Runs first in every test page's <head> (test/server/pages.mjs): records on
// window.probe what test/hostile-page.test.ts checks afterwards. A file, not
// an inline script, so it runs under a policy that forbids inline code.
(function () {
  var probe = (window.probe = {violations: [], errors: [], warnings: []});
  // Capturing on window sees violations of elements in shadow roots too (the event is composed).
  window.addEventListener(
    'securitypolicyviolation',
    function (event) {
      probe.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: String(event.blockedURI),
        sample: String(event.sample || ''),
      });
    },
    true,
  );
  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push('unhandled rejection: ' + String(event.reason));
  });
  // Recorded, not passed on: the tests read them, and the runner's log would only repeat them.
  console.warn = function () {
    probe.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
  };
})();
