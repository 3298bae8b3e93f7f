// Progressive enhancement only: when a form comes back with errors, move focus to the error
// summary so screen reader and keyboard users land on it. Without JavaScript the summary is
// still the first thing in the page's main content.
(function () {
  var summary = document.querySelector('.jep-error-summary');
  if (summary) summary.focus();
})();
