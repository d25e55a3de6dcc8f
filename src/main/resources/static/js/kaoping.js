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

    // data-print prints the page; data-autosubmit sends its form when its value changes (no
    // inline handlers: the Content-Security-Policy allows scripts from files only).
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) window.print();
    });
    document.addEventListener('change', function (event) {
        var field = event.target.closest('[data-autosubmit]');
        if (field && field.form) {
            if (field.form.requestSubmit) field.form.requestSubmit(); else field.form.submit();
        }
    });

    // A copy button beside an invitation link copies it and says so.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('.copy-link');
        if (!button) return;
        var input = button.parentNode.querySelector('input');
        input.select();
        (navigator.clipboard ? navigator.clipboard.writeText(input.value) : Promise.reject()).catch(function () {
            document.execCommand('copy');
        });
        button.textContent = button.dataset.copied;
    });

    // A field shown with an error says so to a screen reader: aria-invalid, and aria-describedby
    // pointing at the message beside it (the forms render both as Bootstrap's is-invalid and
    // invalid-feedback); again after htmx swaps a part of the page.
    var errorCount = 0;
    function describeErrors(root) {
        root.querySelectorAll('.is-invalid').forEach(function (field) {
            field.setAttribute('aria-invalid', 'true');
            var box = field.closest('.mb-3, .form-check, fieldset, .input-group, td, .col, [class*="col-"]') || field.parentNode;
            var feedback = box.querySelector('.invalid-feedback');
            if (!feedback) return;
            if (!feedback.id) feedback.id = 'field-error-' + (++errorCount);
            var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (described.indexOf(feedback.id) < 0) described.push(feedback.id);
            field.setAttribute('aria-describedby', described.join(' '));
        });
    }
    describeErrors(document);
    document.addEventListener('htmx:afterSwap', function (event) { describeErrors(event.target); });

    // A page restored from the back/forward cache must accept a new save.
    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[data-once]').forEach(function (form) {
            form.dataset.sent = 'false';
            form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
        });
    });
})();
