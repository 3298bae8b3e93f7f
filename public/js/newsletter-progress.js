// Progressive enhancement for a JEPzine issue that is being sent (/beheer/jepzine/:id): polls
// the voortgang.json every 2 seconds and updates the <progress> bar and the text in the
// aria-live region, so screen readers hear the new counts. When the status changes
// (paused, sent, cancelled) the page is reloaded to show the forms of the new state. Without
// JavaScript the page offers a link to refresh it automatically instead.
(function () {
  'use strict';
  var root = document.querySelector('[data-progress-url]');
  if (!root || !window.fetch || !window.JSON) return;
  var url = root.getAttribute('data-progress-url');
  var status = root.getAttribute('data-status');
  var bar = root.querySelector('progress');
  var text = root.querySelector('[data-progress-text]');
  var note = root.querySelector('[data-progress-note]');
  var INTERVAL = 2000;
  // After a failed request (network down, signed out) wait longer before asking again.
  var BACKOFF = 10000;

  function later(ms) {
    window.setTimeout(poll, ms);
  }

  function show(p) {
    if (bar) {
      bar.max = p.max;
      bar.value = p.value;
      bar.textContent = p.percent + '%';
    }
    if (text && text.textContent !== p.text) text.textContent = p.text;
    if (note) {
      note.textContent = p.note || '';
      note.hidden = !p.note;
    }
  }

  function poll() {
    window
      .fetch(url, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
        redirect: 'error',
      })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (p) {
        if (p.status !== status) {
          window.location.reload();
          return;
        }
        show(p);
        later(INTERVAL);
      })
      .catch(function () {
        later(BACKOFF);
      });
  }

  later(INTERVAL);
})();
