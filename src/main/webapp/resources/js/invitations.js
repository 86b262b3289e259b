// Copy and web-share buttons of "My invitations". Without JavaScript the link stays visible to copy by hand.
(function () {
    document.addEventListener('click', function (event) {
        var copy = event.target.closest('[data-copy]');
        if (copy && navigator.clipboard) {
            navigator.clipboard.writeText(copy.getAttribute('data-copy')).then(function () {
                var status = document.getElementById('copy-status');
                status.textContent = status.getAttribute('data-done');
            });
        }
        var share = event.target.closest('[data-share]');
        if (share && navigator.share) {
            navigator.share({ text: share.getAttribute('data-share-text'), url: share.getAttribute('data-share') }).catch(function () {});
        }
    });
    document.querySelectorAll('[data-share]').forEach(function (button) {
        if (!navigator.share) {
            button.hidden = true;
        }
    });
    document.querySelectorAll('[data-copy]').forEach(function (button) {
        if (!navigator.clipboard) {
            button.hidden = true;
        }
    });
})();
