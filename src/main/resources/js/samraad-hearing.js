/*
 * Samråd hearing response page (samraad-hearing): reads first; space editors open one change at a time from the
 * row of buttons under the steps — move the hearing on (the primary next step), write the council's response (with
 * dissent and easy-read summary) until it is approved, record the follow-up, put it on an upcoming meeting's agenda
 * (POST /hearings/{id}/agenda-item, the meetings listed through GET /councils/{id}/meetings), edit the hearing's
 * facts, change its case number. The macro's HTML is complete without this script. A move goes through
 * POST /rest/samraad/1.0/hearings/{id}/transition, the texts through PUT /hearings/{id} (or …/facts), with the
 * version the page was rendered with, so a change made by someone else in the meantime is a 409 shown in words,
 * never overwritten; what the user typed stays in the form. A save does not reload the page: the section is
 * rendered again by the server (GET /hearings/{id}/view) and put in its place, the focus goes to what changed and
 * the result is announced. Esc closes a form and gives the focus back to its button.
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

    /**
     * The section as the server renders it now, in the old one's place; then the focus on what changed (a selector
     * inside the new section, else its heading) and the result announced. Resolves to the new section.
     */
    function refresh(root, focusSelector, message) {
        return window.Samraad.view('/hearings/' + encodeURIComponent(root.getAttribute('data-hearing-id'))
                + '/view?domId=' + encodeURIComponent(root.id)).then(function (html) {
            if (!html) {
                window.Samraad.announce(AJS.I18n.getText('samraad.hearing.section.reload-failed'));
                return root;
            }
            var fresh = window.Samraad.swap(root, html, enhanceSection);
            window.Samraad.focusOn(fresh.querySelector(focusSelector) || fresh.querySelector('h2'));
            window.Samraad.announce(typeof message === 'function' ? message(fresh) : message);
            return fresh;
        });
    }

    /** A saved change: the fresh section, focus on `focusSelector`; a refusal: the errors beside the fields. */
    function done(form, button, result, focusSelector, message) {
        if (result.ok) {
            return refresh(section(form), focusSelector, message || AJS.I18n.getText('samraad.hearing.section.saved'));
        }
        window.Samraad.showErrors(form, result);
        button.disabled = false;
        return null;
    }

    /** "Saved. The hearing is now at: Drafting." — the status as the fresh section writes it. */
    function moved(fresh) {
        var status = fresh.querySelector('.samraad-hearing-status');
        return AJS.I18n.getText('samraad.hearing.section.moved', status ? status.textContent.trim() : '');
    }

    function enhanceMove(form) {
        var button = form.querySelector('button[type="submit"]');
        showSubmittedField(form);
        form.elements.to.addEventListener('change', function () { showSubmittedField(form); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.announce(AJS.I18n.getText('samraad.hearing.macro.saving'));
            var to = form.elements.to.value;
            var body = {to: to, note: form.elements.note.value, version: version(form)};
            if (to === 'SUBMITTED' && form.elements.submittedOn.value) {
                body.submittedOn = form.elements.submittedOn.value;
            }
            window.Samraad.request('POST', path(form, '/transition'), body).then(function (result) {
                done(form, button, result, '.samraad-hearing-status', moved);
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
            window.Samraad.announce(AJS.I18n.getText('samraad.hearing.macro.saving'));
            window.Samraad.request('POST', path(form, '/transition'), {to: 'COUNCIL_REVIEW', version: version(form)})
                .then(function (result) {
                    done(form, button, result, '.samraad-hearing-status', moved);
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

    function enhanceSave(form, changes, focusSelector) {
        var button = form.querySelector('button[type="submit"]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('GET', path(form)).then(function (current) {
                return current.ok
                        ? window.Samraad.request('PUT', path(form), withChanges(current.body, form, changes(form)))
                        : current;
            }).then(function (result) {
                done(form, button, result, focusSelector);
            });
        });
    }

    /**
     * Upcoming meetings of the council (from the council's today on), soonest first; its button stays hidden while
     * there are none.
     */
    function enhanceAgenda(form, toggle) {
        var select = form.elements.meetingId;
        var councilId = encodeURIComponent(form.getAttribute('data-council-id'));
        var today = encodeURIComponent(form.getAttribute('data-today'));
        toggle.hidden = true;
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
                    toggle.hidden = false;
                });
        var button = form.querySelector('button[type="submit"]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('POST', path(form, '/agenda-item'),
                    {meetingId: Number(select.value), version: version(form)}).then(function (result) {
                done(form, button, result, '.samraad-hearing-on-agenda');
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
        var button = form.querySelector('button[type="submit"]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.announce(AJS.I18n.getText('samraad.hearing.macro.saving'));
            var e = form.elements;
            var body = {responsible: e.responsible.value, responsibleUserKey: e.responsibleUserKey.value || null,
                deadline: e.deadline.value, reference: e.reference.value, summary: e.summary.value, url: e.url.value,
                version: version(form)};
            window.Samraad.request('PUT', path(form, '/facts'), body).then(function (result) {
                done(form, button, result, '.samraad-hearing-facts');
            });
        });
    }

    var FORMS = {
        'samraad-hearing-move': enhanceMove,
        'samraad-hearing-facts-form': enhanceFacts,
        'samraad-hearing-case-number-form': function (form) {
            enhanceSave(form, caseNumber, '.samraad-hearing-case-number');
        },
        'samraad-hearing-follow-up': function (form) {
            enhanceSave(form, followUp, '#' + section(form).id + '-follow-up');
        },
        'samraad-hearing-response-form': function (form) {
            enhanceSave(form, responseTexts, '.samraad-hearing-response');
        }
    };

    /** One section's buttons and forms: each form opens from its button, Cancel or Esc closes it there. */
    function enhanceSection(root) {
        if (root.getAttribute('data-editable') !== 'true') {
            return;
        }
        root.querySelectorAll('form.samraad-hearing-to-review').forEach(enhanceReview);
        root.querySelectorAll('button.samraad-hearing-toggle').forEach(function (toggle) {
            var name = toggle.getAttribute('data-form');
            var form = root.querySelector('form.' + name);
            if (!form) {
                return;
            }
            var close = window.Samraad.disclosure(toggle, form, form.querySelector('.samraad-cancel'));
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' && !event.defaultPrevented) {
                    event.preventDefault();
                    close();
                }
            });
            if (name === 'samraad-hearing-agenda') {
                enhanceAgenda(form, toggle);
            } else if (FORMS[name]) {
                FORMS[name](form);
            }
        });
        root.querySelectorAll('input.samraad-user-picker').forEach(function (picker) {
            if (window.Samraad.pickers && window.Samraad.pickers.user && !picker.getAttribute('data-picker')) {
                picker.setAttribute('data-picker', 'true');
                window.Samraad.pickers.user(picker);
            }
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-hearing[data-editable="true"]').forEach(enhanceSection);
    });
}());
