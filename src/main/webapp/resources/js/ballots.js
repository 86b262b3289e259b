// A voter's receipt, remembered by this browser only (never sent anywhere until the voter changes
// their vote or looks for their paper), so that they need not type it again.
(function () {
    'use strict';
    var key = function (ballot) { return 'agorapolis.receipt.' + ballot; };
    try {
        document.querySelectorAll('[data-test=receipt][data-ballot]').forEach(function (shown) {
            window.localStorage.setItem(key(shown.getAttribute('data-ballot')), shown.textContent.trim());
        });
        document.querySelectorAll('input.receipt-input[data-ballot]').forEach(function (input) {
            var kept = window.localStorage.getItem(key(input.getAttribute('data-ballot')));
            if (kept && !input.value) {
                input.value = kept;
            }
        });
    } catch (e) {
        // Storage refused (private browsing): the voter types the receipt.
    }
}());
