// Submitted: the copies of answers kept in this browser for safety are no longer needed.
(function () {
    'use strict';
    var receipt = document.getElementById('receipt');
    if (!receipt || !receipt.dataset.token) return;
    var prefix = 'kaoping:' + receipt.dataset.token + ':';
    try {
        Object.keys(localStorage).filter(function (k) { return k.indexOf(prefix) === 0; })
            .forEach(function (k) { localStorage.removeItem(k); });
    } catch (e) { /* private mode */ }
})();
