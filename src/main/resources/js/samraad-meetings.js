/*
 * Samråd meeting header (samraad-meeting): space editors move the meeting through its life with the buttons the
 * server rendered (the next allowed steps only). A step goes through POST /rest/samraad/1.0/meetings/{id}/transition
 * with the version the page was rendered with, so a change someone else made since is a 409, never overwritten.
 * Reopening approved minutes asks first. The page reloads after a step, so every macro on it shows the new state.
 */
(function () {
    'use strict';

    function enhance(section) {
        var id = section.getAttribute('data-meeting-id');
        var live = section.querySelector('.samraad-meeting-workflow-status');
        section.querySelectorAll('button.samraad-meeting-transition').forEach(function (button) {
            button.addEventListener('click', function () {
                var question = button.getAttribute('data-confirm');
                if (question && !window.confirm(question)) {
                    return;
                }
                section.querySelectorAll('button.samraad-meeting-transition').forEach(function (b) { b.disabled = true; });
                live.textContent = AJS.I18n.getText('samraad.meeting.macro.saving');
                window.Samraad.request('POST', '/meetings/' + encodeURIComponent(id) + '/transition', {
                    to: button.getAttribute('data-to'),
                    version: Number(section.getAttribute('data-version'))
                }).then(function (result) {
                    if (result.ok) {
                        live.textContent = AJS.I18n.getText('samraad.meeting.macro.saved');
                        window.location.reload();
                        return;
                    }
                    var errors = (result.body.errors || []).map(function (e) { return e.message; });
                    live.textContent = [window.Samraad.failureMessage(result)].concat(errors).join(' ');
                    section.querySelectorAll('button.samraad-meeting-transition').forEach(function (b) { b.disabled = false; });
                    live.focus();
                });
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-meeting[data-editable="true"]').forEach(enhance);
    });
}());
