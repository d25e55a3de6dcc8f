// The grading screen, driven from the keyboard. The server computes every total: this script
// only moves the focus, fills quick scores, and makes sure nothing typed is left behind: a
// navigation or a hand-in waits until the saves in flight have landed.
(function () {
    'use strict';
    var form = document.getElementById('grade-form');
    var pending = 0;
    var leaving = false;

    /** A field of this grade changed since it was last sent. */
    function unsent() {
        // what a person types: not the hidden version the server swaps in after each save
        var fields = Array.prototype.slice.call(document.querySelectorAll(
            '#grade-form input:not([type=hidden]), #grade-form textarea, textarea[form="grade-form"], input[form="grade-form"]:not([type=hidden])'));
        return fields.some(function (x) { return x.dataset.sent !== undefined && x.value !== x.dataset.sent; });
    }

    function inputs() { return form ? Array.prototype.slice.call(form.querySelectorAll('.step-score')) : []; }
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
    // A field still being edited has not fired its change yet: fire it, then wait for the queue.
    function whenSaved(then) {
        var active = document.activeElement;
        if (form && active && (form.contains(active) || active.getAttribute('form') === 'grade-form')
                && active.dataset.sent !== undefined && active.value !== active.dataset.sent) {
            active.dispatchEvent(new Event('change', { bubbles: true }));
        }
        (function wait(tries) {
            if (pending === 0 || tries > 100) then();
            else setTimeout(function () { wait(tries + 1); }, 50);
        })(0);
    }

    if (form) {
        form.addEventListener('keydown', function (e) {
            var t = e.target;
            if (!t.classList || !t.classList.contains('step-score')) return;
            var list = inputs(), i = list.indexOf(t), max = parseFloat(t.dataset.max);
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                // Enter moves on (Shift+Enter back) instead of sending the form
                e.preventDefault();
                var target = e.shiftKey ? list[i - 1] : (list[i + 1] || document.getElementById('comment'));
                if (t.value !== t.dataset.sent) t.dispatchEvent(new Event('change', { bubbles: true }));
                if (target) { target.focus(); if (target.select) target.select(); }
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
        // remember what was last sent from each field, so a navigation knows what is unsaved
        document.addEventListener('change', function (e) {
            if (e.target.dataset && (form.contains(e.target) || e.target.getAttribute('form') === 'grade-form')) {
                e.target.dataset.sent = e.target.value;
            }
        }, true);
        form.querySelectorAll('input, textarea').forEach(function (x) { x.dataset.sent = x.value; });
        var notes = document.getElementById('notes');
        if (notes) notes.dataset.sent = notes.value;

        form.addEventListener('click', function (e) {
            var b = e.target.closest('[data-quick]');
            if (!b) return;
            var input = document.getElementById(b.dataset.target);
            if (input && !input.disabled) { quick(input, b.dataset.quick); input.focus(); }
        });

        // "saved" is shown only while nothing is on its way: a save in flight says so
        form.addEventListener('htmx:beforeRequest', function () {
            pending++;
            var state = document.getElementById('save-state');
            if (state && state.dataset.saving) { state.textContent = state.dataset.saving; state.className = 'small text-muted'; }
        });
        form.addEventListener('htmx:afterRequest', function () { pending = Math.max(0, pending - 1); });

        // after a conflict: keep what is on the screen, on top of the version now saved
        document.addEventListener('click', function (e) {
            var keep = e.target.closest('#overwrite');
            if (!keep) return;
            document.getElementById('grade-version').value = keep.dataset.version;
            htmx.trigger(form, 'change');
        });

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
        // back online: send what is on the screen again (refused if someone saved meanwhile)
        window.addEventListener('online', function () { htmx.trigger(form, 'change'); });
        // The browser's "leave site?" only when something typed is really unsaved: a save still on
        // its way, or a field changed since its last save. Not when this page itself moves on: after
        // "save and next" (the server's answer to the save is the redirect) or a navigation that
        // waited for the saves.
        form.addEventListener('htmx:beforeOnLoad', function (e) {
            var xhr = e.detail && e.detail.xhr;
            if (xhr && xhr.getResponseHeader('HX-Redirect')) leaving = true;
        });
        window.addEventListener('beforeunload', function (e) {
            if (leaving) return;
            if (pending > 0 || unsent()) { e.preventDefault(); e.returnValue = ''; }
        });

        // start where the work is: the first step without a score
        var first = inputs().filter(function (x) { return !x.disabled && x.value === ''; })[0] || inputs()[0];
        if (first && !first.disabled) first.focus();
    }

    // Hand-in and moving to another answer wait for the last save.
    var complete = document.getElementById('complete-form');
    if (complete) {
        complete.addEventListener('submit', function (e) {
            if (complete.dataset.ready === 'true') return;
            e.preventDefault();
            whenSaved(function () { complete.dataset.ready = 'true'; leaving = true; complete.submit(); });
        });
    }
    document.addEventListener('click', function (e) {
        var link = e.target.closest('a#prev, a#next, a.nav-chip, .grading-screen .btn-group a');
        if (!link || !form || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        whenSaved(function () { leaving = true; window.location.href = link.href; });
    });
    document.addEventListener('keydown', function (e) {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            var save = document.getElementById('save-next');
            if (save) { e.preventDefault(); save.click(); }
            else {
                var next = document.getElementById('next');
                if (next) { e.preventDefault(); next.click(); }
            }
        } else if (e.altKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
            var to = document.getElementById(e.key === 'ArrowRight' ? 'next' : 'prev');
            if (to) { e.preventDefault(); to.click(); }
        }
    });
})();
