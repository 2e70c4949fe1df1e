/*
 * Samråd action register (samraad-actions): the CSV link gets the context path, and space editors change an
 * action's status and progress in place. The macro's HTML is complete without this script; a change goes through
 * PUT /rest/samraad/1.0/actions/{id} with the version the page was rendered with (so a change made by someone
 * else since then is a 409, never overwritten), and the page reloads after a save so totals and filters hold.
 */
(function () {
    'use strict';

    /** The request body: the action as stored (PUT replaces every field), with the form's status and progress. */
    function changed(action, form) {
        var percent = form.elements.percentDone.value.trim();
        return {
            title: action.title,
            description: action.description,
            ownerUserKey: action.ownerUserKey,
            ownerName: action.ownerUserKey ? null : action.ownerName,
            ownerMemberId: action.ownerMemberId,
            organisationId: action.organisationId,
            dueDate: action.dueDate,
            status: form.elements.status.value,
            percentDone: percent === '' ? null : Number(percent),
            progressNote: action.progressNote,
            version: Number(form.getAttribute('data-version'))
        };
    }

    function invalidPercent(form) {
        var value = form.elements.percentDone.value.trim();
        return value !== '' && !/^\d{1,3}$/.test(value);
    }

    function enhance(form) {
        var id = form.getAttribute('data-action-id');
        var button = form.querySelector('button[type="submit"]');
        var section = form.closest('.samraad-actions');
        var live = section.querySelector('.samraad-actions-status');
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (invalidPercent(form)) {
                window.Samraad.showErrors(form, {status: 400, body: {
                    message: AJS.I18n.getText('samraad.error.invalid-input'),
                    errors: [{field: 'percentDone', message: AJS.I18n.getText('samraad.action.error.percent')}]}});
                return;
            }
            button.disabled = true;
            window.Samraad.clearErrors(form);
            live.textContent = AJS.I18n.getText('samraad.action.macro.saving');
            window.Samraad.request('GET', '/actions/' + encodeURIComponent(id)).then(function (current) {
                if (!current.ok) {
                    return current;
                }
                return window.Samraad.request('PUT', '/actions/' + encodeURIComponent(id), changed(current.body, form));
            }).then(function (result) {
                if (result.ok) {
                    live.textContent = AJS.I18n.getText('samraad.action.macro.saved');
                    window.location.reload();
                } else {
                    live.textContent = '';
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('a.samraad-actions-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        document.querySelectorAll('.samraad-actions[data-editable="true"] form.samraad-action-form')
                .forEach(enhance);
    });
}());
