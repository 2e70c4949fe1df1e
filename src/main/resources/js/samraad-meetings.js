/*
 * Samråd meeting header (samraad-meeting): the council's secretariat moves the meeting through its life with the
 * buttons the server rendered (the next allowed steps only). A step goes through
 * POST /rest/samraad/1.0/meetings/{id}/transition with the version the page was rendered with, so a change someone
 * else made since is a 409, never overwritten. Reopening approved minutes asks why in an inline form (a labelled,
 * required reason the server checks; its field error lands beside the field). A step the server wants
 * confirmed (marking held before the start, approving incomplete minutes) answers 409 with confirmationRequired and
 * what is missing: the header shows it in an inline dialog, and "Yes" sends the step again with confirm: true.
 * Every change made here (a step, a reopen, "Edit meeting", the note-taker) puts the server's fresh header in place
 * (GET /meetings/{id}/view) without reloading the page: the result is said in a message in the header, which gets the
 * focus, and in the page's live region; cancelling offers "Undo" there, which reinstates the meeting. A step changes
 * what the page's other regions show (the agenda becomes the minutes, approval writes the minutes into the page):
 * the header fires "samraad:meeting-changed" on the document, which the attendance refreshes itself on; for the
 * other regions the message says that they show the change once the page is reloaded, with a link that does it.
 */
(function () {
    'use strict';

    /** The header's fresh HTML from the server in place of {@code section}, enhanced; resolves to the new header. */
    function refresh(section) {
        var id = section.getAttribute('data-meeting-id');
        return window.Samraad.fragment('/meetings/' + encodeURIComponent(id) + '/view').then(function (reply) {
            if (!reply.ok) {
                return null;
            }
            return window.Samraad.swap(section, reply.html, enhanceSection);
        });
    }

    /**
     * Says what a change did in the fresh header's message (a success message, with "Undo" where given and a
     * reload link where the rest of the page shows the change only then), moves the focus to it and announces it.
     */
    function result(section, text, options) {
        var box = section.querySelector('.samraad-meeting-result');
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-success samraad-meeting-result-message';
        message.setAttribute('tabindex', '-1');
        var said = document.createElement('p');
        said.textContent = text;
        message.appendChild(said);
        var spoken = text;
        if (options && options.reloadNote) {
            var note = document.createElement('p');
            note.textContent = AJS.I18n.getText('samraad.meeting.step.reload-note') + ' ';
            var link = document.createElement('a');
            link.className = 'samraad-meeting-reload';
            link.href = window.location.href.split('#')[0];
            link.textContent = AJS.I18n.getText('samraad.meeting.step.reload');
            note.appendChild(link);
            message.appendChild(note);
            spoken += ' ' + AJS.I18n.getText('samraad.meeting.step.reload-note');
        }
        if (options && options.undo) {
            var buttons = document.createElement('p');
            var undo = document.createElement('button');
            undo.type = 'button';
            undo.className = 'aui-button samraad-meeting-undo';
            undo.textContent = AJS.I18n.getText('samraad.meeting.step.undo');
            undo.addEventListener('click', options.undo);
            buttons.appendChild(undo);
            message.appendChild(buttons);
        }
        box.textContent = '';
        box.appendChild(message);
        box.hidden = false;
        message.focus();
        window.Samraad.announce(spoken);
    }

    /**
     * Regions of this page that show the meeting and do not refresh themselves after a step: a region that does
     * (on "samraad:meeting-changed") says so with data-follows-steps, as the attendance needs not.
     */
    function othersShowTheMeeting() {
        return document.querySelector('.samraad-agenda:not([data-follows-steps]), '
            + '.samraad-agenda-requests:not([data-follows-steps])') !== null;
    }

    /** Tells the page's other regions that the meeting took a step (the attendance refreshes itself on it). */
    function stepped(fresh) {
        document.dispatchEvent(new CustomEvent('samraad:meeting-changed', {detail: {
            meetingId: fresh.getAttribute('data-meeting-id'), status: fresh.getAttribute('data-status')}}));
    }

    /** After a step: the fresh header, the new status said, the page's other regions told; cancelling can be undone. */
    function stepTaken(section, cancelled) {
        refresh(section).then(function (fresh) {
            if (!fresh) {
                // the step is taken; only the fresh header could not be read
                result(section, AJS.I18n.getText('samraad.meeting.macro.saved'), {reloadNote: true});
                return;
            }
            var status = fresh.querySelector('.samraad-meeting-status').textContent.trim();
            stepped(fresh);
            var options = {reloadNote: othersShowTheMeeting()};
            if (cancelled) {
                options.undo = function () { reinstate(fresh); };
            }
            result(fresh, cancelled ? AJS.I18n.getText('samraad.meeting.step.cancelled')
                : AJS.I18n.getText('samraad.meeting.step.done', status), options);
        });
    }

    /** "Undo" after cancelling: the meeting is reinstated (planned again), with the version the fresh header has. */
    function reinstate(section) {
        var undo = section.querySelector('.samraad-meeting-undo');
        undo.disabled = true;
        window.Samraad.request('POST', '/meetings/' + encodeURIComponent(section.getAttribute('data-meeting-id'))
                + '/transition', {to: 'PLANNED', version: Number(section.getAttribute('data-version'))})
            .then(function (reply) {
                if (!reply.ok) {
                    undo.disabled = false;
                    result(section, window.Samraad.failureMessage(reply));
                    return;
                }
                refresh(section).then(function (fresh) {
                    if (!fresh) {
                        result(section, AJS.I18n.getText('samraad.meeting.step.reinstated'), {reloadNote: true});
                        return;
                    }
                    stepped(fresh);
                    result(fresh, AJS.I18n.getText('samraad.meeting.step.reinstated'),
                        {reloadNote: othersShowTheMeeting()});
                });
            });
    }

    /** After a save of the header's facts: the fresh header, and the result said there. */
    function saved(section, text) {
        refresh(section).then(function (fresh) {
            if (fresh) {
                result(fresh, text);
            }
        });
    }

    function enhance(section) {
        var id = section.getAttribute('data-meeting-id');
        var live = section.querySelector('.samraad-meeting-workflow-status');
        var dialog = section.querySelector('.samraad-meeting-confirm');
        var buttons = section.querySelectorAll('button.samraad-meeting-transition');
        var reopen = section.querySelector('.samraad-meeting-reopen');
        var pending = null;

        function enable(enabled) {
            buttons.forEach(function (b) { b.disabled = !enabled; });
        }

        function closeDialog() {
            dialog.hidden = true;
            enable(true);
            if (pending) {
                pending.focus();
            }
            pending = null;
        }

        function ask(button, body) {
            pending = button;
            dialog.querySelector('.samraad-meeting-confirm-question').textContent = body.message || '';
            var list = dialog.querySelector('.samraad-meeting-confirm-missing');
            list.textContent = '';
            (body.missing || []).forEach(function (m) {
                var li = document.createElement('li');
                li.textContent = m.message;
                list.appendChild(li);
            });
            live.textContent = '';
            dialog.hidden = false;
            dialog.querySelector('.samraad-meeting-confirm-question').focus();
        }

        function openReopen(button) {
            pending = button;
            enable(false);
            button.setAttribute('aria-expanded', 'true');
            reopen.hidden = false;
            reopen.querySelector('.samraad-meeting-reopen-reason').focus();
        }

        function closeReopen() {
            reopen.hidden = true;
            reasonError('');
            if (pending) {
                pending.setAttribute('aria-expanded', 'false');
            }
            closeDialog();
        }

        function reasonError(message) {
            var input = reopen.querySelector('.samraad-meeting-reopen-reason');
            reopen.querySelector('.samraad-meeting-reopen-error').textContent = message;
            if (message) {
                input.setAttribute('aria-invalid', 'true');
            } else {
                input.removeAttribute('aria-invalid');
            }
        }

        function step(button, confirmed, reason) {
            enable(false);
            live.textContent = AJS.I18n.getText('samraad.meeting.macro.saving');
            var body = {to: button.getAttribute('data-to'), version: Number(section.getAttribute('data-version'))};
            if (confirmed) {
                body.confirm = true;
            }
            if (reason !== undefined) {
                body.reason = reason;
            }
            window.Samraad.request('POST', '/meetings/' + encodeURIComponent(id) + '/transition', body)
                .then(function (result) {
                    if (result.ok) {
                        live.textContent = '';
                        stepTaken(section, button.hasAttribute('data-cancel'));
                        return;
                    }
                    if (result.status === 409 && result.body.confirmationRequired && !confirmed) {
                        ask(button, result.body);
                        return;
                    }
                    var all = result.body.errors || [];
                    var onReason = all.filter(function (e) { return e.field === 'reason'; });
                    if (reopen && reason !== undefined && onReason.length) {
                        // the form stays open with the server's message beside the field
                        live.textContent = '';
                        reasonError(onReason.map(function (e) { return e.message; }).join(' '));
                        reopen.querySelector('.samraad-meeting-reopen-reason').focus();
                        return;
                    }
                    var errors = all.map(function (e) { return e.message; });
                    live.textContent = [window.Samraad.failureMessage(result)].concat(errors).join(' ');
                    enable(true);
                    live.focus();
                });
        }

        var cancelling = section.querySelector('.samraad-meeting-cancel-confirm');

        function closeCancel() {
            cancelling.hidden = true;
            if (pending) {
                pending.setAttribute('aria-expanded', 'false');
            }
            closeDialog();
        }

        buttons.forEach(function (button) {
            button.addEventListener('click', function () {
                var question = button.getAttribute('data-confirm');
                if (question && reopen) {
                    openReopen(button);
                    return;
                }
                if (button.hasAttribute('data-cancel') && cancelling) {
                    // cancelling tells everyone who got the agenda: asked inline first, undone from the result
                    pending = button;
                    enable(false);
                    button.setAttribute('aria-expanded', 'true');
                    cancelling.hidden = false;
                    cancelling.querySelector('.samraad-meeting-cancel-question').focus();
                    return;
                }
                step(button, false);
            });
        });
        if (cancelling) {
            cancelling.querySelector('.samraad-meeting-cancel-no').addEventListener('click', closeCancel);
            cancelling.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    closeCancel();
                }
            });
            cancelling.querySelector('.samraad-meeting-cancel-yes').addEventListener('click', function () {
                var button = pending;
                cancelling.hidden = true;
                pending = null;
                step(button, false);
            });
        }
        if (reopen) {
            reopen.addEventListener('submit', function (event) {
                event.preventDefault();
                reasonError('');
                step(pending, false, reopen.querySelector('.samraad-meeting-reopen-reason').value);
            });
            reopen.querySelector('.samraad-meeting-reopen-no').addEventListener('click', closeReopen);
            reopen.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    closeReopen();
                }
            });
        }
        if (dialog) {
            dialog.querySelector('.samraad-meeting-confirm-yes').addEventListener('click', function () {
                var button = pending;
                dialog.hidden = true;
                pending = null;
                step(button, true);
            });
            dialog.querySelector('.samraad-meeting-confirm-no').addEventListener('click', closeDialog);
            dialog.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    closeDialog();
                }
            });
        }
    }

    /** "2026-03-12T17:00:00" → the date and the HH:mm a MeetingInput takes. */
    function dateOf(local) {
        return local ? String(local).substring(0, 10) : null;
    }

    function timeOf(local) {
        return local ? String(local).substring(11, 16) : null;
    }

    /**
     * The note-taker is picked from the council's member list (named for this editor by the list's rule). Saving
     * reads the meeting and puts it back with the note-taker changed (PUT replaces every field; the version read
     * makes a change made meanwhile a 409, shown beside the form).
     */
    function enhanceNoteTaker(section) {
        var form = section.querySelector('form.samraad-meeting-note-taker-form');
        var toggle = section.querySelector('.samraad-meeting-note-taker-toggle');
        if (!form || !toggle) {
            return;
        }
        var select = form.elements.noteTaker;
        var chosen = form.getAttribute('data-note-taker');
        var councilId = encodeURIComponent(form.getAttribute('data-council-id'));
        var meetingId = encodeURIComponent(section.getAttribute('data-meeting-id'));
        var close = window.Samraad.disclosure(toggle, form, form.querySelector('.samraad-meeting-note-taker-cancel'));
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        var loading = null;
        toggle.addEventListener('click', function () {
            loading = loading || window.Samraad.request('GET', '/councils/' + councilId + '/members').then(function (result) {
                if (!result.ok) {
                    return;
                }
                (result.body.items || []).forEach(function (member) {
                    var option = document.createElement('option');
                    option.value = String(member.id);
                    option.textContent = member.displayName;
                    // the default selection too, so Cancel (a form reset) goes back to the note-taker as stored
                    option.selected = option.defaultSelected = String(member.id) === chosen;
                    select.appendChild(option);
                });
            });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('GET', '/meetings/' + meetingId).then(function (current) {
                if (!current.ok) {
                    return current;
                }
                var m = current.body;
                return window.Samraad.request('PUT', '/meetings/' + meetingId, {
                    kind: m.kind, date: dateOf(m.startsAt), startTime: timeOf(m.startsAt), endTime: timeOf(m.endsAt),
                    place: m.place, openToPublic: m.openToPublic, title: m.title, pageId: m.pageId,
                    jointCouncilIds: m.jointCouncilIds, version: m.version,
                    noteTaker: select.value === '' ? null : Number(select.value)
                });
            }).then(function (result) {
                button.disabled = false;
                if (result.ok) {
                    saved(section, AJS.I18n.getText('samraad.meeting.form.note-taker-saved'));
                } else {
                    window.Samraad.showErrors(form, result);
                }
            });
        });
    }

    /**
     * "Held together with": a checkbox per other council the editor can see, loaded when the form first opens, ticked
     * as the meeting has them (and so restored by Cancel). The server decides who may add a council (its space's
     * administrators) and says so beside the list. Until loaded, the meeting's councils go back as read.
     */
    function jointCouncils(form, meetingId) {
        var list = form.querySelector('.samraad-meeting-edit-joint-list');
        var loaded = false;
        var started = null;
        function load() {
            if (started) {
                return started;
            }
            started = Promise.all([window.Samraad.request('GET', '/councils'),
                window.Samraad.request('GET', '/meetings/' + encodeURIComponent(meetingId))]).then(function (replies) {
                if (!replies[0].ok || !replies[1].ok) {
                    return;
                }
                var meeting = replies[1].body;
                var chosen = (meeting.jointCouncilIds || []).map(String);
                var others = (replies[0].body.items || []).filter(function (council) {
                    return council.id !== meeting.councilId;
                });
                if (!others.length) {
                    var none = document.createElement('li');
                    none.textContent = AJS.I18n.getText('samraad.meeting.field.joint-councils.none');
                    list.appendChild(none);
                }
                others.forEach(function (council) {
                    var item = document.createElement('li');
                    var label = document.createElement('label');
                    var box = document.createElement('input');
                    box.type = 'checkbox';
                    box.value = String(council.id);
                    box.checked = box.defaultChecked = chosen.indexOf(String(council.id)) >= 0;
                    label.appendChild(box);
                    label.appendChild(document.createTextNode(' ' + council.name));
                    item.appendChild(label);
                    list.appendChild(item);
                });
                loaded = true;
            });
            return started;
        }
        function chosen(asRead) {
            if (!loaded) {
                return asRead;
            }
            return Array.from(list.querySelectorAll('input[type="checkbox"]:checked')).map(function (box) {
                return Number(box.value);
            });
        }
        return {load: load, chosen: chosen};
    }

    /**
     * "Edit meeting" (space editors, the rule of PUT /meetings/{id}): the facts in a form saved with the version the
     * page was rendered with, so a change made meanwhile is a 409 told in words, never overwritten; field errors
     * come from the server in the reader's language and stand beside their fields. Approved minutes refuse a change
     * of the facts they state (409), said in the form's status. A save puts the fresh header in place.
     * "Delete meeting" (offered only until the minutes are approved) asks in an inline dialog first; once deleted,
     * the header says so and links the council's meetings, and nothing else of the meeting is offered.
     */
    function enhanceEdit(section) {
        var box = section.querySelector('.samraad-meeting-edit-box');
        var form = box.querySelector('form.samraad-meeting-edit');
        var status = box.querySelector('.samraad-meeting-edit-status');
        var id = section.getAttribute('data-meeting-id');
        var close = window.Samraad.disclosure(box.querySelector('.samraad-meeting-edit-toggle'), form,
            form.querySelector('.samraad-meeting-edit-cancel'));
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        var joint = jointCouncils(form, id);
        box.querySelector('.samraad-meeting-edit-toggle').addEventListener('click', joint.load);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('GET', '/meetings/' + encodeURIComponent(id)).then(function (current) {
                if (!current.ok) {
                    return current;
                }
                // PUT replaces every field: what this form does not show goes back as it is; the version stays the
                // one the page showed, so a change made meanwhile is still a 409
                return window.Samraad.request('PUT', '/meetings/' + encodeURIComponent(id), {
                    kind: form.elements.kind.value,
                    date: form.elements.date.value,
                    startTime: form.elements.startTime.value,
                    endTime: form.elements.endTime.value,
                    place: form.elements.place.value,
                    openToPublic: form.elements.openToPublic.checked,
                    title: form.getAttribute('data-title'),
                    pageId: current.body.pageId,
                    noteTaker: current.body.noteTaker,
                    jointCouncilIds: joint.chosen(current.body.jointCouncilIds),
                    version: Number(form.getAttribute('data-version'))
                });
            }).then(function (result) {
                if (result.ok) {
                    saved(section, AJS.I18n.getText('samraad.meeting.edit.saved'));
                    return;
                }
                window.Samraad.showErrors(form, result);
                button.disabled = false;
            });
        });

        var remove = box.querySelector('.samraad-meeting-delete');
        var dialog = box.querySelector('.samraad-meeting-delete-confirm');
        if (!remove || !dialog) {
            return;
        }
        remove.hidden = false;
        function closeDelete() {
            dialog.hidden = true;
            remove.setAttribute('aria-expanded', 'false');
            remove.focus();
        }
        remove.addEventListener('click', function () {
            dialog.hidden = false;
            remove.setAttribute('aria-expanded', 'true');
            dialog.querySelector('.samraad-meeting-delete-question').focus();
        });
        dialog.querySelector('.samraad-meeting-delete-no').addEventListener('click', closeDelete);
        dialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                closeDelete();
            }
        });
        dialog.querySelector('.samraad-meeting-delete-yes').addEventListener('click', function () {
            var yes = this;
            yes.disabled = true;
            window.Samraad.request('DELETE', '/meetings/' + encodeURIComponent(id)).then(function (result) {
                if (!result.ok) {
                    yes.disabled = false;
                    dialog.hidden = true;
                    status.textContent = window.Samraad.failureMessage(result);
                    status.focus();
                    return;
                }
                // the meeting is gone: the header keeps only the message and the way back to the council's meetings
                var message = document.createElement('p');
                message.className = 'samraad-meeting-deleted';
                message.setAttribute('role', 'status');
                message.setAttribute('tabindex', '-1');
                message.textContent = AJS.I18n.getText('samraad.meeting.deleted') + ' ';
                var back = document.createElement('a');
                back.href = box.getAttribute('data-meetings-href');
                back.textContent = AJS.I18n.getText('samraad.meeting.deleted.back');
                message.appendChild(back);
                section.textContent = '';
                section.removeAttribute('data-editable');
                section.appendChild(message);
                message.focus();
                window.Samraad.announce(message.textContent);
            });
        });
    }

    /** Everything the header offers, on the page's header or on a fresh one put in its place. */
    function enhanceSection(section) {
        if (section.getAttribute('data-editable') === 'true') {
            enhanceNoteTaker(section);
            enhance(section);
        }
        if (section.querySelector('.samraad-meeting-edit-box')) {
            enhanceEdit(section);
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-meeting').forEach(enhanceSection);
    });
}());
