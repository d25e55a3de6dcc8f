// Small behaviours shared by every page; the pages work without them.
(function () {
    'use strict';

    // A form marked data-once sends its save once: a double click must not create two records.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute('data-once')) return;
        var submitter = event.submitter;
        if (submitter && submitter.name === '_action') return; // editor buttons (add / remove / move)
        if (form.dataset.sent === 'true') { event.preventDefault(); return; }
        form.dataset.sent = 'true';
        setTimeout(function () {
            form.querySelectorAll('button[type=submit]:not([name=_action])').forEach(function (b) { b.disabled = true; });
        }, 0);
    });

    // Buttons with data-confirm ask first.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-confirm]');
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });

    // A page restored from the back/forward cache must accept a new save.
    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[data-once]').forEach(function (form) {
            form.dataset.sent = 'false';
            form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
        });
    });
})();
