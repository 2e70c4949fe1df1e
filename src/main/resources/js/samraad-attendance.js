/*
 * Samråd attendance (samraad-attendance): space editors record attendance in place. The macro's HTML is complete
 * without this script and reads first (who came, who sent apologies, the quorum, the table); "Record attendance" /
 * "Change attendance" turns the table's cells into the form. As statuses are chosen, the quorum sentence follows
 * from POST /meetings/{id}/quorum/preview: the server's one rule (Quorum) and its sentence, never a copy here.
 * A save sends the whole list with PUT /rest/samraad/1.0/meetings/{id}/attendance and the attendance version the
 * page was rendered with, so a change someone else saved since is a 409: the message is shown and everything typed
 * stays in the form. After a save, Cancel or Escape, and when the meeting header takes a step
 * ("samraad:meeting-changed"), the server's fresh section (GET …/attendance/view) takes the old one's place without
 * reloading. Names are only ever set as text, never as HTML.
 */
(function () {
    'use strict';

    var SUBSTITUTE = 'SUBSTITUTE_ATTENDED';

    function toggleSubstitute(row) {
        var status = row.querySelector('select.samraad-attendance-status');
        var substitute = row.querySelector('select.samraad-attendance-substitute');
        substitute.disabled = status.value !== SUBSTITUTE;
    }

    function enhanceMember(row) {
        var status = row.querySelector('select.samraad-attendance-status');
        var substitute = row.querySelector('select.samraad-attendance-substitute');
        row.querySelector('.samraad-attendance-status-text').hidden = true;
        row.querySelector('.samraad-attendance-substitute-text').hidden = true;
        status.hidden = false;
        substitute.hidden = false;
        status.addEventListener('change', function () { toggleSubstitute(row); });
        toggleSubstitute(row);
    }

    function enhanceGuest(row) {
        var button = row.querySelector('button.samraad-attendance-remove-guest');
        button.hidden = false;
        button.addEventListener('click', function () {
            var table = row.closest('table');
            var none = row.closest('.samraad-attendance').querySelector('.samraad-attendance-no-guests');
            row.parentNode.removeChild(row);
            table.hidden = table.querySelectorAll('tbody tr').length === 0;
            if (none) {
                none.hidden = !table.hidden;
            }
        });
    }

    /** A new guest's row, built with text nodes only. */
    function addGuest(form, name, organisationId, organisationName) {
        var table = form.querySelector('table.samraad-attendance-guests');
        var row = document.createElement('tr');
        row.className = 'samraad-attendance-guest';
        row.setAttribute('data-user-key', '');
        row.setAttribute('data-name', name);
        row.setAttribute('data-organisation-id', organisationId);
        var who = document.createElement('th');
        who.setAttribute('scope', 'row');
        who.textContent = name;
        var organisation = document.createElement('td');
        organisation.textContent = organisationId ? organisationName : '';
        var change = document.createElement('td');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button aui-button-link samraad-attendance-remove-guest';
        button.textContent = AJS.I18n.getText('samraad.attendance.macro.remove-guest');
        var error = document.createElement('div');
        error.className = 'error samraad-field-error';
        change.appendChild(button);
        change.appendChild(error);
        row.appendChild(who);
        row.appendChild(organisation);
        row.appendChild(change);
        table.querySelector('tbody').appendChild(row);
        table.hidden = false;
        var none = form.closest('.samraad-attendance').querySelector('.samraad-attendance-no-guests');
        if (none) {
            none.hidden = true;
        }
        enhanceGuest(row);
    }

    /** The organisations of the council's space for the guest picker, loaded once when the form is enhanced. */
    function loadOrganisations(form, select) {
        var spaceKey = form.getAttribute('data-space-key');
        window.Samraad.request('GET', '/organisations?spaceKey=' + encodeURIComponent(spaceKey)).then(function (result) {
            if (!result.ok) {
                return;
            }
            (result.body.items || []).forEach(function (organisation) {
                var option = document.createElement('option');
                option.value = String(organisation.id);
                option.textContent = organisation.name;
                select.appendChild(option);
            });
        });
    }

    /**
     * The lines to save, in the order the server numbers its field errors (lines[i].…); each line's controls get
     * those names and ids with an "-error" holder, so the server's errors land beside them.
     */
    function lines(form) {
        var result = [];
        var prefix = form.closest('.samraad-attendance').id;
        form.querySelectorAll('tr.samraad-attendance-row').forEach(function (row) {
            var status = row.querySelector('select.samraad-attendance-status');
            var substitute = row.querySelector('select.samraad-attendance-substitute');
            status.removeAttribute('name');
            substitute.removeAttribute('name');
            if (!status.value) {
                return;
            }
            var index = result.length;
            status.name = 'lines[' + index + '].status';
            substitute.name = 'lines[' + index + '].substituteId';
            result.push({
                memberId: Number(row.getAttribute('data-member-id')),
                status: status.value,
                substituteId: status.value === SUBSTITUTE && substitute.value ? Number(substitute.value) : null
            });
        });
        form.querySelectorAll('tr.samraad-attendance-guest').forEach(function (row) {
            var index = result.length;
            var button = row.querySelector('button.samraad-attendance-remove-guest');
            var error = row.querySelector('.samraad-field-error');
            button.name = 'lines[' + index + '].name';
            button.id = prefix + '-guest-' + index;
            error.id = button.id + '-error';
            var organisation = row.getAttribute('data-organisation-id');
            result.push({
                status: 'GUEST',
                userKey: row.getAttribute('data-user-key') || null,
                name: row.getAttribute('data-name') || null,
                organisationId: organisation ? Number(organisation) : null
            });
        });
        return result;
    }

    /** The server's fresh attendance in place of {@code section}, enhanced; resolves to the new section. */
    function refresh(section) {
        var id = section.getAttribute('data-meeting-id');
        return window.Samraad.fragment('/meetings/' + encodeURIComponent(id) + '/attendance/view').then(function (reply) {
            return reply.ok ? window.Samraad.swap(section, reply.html, enhanceSection) : null;
        });
    }

    /** The members' statuses as chosen so far, for the quorum preview (guests do not count). */
    function chosenStatuses(form) {
        var lines = [];
        form.querySelectorAll('tr.samraad-attendance-row').forEach(function (row) {
            var status = row.querySelector('select.samraad-attendance-status');
            if (status.value) {
                lines.push({memberId: Number(row.getAttribute('data-member-id')), status: status.value});
            }
        });
        return lines;
    }

    function enhance(section) {
        var form = section.querySelector('form.samraad-attendance-form');
        var toggle = section.querySelector('button.samraad-attendance-toggle');
        var buttons = form.querySelector('.samraad-attendance-buttons');
        var save = form.querySelector('button.samraad-attendance-save');
        var fieldset = form.querySelector('fieldset.samraad-attendance-add-guest');
        var guestName = fieldset.querySelector('input[type="text"]');
        var guestOrganisation = fieldset.querySelector('select');
        var quorum = section.querySelector('.samraad-quorum');
        var meetingId = encodeURIComponent(form.getAttribute('data-meeting-id'));
        var opened = false;
        var asked = 0;
        toggle.hidden = false;

        /** The quorum sentence for the statuses chosen so far, by the server's rule; the latest answer wins. */
        function preview() {
            var mine = ++asked;
            window.Samraad.request('POST', '/meetings/' + meetingId + '/quorum/preview', {lines: chosenStatuses(form)})
                .then(function (result) {
                    if (result.ok && mine === asked) {
                        quorum.querySelector('strong').textContent = result.body.text;
                    }
                });
        }

        function open() {
            opened = true;
            toggle.setAttribute('aria-expanded', 'true');
            section.classList.add('samraad-attendance-editing');
            form.querySelectorAll('tr.samraad-attendance-row').forEach(function (row) {
                enhanceMember(row);
                row.querySelector('select.samraad-attendance-status').addEventListener('change', preview);
            });
            form.querySelectorAll('tr.samraad-attendance-guest').forEach(enhanceGuest);
            fieldset.hidden = false;
            buttons.hidden = false;
            // the sentence changes as statuses are chosen: said politely while the form is open
            quorum.setAttribute('aria-live', 'polite');
            loadOrganisations(form, guestOrganisation);
            window.Samraad.focusOn(form.querySelector('select.samraad-attendance-status') || guestName);
        }

        /** Closing without saving: the section as saved, focus back on its toggle. */
        function cancel() {
            refresh(section).then(function (fresh) {
                if (fresh) {
                    fresh.querySelector('button.samraad-attendance-toggle').focus();
                }
            });
        }

        toggle.addEventListener('click', function () {
            if (opened) {
                cancel();
            } else {
                open();
            }
        });
        form.querySelector('button.samraad-attendance-cancel').addEventListener('click', cancel);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                cancel();
            }
        });
        fieldset.querySelector('button.samraad-attendance-add-guest-button').addEventListener('click', function () {
            var name = guestName.value.trim();
            if (!name) {
                guestName.focus();
                return;
            }
            var chosen = guestOrganisation.options[guestOrganisation.selectedIndex];
            addGuest(form, name, guestOrganisation.value, chosen ? chosen.textContent : '');
            guestName.value = '';
            guestName.focus();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('PUT', '/meetings/' + meetingId + '/attendance', {
                lines: lines(form),
                version: Number(form.getAttribute('data-version'))
            }).then(function (result) {
                if (!result.ok) {
                    window.Samraad.showErrors(form, result);
                    save.disabled = false;
                    return;
                }
                refresh(section).then(function (fresh) {
                    if (!fresh) {
                        return;
                    }
                    var sentence = fresh.querySelector('.samraad-quorum');
                    window.Samraad.focusOn(sentence);
                    window.Samraad.announce(AJS.I18n.getText('samraad.attendance.macro.saved') + ' '
                        + sentence.textContent.trim());
                });
            });
        });
    }

    function enhanceSection(section) {
        if (section.getAttribute('data-editable') === 'true' && section.querySelector('form.samraad-attendance-form')) {
            enhance(section);
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-attendance').forEach(enhanceSection);
        // a step of the meeting (held, approved, reopened) changes what the attendance shows and who may change it
        document.addEventListener('samraad:meeting-changed', function (event) {
            document.querySelectorAll('section.samraad-attendance').forEach(function (section) {
                if (section.getAttribute('data-meeting-id') === String(event.detail.meetingId)) {
                    refresh(section);
                }
            });
        });
    });
}());
