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

  document.addEventListener('change', function (event) {
    var input = event.target;
    var form = input.closest && input.closest('form[data-enhance]');
    if (!form || (input.type !== 'checkbox' && input.type !== 'radio')) { return; }
    var body = new URLSearchParams();
    var url = form.action;
    var revert;
    if (input.type === 'checkbox') {
      url = input.dataset.url || form.action;
      body.append('done', input.checked ? 'true' : 'false');
      revert = function () { input.checked = !input.checked; };
    } else {
      body.append('status', input.value);
      var previous = form.querySelector('input[type="radio"][data-checked]');
      revert = function () { if (previous) { previous.checked = true; } };
    }
    var stepUrl = form.action.replace(/\/(done|status|actions)(\/[^/]*)?$/, '');
    form.setAttribute('aria-busy', 'true');
    send(url, form, body)
      .then(function (update) { apply(update); live(update.summary); })
      .catch(function () { restore(form, stepUrl, revert); })
      .then(function () {
        form.removeAttribute('aria-busy');
        form.querySelectorAll('input[type="radio"]').forEach(function (radio) {
          radio.toggleAttribute('data-checked', radio.checked);
        });
      });
  });

  document.querySelectorAll('form[data-enhance] input[type="radio"]:checked').forEach(function (radio) {
    radio.setAttribute('data-checked', '');
  });
}());
