// The grading screen, driven from the keyboard. The server computes every total: this script
// only moves the focus, fills quick scores and sends the form (htmx posts it on each change).
(function () {
    'use strict';
    var form = document.getElementById('grade-form');
    if (!form) return;

    function inputs() { return Array.prototype.slice.call(form.querySelectorAll('.step-score')); }
    function plain(n) { return String(Math.round(n * 2) / 2); }
    function set(input, value) {
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    function quick(input, kind) {
        var max = parseFloat(input.dataset.max);
        if (kind === 'full') set(input, plain(max));
        else if (kind === 'half') set(input, String(Math.floor(max) / 2));
        else set(input, '0');
    }

    form.addEventListener('keydown', function (e) {
        var t = e.target;
        if (!t.classList || !t.classList.contains('step-score')) return;
        var list = inputs(), i = list.indexOf(t), max = parseFloat(t.dataset.max);
        if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            // Enter moves on (Shift+Enter back) instead of sending the form
            e.preventDefault();
            var target = e.shiftKey ? list[i - 1] : (list[i + 1] || document.getElementById('comment'));
            if (target) { target.focus(); if (target.select) target.select(); }
            if (t.value !== t.dataset.sent) t.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (e.key === 'f' || e.key === 'F') {
            e.preventDefault(); quick(t, 'full');
        } else if (e.key === 'h' || e.key === 'H') {
            e.preventDefault(); quick(t, 'half');
        } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            var v = parseFloat(t.value);
            if (isNaN(v)) v = e.key === 'ArrowUp' ? -0.5 : 0.5;
            v += e.key === 'ArrowUp' ? 0.5 : -0.5;
            set(t, plain(Math.min(max, Math.max(0, v))));
        }
    });
    form.addEventListener('change', function (e) {
        if (e.target.classList && e.target.classList.contains('step-score')) e.target.dataset.sent = e.target.value;
    }, true);

    form.addEventListener('click', function (e) {
        var b = e.target.closest('[data-quick]');
        if (!b) return;
        var input = document.getElementById(b.dataset.target);
        if (input && !input.disabled) { quick(input, b.dataset.quick); input.focus(); }
    });

    document.addEventListener('keydown', function (e) {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            var save = document.getElementById('save-next');
            if (save) { e.preventDefault(); save.click(); }
        } else if (e.altKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
            var link = document.getElementById(e.key === 'ArrowRight' ? 'next' : 'prev');
            if (link) { e.preventDefault(); link.click(); }
        }
    });

    // start where the work is: the first step without a score
    var first = inputs().filter(function (x) { return !x.disabled && x.value === ''; })[0] || inputs()[0];
    if (first && !first.disabled) first.focus();
    inputs().forEach(function (x) { x.dataset.sent = x.value; });

    // the server's step messages come back out of band: mark their fields too
    document.body.addEventListener('htmx:afterSettle', function () {
        inputs().forEach(function (x, i) {
            var error = document.getElementById('step-error-' + i);
            x.classList.toggle('is-invalid', !!(error && error.textContent.trim()));
        });
    });

    document.body.addEventListener('htmx:sendError', function () {
        var state = document.getElementById('save-state');
        if (state) { state.textContent = state.dataset.offline || ''; state.className = 'small text-danger fw-semibold'; }
    });
    // back online: send what is on the screen again (the server refuses it if someone saved meanwhile)
    window.addEventListener('online', function () { htmx.trigger(form, 'change'); });
})();
