// CareerPath progressive enhancement. Every form works without this file; with it, progress changes are sent
// with fetch as soon as a box or option changes, and the page updates in place without a reload.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function live(message) {
    document.querySelectorAll('[data-progress-live]').forEach(function (region) {
      region.textContent = message;
    });
  }

  function apply(update) {
    document.querySelectorAll('progress[data-progress-bar]').forEach(function (bar) {
      bar.max = update.total;
      bar.value = update.done;
      bar.textContent = update.summary;
    });
    document.querySelectorAll('[data-progress-summary]').forEach(function (el) { el.textContent = update.summary; });
    document.querySelectorAll('[data-progress-skipped]').forEach(function (el) {
      el.textContent = ', ' + update.skippedSummary;
      el.hidden = update.skipped === 0;
    });
    document.querySelectorAll('[data-step-status="' + update.stepKey + '"]').forEach(function (el) {
      el.dataset.status = update.status;
      el.querySelector('.status__icon').textContent = update.statusIcon;
      el.querySelector('.status__label').textContent = update.statusLabel;
    });
    document.querySelectorAll('input[data-done-for="' + update.stepKey + '"]').forEach(function (box) {
      box.checked = update.stepDone;
    });
    document.querySelectorAll('input[data-status-for="' + update.stepKey + '"]').forEach(function (radio) {
      radio.checked = radio.value === update.status;
    });
    document.querySelectorAll('[data-actions-summary="' + update.stepKey + '"]').forEach(function (el) {
      el.textContent = update.actionsSummary;
    });
    document.querySelectorAll('[data-offer-done="' + update.stepKey + '"]').forEach(function (el) {
      el.hidden = !update.offerDone;
    });
  }

  function send(url, form, body) {
    body.append('_csrf', form.querySelector('input[name="_csrf"]').value);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: body
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  // After a failed change, show what the server really has for the step.
  function restore(form, stepUrl, revert) {
    live(form.closest('main').querySelector('[data-progress-live]').dataset.errorText);
    fetch(stepUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(apply)
      .catch(revert);
  }

  // Changes go to the server one at a time, in the order they were made, so the last one is the one that stays.
  var queue = Promise.resolve();
  var radioTimers = new WeakMap();

  function enqueue(form, url, body, revert) {
    var stepUrl = form.action.replace(/\/(done|status|actions)(\/[^/]*)?$/, '');
    form.setAttribute('aria-busy', 'true');
    queue = queue
      .then(function () { return send(url, form, body); })
      .then(function (update) { apply(update); live(update.summary); })
      .catch(function () { restore(form, stepUrl, revert); })
      .then(function () {
        form.removeAttribute('aria-busy');
        form.querySelectorAll('input[type="radio"]').forEach(function (radio) {
          radio.toggleAttribute('data-checked', radio.checked);
        });
      });
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    var form = input.closest && input.closest('form[data-enhance]');
    if (!form || (input.type !== 'checkbox' && input.type !== 'radio')) { return; }
    if (input.type === 'checkbox') {
      var body = new URLSearchParams();
      body.append('done', input.checked ? 'true' : 'false');
      enqueue(form, input.dataset.url || form.action, body, function () { input.checked = !input.checked; });
      return;
    }
    // Arrow keys move through the options one by one: send only the option the person settles on.
    clearTimeout(radioTimers.get(form));
    radioTimers.set(form, setTimeout(function () {
      var chosen = form.querySelector('input[type="radio"]:checked');
      var previous = form.querySelector('input[type="radio"][data-checked]');
      if (!chosen || chosen === previous) { return; }
      var body = new URLSearchParams();
      body.append('status', chosen.value);
      enqueue(form, form.action, body, function () { if (previous) { previous.checked = true; } });
    }, 400));
  });

  document.querySelectorAll('form[data-enhance] input[type="radio"]:checked').forEach(function (radio) {
    radio.setAttribute('data-checked', '');
  });
}());
