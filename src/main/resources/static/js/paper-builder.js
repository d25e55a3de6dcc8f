// The builder is swapped in place after every change (htmx). Keep the keyboard where it was:
// the button that was pressed (its id follows the moved question or section) gets focus back.
// A refused change instead puts it on the field that says why (the one marked autofocus).
(function () {
    'use strict';
    var lastFocus = null;
    document.body.addEventListener('htmx:beforeRequest', function () {
        lastFocus = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
    });
    document.body.addEventListener('htmx:afterSettle', function () {
        var refused = document.querySelector('#builder [autofocus]');
        if (refused) {
            refused.focus();
            lastFocus = null;
            return;
        }
        if (!lastFocus) return;
        var again = document.getElementById(lastFocus);
        if (again && !again.disabled) {
            again.focus({ preventScroll: false });
        } else if (again) {
            // a moved question at the top or bottom: its other arrow is the natural next key
            var row = again.closest('tr, section');
            var other = row && row.querySelector('button:not([disabled])');
            if (other) other.focus();
        }
        lastFocus = null;
    });
})();

// The picker adds the questions in the order they were ticked (the bank lists the newest first:
// a paper entered in order used to come out reversed).
(function () {
    'use strict';
    var form = document.getElementById('pick-form');
    if (!form) return;
    var ticked = [];
    form.addEventListener('change', function (e) {
        if (!e.target.matches('input.pick')) return;
        var id = e.target.value;
        ticked = ticked.filter(function (x) { return x !== id; });
        if (e.target.checked) ticked.push(id);
    });
    form.addEventListener('submit', function () {
        document.getElementById('pick-order').value = ticked.join(',');
    });
})();

// Drag a question to its new place: the drop fills its "move to" field and sends it (the same
// form a keyboard user types a place into), and the keyboard lands on the moved question.
(function () {
    'use strict';
    var dragged = null;
    document.addEventListener('dragstart', function (e) {
        var row = e.target.closest && e.target.closest('tr.item[draggable=true]');
        if (!row) return;
        dragged = row;
        row.classList.add('dragging');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', row.dataset.item);
    });
    document.addEventListener('dragend', function () {
        if (dragged) dragged.classList.remove('dragging');
        document.querySelectorAll('tr.drop-target').forEach(function (r) { r.classList.remove('drop-target'); });
        dragged = null;
    });
    document.addEventListener('dragover', function (e) {
        var row = e.target.closest && e.target.closest('tr.item');
        if (!dragged || !row || row.parentNode !== dragged.parentNode) return;
        e.preventDefault();
        document.querySelectorAll('tr.drop-target').forEach(function (r) { r.classList.remove('drop-target'); });
        if (row !== dragged) row.classList.add('drop-target');
    });
    document.addEventListener('drop', function (e) {
        var row = e.target.closest && e.target.closest('tr.item');
        if (!dragged || !row || row === dragged || row.parentNode !== dragged.parentNode) return;
        e.preventDefault();
        var rows = Array.prototype.slice.call(row.parentNode.querySelectorAll('tr.item'));
        var place = dragged.querySelector('input.item-place');
        place.value = String(rows.indexOf(row) + 1);
        place.focus();
        var form = place.form;
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
    });
})();
