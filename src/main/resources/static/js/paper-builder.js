// The builder is swapped in place after every change (htmx). Keep the keyboard where it was:
// the button that was pressed (its id follows the moved question or section) gets focus back.
(function () {
    'use strict';
    var lastFocus = null;
    document.body.addEventListener('htmx:beforeRequest', function () {
        lastFocus = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
    });
    document.body.addEventListener('htmx:afterSettle', function () {
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
