// Small behaviours shared by every page; the pages work without them.
(function () {
    'use strict';

    // Long operations say they are under way (inviting 200 candidates takes seconds, a large
    // export longer): the button of a form marked data-busy="text", or a download link marked so,
    // shows a spinner and the text while the server works, and a screen reader hears it once.
    function busy(control, text) {
        if (!control || control.getAttribute('aria-busy') === 'true') return;
        control.dataset.idle = control.innerHTML;
        control.setAttribute('aria-busy', 'true');
        control.classList.add('disabled');
        var spinner = document.createElement('span');
        spinner.className = 'spinner-border spinner-border-sm me-1';
        spinner.setAttribute('aria-hidden', 'true');
        control.textContent = text;
        control.prepend(spinner);
        var status = document.getElementById('busy-status');
        if (status) status.textContent = text;
    }
    function idle(control) {
        control.innerHTML = control.dataset.idle;
        control.removeAttribute('aria-busy');
        control.classList.remove('disabled');
        var status = document.getElementById('busy-status');
        if (status) status.textContent = '';
    }
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.dataset.busy || event.defaultPrevented) return;
        busy(event.submitter || form.querySelector('button[type=submit]'), form.dataset.busy);
    });
    // A download waits for the whole file and then saves it under the server's name; the page
    // stays as it was. When anything goes wrong the browser is sent to the address itself, so
    // the server's page says what (a file too large to hold, a lost session).
    function fileName(disposition) {
        var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
        if (star) return decodeURIComponent(star[1]);
        var plain = /filename="?([^";]+)"?/i.exec(disposition || '');
        return plain ? plain[1] : '';
    }
    document.addEventListener('click', function (event) {
        var link = event.target.closest('a[data-busy]');
        if (!link || !window.fetch || !window.URL || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        if (link.getAttribute('aria-busy') === 'true') return;
        busy(link, link.dataset.busy);
        fetch(link.href, {credentials: 'same-origin'}).then(function (response) {
            if (!response.ok || /text\/html/.test(response.headers.get('Content-Type') || '')) throw new Error('not a file');
            var name = fileName(response.headers.get('Content-Disposition'));
            return response.blob().then(function (blob) {
                var url = URL.createObjectURL(blob);
                var save = document.createElement('a');
                save.href = url;
                save.download = name;
                document.body.appendChild(save);
                save.click();
                save.remove();
                setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
                idle(link);
            });
        }).catch(function () {
            idle(link);
            window.location.href = link.href;
        });
    });

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

    // data-print prints the page; data-autosubmit sends its form when its value changes (on a
    // form: when any of its fields changes). No inline handlers: the Content-Security-Policy
    // allows scripts from files only.
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) window.print();
    });
    document.addEventListener('change', function (event) {
        var marked = event.target.closest('[data-autosubmit]');
        var form = marked && (marked.tagName === 'FORM' ? marked : marked.form);
        if (form) {
            if (form.requestSubmit) form.requestSubmit(); else form.submit();
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
        document.querySelectorAll('[aria-busy=true][data-idle]').forEach(idle);
        document.querySelectorAll('form[data-once]').forEach(function (form) {
            form.dataset.sent = 'false';
            form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
        });
    });
})();
