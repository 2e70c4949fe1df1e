/*
 * Samråd attendance (samraad-attendance): space editors record attendance in place. The macro's HTML is complete
 * without this script. A save sends the whole list with PUT /rest/samraad/1.0/meetings/{id}/attendance and the
 * attendance version the page was rendered with, so a change someone else saved since is a 409: the message is
 * shown and everything typed stays in the form. After a save the page reloads, so the quorum sentence and the
 * attendance by organisation are the server's. Names are only ever set as text, never as HTML.
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
        button.className = 'samraad-attendance-remove-guest';
        button.textContent = AJS.I18n.getText('samraad.attendance.macro.remove-guest');
        var error = document.createElement('p');
        error.className = 'samraad-field-error';
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

    function enhance(form) {
        var section = form.closest('.samraad-attendance');
        var live = section.querySelector('.samraad-attendance-live');
        var save = form.querySelector('button.samraad-attendance-save');
        var fieldset = form.querySelector('fieldset.samraad-attendance-add-guest');
        var guestName = fieldset.querySelector('input[type="text"]');
        var guestOrganisation = fieldset.querySelector('select');
        form.querySelectorAll('tr.samraad-attendance-row').forEach(enhanceMember);
        form.querySelectorAll('tr.samraad-attendance-guest').forEach(enhanceGuest);
        fieldset.hidden = false;
        save.hidden = false;
        loadOrganisations(form, guestOrganisation);
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
            live.textContent = AJS.I18n.getText('samraad.attendance.macro.saving');
            var path = '/meetings/' + encodeURIComponent(form.getAttribute('data-meeting-id')) + '/attendance';
            window.Samraad.request('PUT', path, {
                lines: lines(form),
                version: Number(form.getAttribute('data-version'))
            }).then(function (result) {
                if (result.ok) {
                    live.textContent = AJS.I18n.getText('samraad.attendance.macro.saved');
                    window.location.reload();
                } else {
                    live.textContent = '';
                    window.Samraad.showErrors(form, result);
                    save.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-attendance[data-editable="true"] form.samraad-attendance-form')
                .forEach(enhance);
    });
}());
