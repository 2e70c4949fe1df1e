/*
 * Samråd requests for agenda items (samraad-agenda-requests): members propose an item, the council's secretariat
 * accepts or declines another person's request with an answer, requesters withdraw their own. The macro's HTML is complete without this script; every change goes
 * through the REST API (the answer with the version the page was rendered with, so a stale answer is a 409 shown
 * beside the request), and the page reloads after a change so the list and the agenda hold.
 */
(function () {
    'use strict';

    function submitting(form, live, send) {
        form.hidden = false;
        var chosen = null;
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
            button.addEventListener('click', function () { chosen = button; });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var buttons = form.querySelectorAll('button');
            buttons.forEach(function (button) { button.disabled = true; });
            window.Samraad.clearErrors(form);
            live.textContent = AJS.I18n.getText('samraad.agenda-request.macro.saving');
            send(chosen).then(function (result) {
                if (result.ok) {
                    live.textContent = AJS.I18n.getText('samraad.agenda-request.macro.saved');
                    window.location.reload();
                } else {
                    live.textContent = '';
                    window.Samraad.showErrors(form, result);
                    buttons.forEach(function (button) { button.disabled = false; });
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-agenda-requests').forEach(function (section) {
            var live = section.querySelector('.samraad-agenda-requests-live');
            section.querySelectorAll('form.samraad-agenda-request-new').forEach(function (form) {
                submitting(form, live, function () {
                    var path = '/meetings/' + encodeURIComponent(form.getAttribute('data-meeting-id')) + '/agenda-requests';
                    return window.Samraad.request('POST', path, {
                        title: form.elements.title.value,
                        description: form.elements.description.value
                    });
                });
            });
            section.querySelectorAll('form.samraad-agenda-request-form').forEach(function (form) {
                submitting(form, live, function (button) {
                    var answer = form.elements.answer;
                    return window.Samraad.request('PUT',
                            '/agenda-requests/' + encodeURIComponent(form.getAttribute('data-request-id')), {
                                status: button ? button.value : null,
                                answer: answer ? answer.value : null,
                                version: Number(form.getAttribute('data-version'))
                            });
                });
            });
        });
    });
}());
