/*
 * Samråd hearing response page (samraad-hearing): space editors move the hearing on in its workflow, write the
 * council's response (with dissent and easy-read summary) until it is approved, record the follow-up, and put it on
 * an upcoming meeting's agenda (POST /hearings/{id}/agenda-item, the meetings listed through
 * GET /councils/{id}/meetings). The macro's HTML is complete without this script. A move goes through
 * POST /rest/samraad/1.0/hearings/{id}/transition, the response and the follow-up through PUT /hearings/{id}, with
 * the version the page was rendered with, so a change made by someone else in the meantime is a 409 shown in words,
 * never overwritten; what the user typed stays in the form.
 */
(function () {
    'use strict';

    function section(form) {
        return form.closest('.samraad-hearing');
    }

    function version(form) {
        return Number(section(form).getAttribute('data-version'));
    }

    function path(form, suffix) {
        return '/hearings/' + encodeURIComponent(section(form).getAttribute('data-hearing-id')) + (suffix || '');
    }

    /** The submission date only matters for the move to SUBMITTED. */
    function showSubmittedField(form) {
        var field = form.querySelector('.samraad-hearing-submitted-field');
        if (field) {
            field.hidden = form.elements.to.value !== 'SUBMITTED';
        }
    }

    function done(form, button, result) {
        var live = section(form).querySelector('.samraad-hearing-live');
        if (result.ok) {
            live.textContent = AJS.I18n.getText('samraad.hearing.macro.saved');
            window.location.reload();
        } else {
            live.textContent = '';
            window.Samraad.showErrors(form, result);
            button.disabled = false;
        }
    }

    function enhanceMove(form) {
        var button = form.querySelector('button[type="submit"]');
        form.hidden = false;
        showSubmittedField(form);
        form.elements.to.addEventListener('change', function () { showSubmittedField(form); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            section(form).querySelector('.samraad-hearing-live').textContent =
                    AJS.I18n.getText('samraad.hearing.macro.saving');
            var to = form.elements.to.value;
            var body = {to: to, note: form.elements.note.value, version: version(form)};
            if (to === 'SUBMITTED' && form.elements.submittedOn.value) {
                body.submittedOn = form.elements.submittedOn.value;
            }
            window.Samraad.request('POST', path(form, '/transition'), body).then(function (result) {
                done(form, button, result);
            });
        });
    }

    /** Approved minutes decided on the response while it was in drafting: one button moves it to review. */
    function enhanceReview(form) {
        var button = form.querySelector('button[type="submit"]');
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            section(form).querySelector('.samraad-hearing-live').textContent =
                    AJS.I18n.getText('samraad.hearing.macro.saving');
            window.Samraad.request('POST', path(form, '/transition'), {to: 'COUNCIL_REVIEW', version: version(form)})
                .then(function (result) {
                    done(form, button, result);
                });
        });
    }

    /** PUT replaces every field: the hearing as stored, with what the form changes. */
    function withChanges(hearing, form, changes) {
        var body = {
            title: hearing.title, issuingBody: hearing.issuingBody, reference: hearing.reference, url: hearing.url,
            summary: hearing.summary, receivedOn: hearing.receivedOn, deadline: hearing.deadline,
            responsibleUserKey: hearing.responsibleUserKey,
            responsibleName: hearing.responsibleUserKey ? null : hearing.responsibleName,
            pageId: hearing.pageId, response: hearing.response, dissent: hearing.dissent, easyRead: hearing.easyRead,
            outcome: hearing.outcome, reviewDate: hearing.reviewDate, caseNumber: hearing.caseNumber,
            version: version(form)
        };
        Object.keys(changes).forEach(function (field) { body[field] = changes[field]; });
        return body;
    }

    function caseNumber(form) {
        return {caseNumber: form.elements.caseNumber.value};
    }

    function followUp(form) {
        return {outcome: form.elements.outcome.value, reviewDate: form.elements.reviewDate.value || null};
    }

    /** The council's texts live on the hearing record; once approved, the service refuses changes (409). */
    function responseTexts(form) {
        return {response: form.elements.response.value, dissent: form.elements.dissent.value,
            easyRead: form.elements.easyRead.value};
    }

    function enhanceSave(form, changes) {
        var button = form.querySelector('button[type="submit"]');
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('GET', path(form)).then(function (current) {
                return current.ok
                        ? window.Samraad.request('PUT', path(form), withChanges(current.body, form, changes(form)))
                        : current;
            }).then(function (result) {
                done(form, button, result);
            });
        });
    }

    /**
     * Upcoming meetings of the council (from the council's today on), soonest first; the form stays hidden while
     * there are none.
     */
    function enhanceAgenda(form) {
        var select = form.elements.meetingId;
        var councilId = encodeURIComponent(form.getAttribute('data-council-id'));
        var today = encodeURIComponent(form.getAttribute('data-today'));
        window.Samraad.request('GET', '/councils/' + councilId + '/meetings?from=' + today
                + '&status=PLANNED&status=AGENDA_PUBLISHED&limit=50')
                .then(function (result) {
                    if (!result.ok || !result.body.items.length) {
                        return;
                    }
                    result.body.items.forEach(function (meeting) {
                        var option = document.createElement('option');
                        option.value = String(meeting.id);
                        option.textContent = meeting.startsAt ? meeting.title + ' (' + String(meeting.startsAt).substring(0, 10) + ')' : meeting.title;
                        select.appendChild(option);
                    });
                    form.hidden = false;
                });
        var button = form.querySelector('button[type="submit"]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('POST', path(form, '/agenda-item'),
                    {meetingId: Number(select.value), version: version(form)}).then(function (result) {
                done(form, button, result);
            });
        });
    }

    /**
     * "Edit hearing": the responsible person as typed (a username, or the name shown to keep them; a user picker may
     * fill responsibleUserKey), the deadline, reference, summary and link, through PUT /hearings/{id}/facts with the
     * version the page was rendered with. A stale version is a 409 shown in words; field errors stand beside their
     * fields in the reader's language.
     */
    function enhanceFacts(form) {
        var details = form.closest('details');
        var button = form.querySelector('button[type="submit"]');
        if (details) {
            details.hidden = false;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            section(form).querySelector('.samraad-hearing-live').textContent =
                    AJS.I18n.getText('samraad.hearing.macro.saving');
            var e = form.elements;
            var body = {responsible: e.responsible.value, responsibleUserKey: e.responsibleUserKey.value || null,
                deadline: e.deadline.value, reference: e.reference.value, summary: e.summary.value, url: e.url.value,
                version: version(form)};
            window.Samraad.request('PUT', path(form, '/facts'), body).then(function (result) {
                done(form, button, result);
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-facts-form')
                .forEach(enhanceFacts);
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-agenda')
                .forEach(enhanceAgenda);
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-move').forEach(enhanceMove);
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-to-review').forEach(enhanceReview);
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-case-number-form')
                .forEach(function (form) { enhanceSave(form, caseNumber); });
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-follow-up')
                .forEach(function (form) { enhanceSave(form, followUp); });
        document.querySelectorAll('.samraad-hearing[data-editable="true"] form.samraad-hearing-response-form')
                .forEach(function (form) { enhanceSave(form, responseTexts); });
    });
}());
