// CareerPath progressive enhancement. Every form works without this file; with it, progress changes are sent
// with fetch as soon as a box or option changes, and everything on the page that depends on them is updated in
// place: counts, bar, status, the next step, and the message by the step that changed.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function each(selector, fn) {
    document.querySelectorAll(selector).forEach(fn);
  }

  function say(stepKey, message) {
    each('[data-step-live="' + stepKey + '"]', function (region) { region.textContent = message; });
  }

  function apply(update) {
    each('progress[data-progress-bar]', function (bar) {
      bar.max = update.total;
      bar.value = update.done;
      bar.textContent = update.summary;
    });
    each('[data-progress-summary]', function (el) { el.textContent = update.summary; });
    each('[data-progress-skipped]', function (el) {
      el.textContent = ', ' + update.skippedSummary;
      el.hidden = update.skipped === 0;
    });
    each('[data-progress-empty]', function (el) { el.hidden = !update.empty; });
    each('[data-step-status="' + update.stepKey + '"]', function (el) {
      el.dataset.status = update.status;
      el.querySelector('.status__icon').textContent = update.statusIcon;
      el.querySelector('.status__label').textContent = update.statusLabel;
    });
    each('form[data-step-form="' + update.stepKey + '"] input[type="radio"]', function (radio) {
      radio.checked = radio.value === update.status;
      radio.toggleAttribute('data-checked', radio.checked);
    });
    each('[data-actions-summary="' + update.stepKey + '"]', function (el) { el.textContent = update.actionsSummary; });
    each('[data-offer-done="' + update.stepKey + '"]', function (el) { el.hidden = !update.offerDone; });
    if (update.offerDone) { each('form[data-step-form="' + update.stepKey + '"]', offer); }
    // The next step may have moved: its badge, its frame and the jump link follow it.
    each('[data-next-badge]', function (el) { el.hidden = el.dataset.nextBadge !== update.nextStepKey; });
    each('[data-step]', function (el) {
      el.classList.toggle('progress-step--next', el.dataset.step === update.nextStepKey);
      if (el.dataset.step === update.stepKey) {
        el.classList.toggle('progress-step--finished', update.status === 'DONE' || update.status === 'SKIPPED');
      }
    });
    each('[data-jump-next]', function (link) {
      link.hidden = !update.nextStepKey;
      if (update.nextStepKey) { link.setAttribute('href', '#step-' + update.nextStepKey); }
    });
    say(update.stepKey, update.saved);
  }

  // The page writes the offer to mark a step done only where it is due; when the last action is ticked here, the
  // same offer is made from the page's template, beside the step's form.
  function offer(form) {
    var template = document.getElementById('progress-script');
    var stepKey = form.dataset.stepForm;
    if (!template || form.parentNode.querySelector('[data-offer-done="' + stepKey + '"]')) { return; }
    var made = template.content.firstElementChild.cloneNode(true);
    var offerForm = made.querySelector('form');
    made.dataset.offerDone = stepKey;
    offerForm.action = form.action + '/done';
    offerForm.querySelector('input[name="_csrf"]').value = form.querySelector('input[name="_csrf"]').value;
    offerForm.querySelector('input[name="returnTo"]').value = form.querySelector('input[name="returnTo"]').value;
    form.after(made);
  }

  function json(response) {
    if (!response.ok) { throw new Error('HTTP ' + response.status); }
    return response.json();
  }

  function send(url, form, body) {
    body.append('_csrf', form.querySelector('input[name="_csrf"]').value);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: body
    }).then(json);
  }

  // After a failed change, say so by the step and show what the server really has for it.
  function restore(form, stepKey, revert) {
    var texts = document.getElementById('progress-script');
    var message = texts ? texts.dataset.errorText : '';
    fetch(form.action, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(json)
      .then(function (update) { apply(update); say(stepKey, message); })
      .catch(function () { revert(); say(stepKey, message); });
  }

  // Changes go to the server one at a time, in the order they were made, so the last one is the one that stays.
  var queue = Promise.resolve();
  var radioTimers = new WeakMap();

  function enqueue(form, url, body, revert) {
    var stepKey = form.querySelector('[data-step-live]').dataset.stepLive;
    form.setAttribute('aria-busy', 'true');
    queue = queue
      .then(function () { return send(url, form, body); })
      .then(apply)
      .catch(function () { restore(form, stepKey, revert); })
      .then(function () { form.removeAttribute('aria-busy'); });
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    var form = input.closest && input.closest('form[data-enhance]');
    if (!form || (input.type !== 'checkbox' && input.type !== 'radio')) { return; }
    if (input.type === 'checkbox') {
      var body = new URLSearchParams();
      body.append('done', input.checked ? 'true' : 'false');
      enqueue(form, form.action + '/actions/' + encodeURIComponent(input.value), body,
        function () { input.checked = !input.checked; });
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
      enqueue(form, form.action + '/status', body, function () { if (previous) { previous.checked = true; } });
    }, 400));
  });

  // "Today" next to a date: fills in today's date, which the person can still change.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-today-for]');
    if (!button) { return; }
    var input = document.getElementById(button.dataset.todayFor);
    var now = new Date();
    input.value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    input.focus();
  });

  // "Copy link" beside a shareable address, where the browser lets a page copy.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy-link]');
    if (!button) { return; }
    var link = button.parentNode.querySelector('[data-share-link]');
    var status = button.parentNode.querySelector('.copied');
    navigator.clipboard.writeText(link.href).then(function () { status.textContent = button.dataset.copiedText; });
  });

  // Escape closes an open menu (the sections on a phone) and returns to its button.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var menu = event.target.closest && event.target.closest('.career-nav--menu details[open]');
    if (menu) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });

  each('form[data-enhance] input[type="radio"]:checked', function (radio) { radio.setAttribute('data-checked', ''); });
  if (navigator.clipboard && window.isSecureContext) {
    each('[data-copy-link]', function (button) { button.hidden = false; });
  }
  each('[data-today-for]', function (button) { button.hidden = false; });

  // The plan's print button (without JavaScript, the browser's own Print gives the same page).
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
  });
  each('[data-print]', function (button) { button.hidden = false; });
}());
