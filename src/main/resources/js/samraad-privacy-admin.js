/*
 * Samråd privacy page in Confluence administration: the anonymisation period is saved with PUT /privacy/settings
 * (Confluence administrators only, checked by the API); the server's field error is shown beside the field.
 */
(function () {
    'use strict';

    function enhance(form) {
        var saved = form.querySelector('.samraad-privacy-saved');
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            var text = form.elements.anonymiseAfterDays.value.trim();
            button.disabled = true;
            saved.textContent = '';
            window.Samraad.clearErrors(form);
            window.Samraad.request('PUT', '/privacy/settings', {
                anonymiseAfterDays: text === '' ? null : (/^-?\d+$/.test(text) ? Number(text) : text)
            }).then(function (result) {
                button.disabled = false;
                if (result.ok) {
                    form.elements.anonymiseAfterDays.value = result.body.anonymiseAfterDays;
                    saved.textContent = AJS.I18n.getText('samraad.privacy.admin.saved');
                } else {
                    window.Samraad.showErrors(form, result);
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('form.samraad-privacy-settings').forEach(enhance);
    });
}());
