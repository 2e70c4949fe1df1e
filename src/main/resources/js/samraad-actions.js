/*
 * Samråd action register (samraad-actions): the CSV link gets the context path; space editors change an action's
 * status, progress (with a progress note) and due date in place, open "Change or delete" for the rest of it
 * (title, details, owner, organisation; delete after a confirmation) and add actions; everyone filters the register
 * (status, organisation, owner, overdue: GET /actions with those parameters, the result announced), pages through
 * it and opens an action's history on demand. The macro's HTML is complete without this script (the first page and
 * the CSV); a change goes through PUT /rest/samraad/1.0/actions/{id} with the version the change was made on (so a
 * change made by someone else since then is a 409, never overwritten). Read first: a row's "Update progress" and
 * "Change or delete" and "Add an action item" open on demand (Esc closes them, the focus back on their button). A
 * save does not reload the page: the register, totals included, is rendered again by the server with the list's
 * filters (GET /actions/view) and put in its place; the focus goes to the changed row and the result is announced
 * (Samraad.announce). Text from the server is only ever set as textContent.
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
            // a name the caller may not see ("name not published") is not a name to store: the server keeps the owner
            ownerName: action.ownerUserKey || action.ownerNameHidden ? null : action.ownerName,
            ownerMemberId: action.ownerMemberId,
            organisationId: action.organisationId,
            dueDate: form.elements.dueDate ? (form.elements.dueDate.value.trim() || null) : action.dueDate,
            status: form.elements.status.value,
            percentDone: percent === '' ? null : Number(percent),
            progressNote: action.progressNote,
            note: form.elements.note ? (form.elements.note.value.trim() || null) : null,
            version: Number(form.getAttribute('data-version'))
        };
    }

    /** A percentage that is no whole number is refused beside its input before anything is sent. */
    function refusedPercent(form) {
        var value = form.elements.percentDone.value.trim();
        if (value === '' || /^\d{1,3}$/.test(value)) {
            return false;
        }
        window.Samraad.showErrors(form, {status: 400, body: {
            message: AJS.I18n.getText('samraad.error.invalid-input'),
            errors: [{field: 'percentDone', message: AJS.I18n.getText('samraad.action.error.percent')}]}});
        return true;
    }

    /** Done is all of it: the form says so at once (the server stores 100 % whatever is sent). */
    function doneMeansAll(form) {
        form.elements.status.addEventListener('change', function () {
            if (form.elements.status.value === 'DONE') {
                form.elements.percentDone.value = '100';
            }
        });
    }

    /** Esc inside a form closes it (the close of its disclosure), unless a control inside used the key itself. */
    function escapeCloses(form, close) {
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !event.defaultPrevented) {
                event.preventDefault();
                close();
            }
        });
    }

    /**
     * The register as the server renders it now with the list's filters (GET /actions/view), in the old one's place;
     * then the focus on the changed row (else the list's heading) and the result announced.
     */
    function refresh(section, actionId, message) {
        var query = (section.getAttribute('data-list-path') || '').split('?')[1] || '';
        return window.Samraad.view('/actions/view?' + query
                + '&limit=' + encodeURIComponent(section.getAttribute('data-page-size') || '')
                + '&columns=' + encodeURIComponent(section.getAttribute('data-columns') || '')
                + '&domId=' + encodeURIComponent(section.id)
                + (section.getAttribute('data-across') === 'true' ? '&councils=all' : '')).then(function (html) {
            if (!html) {
                window.Samraad.announce(AJS.I18n.getText('samraad.action.section.reload-failed'));
                return section;
            }
            var fresh = window.Samraad.swap(section, html, enhanceSection);
            var row = actionId ? fresh.querySelector('tr[data-action-id="' + Number(actionId) + '"]') : null;
            window.Samraad.focusOn(row ? row.querySelector('th') : fresh.querySelector('#' + fresh.id + '-list'));
            window.Samraad.announce(message);
            return fresh;
        });
    }

    /** "Update progress" of a row: status, progress, due date and a note, opened from its button. */
    function enhance(form) {
        var id = form.getAttribute('data-action-id');
        var button = form.querySelector('button[type="submit"]');
        var section = form.closest('.samraad-actions');
        var toggle = form.closest('td').querySelector('button.samraad-action-progress-toggle');
        if (toggle) {
            escapeCloses(form, window.Samraad.disclosure(toggle, form, form.querySelector('.samraad-cancel')));
        }
        doneMeansAll(form);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (refusedPercent(form)) {
                return;
            }
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.announce(AJS.I18n.getText('samraad.action.macro.saving'));
            window.Samraad.request('GET', '/actions/' + encodeURIComponent(id)).then(function (current) {
                if (!current.ok) {
                    return current;
                }
                return window.Samraad.request('PUT', '/actions/' + encodeURIComponent(id), changed(current.body, form));
            }).then(function (result) {
                if (result.ok) {
                    refresh(section, id, AJS.I18n.getText('samraad.action.section.saved', result.body.title));
                } else {
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    /**
     * A row's "Update progress" waits behind its button and is built when the button first opens it, from the
     * register's one template (the server renders no form per row): with the row's ids, and the row's status,
     * progress and due date as the values Cancel and Esc go back to. A row the script builds is enhanced before it
     * is in the page, so its register comes with it.
     */
    function enhanceProgress(toggle, section) {
        var template = section.querySelector('template.samraad-action-progress-template');
        if (!template || toggle.getAttribute('data-enhanced')) {
            return;
        }
        toggle.setAttribute('data-enhanced', 'true');
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            var form = progressForm(toggle, template.content.firstElementChild.cloneNode(true), section);
            // enhance() gives the toggle its open and close from now on; this first click opens the form itself
            enhance(form);
            form.hidden = false;
            toggle.setAttribute('aria-expanded', 'true');
            form.querySelector('h3').focus();
        }, {once: true});
    }

    /** The template's form made the row's: its ids, labels and error places, and the row's current values. */
    function progressForm(toggle, form, section) {
        var tr = toggle.closest('tr');
        var rowId = tr.id;
        form.id = rowId + '-progress';
        form.setAttribute('data-action-id', tr.getAttribute('data-action-id'));
        form.setAttribute('data-version', tr.getAttribute('data-version'));
        var heading = form.querySelector('h3');
        heading.id = rowId + '-progress-heading';
        form.setAttribute('aria-labelledby', heading.id + ' ' + rowId + '-title ' + section.id + '-heading');
        form.querySelectorAll('label[data-for]').forEach(function (label) {
            var name = label.getAttribute('data-for');
            label.removeAttribute('data-for');
            label.htmlFor = rowId + '-' + name;
            form.elements[name].id = rowId + '-' + name;
        });
        form.querySelectorAll('[data-error-of]').forEach(function (place) {
            place.id = rowId + '-' + place.getAttribute('data-error-of') + '-error';
            place.removeAttribute('data-error-of');
        });
        var status = tr.getAttribute('data-status');
        Array.prototype.forEach.call(form.elements.status.options, function (option) {
            option.defaultSelected = option.value === status;
        });
        form.elements.percentDone.defaultValue = tr.getAttribute('data-percent-done') || '';
        // the due date as the row shows it; a register without that column carries it on the row
        var due = tr.querySelector('td.samraad-action-due time[datetime]');
        form.elements.dueDate.defaultValue = due ? due.getAttribute('datetime') : (tr.getAttribute('data-due-date') || '');
        toggle.parentNode.insertBefore(form, toggle.parentNode.querySelector('.samraad-action-details'));
        return form;
    }

    var HISTORY_FIELDS = {
        created: AJS.I18n.getText('samraad.action.history.created'),
        note: AJS.I18n.getText('samraad.action.history.note'),
        title: AJS.I18n.getText('samraad.action.field.title'),
        description: AJS.I18n.getText('samraad.action.field.description'),
        ownerUserKey: AJS.I18n.getText('samraad.action.field.owner'),
        ownerName: AJS.I18n.getText('samraad.action.field.owner'),
        ownerMemberId: AJS.I18n.getText('samraad.action.field.owner'),
        organisationId: AJS.I18n.getText('samraad.action.field.organisation'),
        dueDate: AJS.I18n.getText('samraad.action.field.due-date'),
        status: AJS.I18n.getText('samraad.action.field.status'),
        percentDone: AJS.I18n.getText('samraad.action.field.percent-done'),
        progressNote: AJS.I18n.getText('samraad.action.field.progress-note')
    };

    /** The status as an AUI lozenge, as the server's rows show it (the status is written out in it). */
    var STATUS_LOZENGE = {OPEN: '', IN_PROGRESS: 'aui-lozenge-current', DONE: 'aui-lozenge-success',
        CANCELLED: 'aui-lozenge-moved'};

    var STATUS_TEXT = {
        OPEN: AJS.I18n.getText('samraad.action.status.OPEN'),
        IN_PROGRESS: AJS.I18n.getText('samraad.action.status.IN_PROGRESS'),
        DONE: AJS.I18n.getText('samraad.action.status.DONE'),
        CANCELLED: AJS.I18n.getText('samraad.action.status.CANCELLED')
    };

    function element(name, className, text) {
        var el = document.createElement(name);
        if (className) {
            el.className = className;
        }
        if (text !== undefined && text !== null) {
            el.textContent = String(text);
        }
        return el;
    }

    /** The "History" button of a row: loads GET /actions/{id}/history into the row's region, once, then toggles it. */
    function enhanceHistory(button) {
        if (button.getAttribute('data-enhanced')) {
            return;
        }
        button.setAttribute('data-enhanced', 'true');
        var region = button.parentNode.querySelector('.samraad-action-history');
        var id = button.closest('tr').getAttribute('data-action-id');
        var loaded = false;
        region.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !region.hidden) {
                event.preventDefault();
                button.setAttribute('aria-expanded', 'false');
                region.hidden = true;
                button.focus();
            }
        });
        button.hidden = false;
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') === 'true';
            button.setAttribute('aria-expanded', String(!open));
            region.hidden = open;
            if (open || loaded) {
                return;
            }
            region.textContent = AJS.I18n.getText('samraad.action.macro.history.loading');
            window.Samraad.request('GET', '/actions/' + encodeURIComponent(id) + '/history').then(function (result) {
                region.textContent = '';
                if (!result.ok) {
                    region.appendChild(element('p', 'samraad-form-status', window.Samraad.failureMessage(result)));
                    return;
                }
                loaded = true;
                var list = element('ul', 'samraad-action-history-list');
                (result.body.items || []).forEach(function (entry) {
                    var field = HISTORY_FIELDS[entry.field] || entry.field;
                    // a progress note is its text; a change is old → new
                    var shown = entry.field === 'dueDate' ? window.Samraad.shortDay : function (value) { return value; };
                    var change = entry.field === 'created' || entry.field === 'note'
                        ? field + ': ' + (entry.newValue || '')
                        : field + ': ' + (entry.oldValue === null ? '–' : shown(entry.oldValue)) + ' → '
                            + (entry.newValue === null ? '–' : shown(entry.newValue));
                    var item = element('li', entry.field === 'note' ? 'samraad-action-history-note' : null);
                    item.appendChild(element('time', null, window.Samraad.shortDay(String(entry.changedAt).substring(0, 10))))
                        .setAttribute('datetime', entry.changedAt);
                    item.appendChild(document.createTextNode(' ' + (entry.changedBy || '') + ' – ' + change));
                    list.appendChild(item);
                });
                region.appendChild(list);
                region.focus();
            });
        });
    }

    /** The organisations the caller can see, once per page: the service accepts exactly those. */
    var organisationsLoaded = null;

    function organisations() {
        if (!organisationsLoaded) {
            organisationsLoaded = window.Samraad.request('GET', '/organisations?limit=500').then(function (result) {
                return result.ok ? (result.body.items || []) : [];
            });
        }
        return organisationsLoaded;
    }

    /** Fills a select with the visible organisations (of one space when given), keeping its first option. */
    function organisationOptions(select, spaceKey, selected) {
        return organisations().then(function (items) {
            items.filter(function (organisation) {
                return !spaceKey || !organisation.spaceKey || organisation.spaceKey === spaceKey;
            }).forEach(function (organisation) {
                var option = element('option', null, organisation.name);
                option.value = organisation.id;
                if (selected !== undefined && selected !== null && String(selected) === String(organisation.id)) {
                    option.selected = true;
                }
                select.appendChild(option);
            });
        });
    }

    /** A labelled field of a built form (or of a fieldset in it): label, control, and the error holder the shared code fills. */
    function field(container, prefix, name, label, control) {
        var wrap = element('div', 'samraad-field');
        control.id = prefix + '-' + name;
        control.name = name;
        var text = element('label', null, label);
        text.htmlFor = control.id;
        var error = element('p', 'samraad-field-error');
        error.id = control.id + '-error';
        wrap.appendChild(text);
        wrap.appendChild(control);
        wrap.appendChild(error);
        container.appendChild(wrap);
        return control;
    }

    function input(type, value, maxLength) {
        var el = element('input');
        el.type = type;
        if (value !== undefined && value !== null) {
            el.value = value;
        }
        if (maxLength) {
            el.maxLength = maxLength;
        }
        return el;
    }

    /** The hidden input a picker's value is sent in; its errors are shown beside the control with id shownBy. */
    function hidden(name, shownBy) {
        var el = element('input');
        el.type = 'hidden';
        el.name = name;
        el.setAttribute('data-shown-by', shownBy);
        return el;
    }

    function textarea(value) {
        var el = element('textarea');
        el.rows = 3;
        el.maxLength = 10000;
        el.value = value || '';
        return el;
    }

    /**
     * "Change or delete" of a row: reads first; on demand the form with everything an editor may change (title,
     * details, owner, organisation, status, progress with a note, due date), built from GET /actions/{id} and saved
     * with that version (a change saved meanwhile is a 409), and "Delete" after a confirmation that says who may
     * delete and what goes with it. Esc closes the form and gives the focus back to the button.
     */
    function enhanceDetails(button) {
        if (button.getAttribute('data-enhanced')) {
            return;
        }
        button.setAttribute('data-enhanced', 'true');
        // a row the script builds is enhanced before it is in the page: everything is found from the button
        var region = button.parentNode.querySelector('.samraad-action-details');
        var id = button.closest('tr').getAttribute('data-action-id');
        button.hidden = false;

        function close() {
            button.setAttribute('aria-expanded', 'false');
            region.hidden = true;
            button.focus();
        }

        region.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                close();
            }
        });

        button.addEventListener('click', function () {
            if (button.getAttribute('aria-expanded') === 'true') {
                close();
                return;
            }
            button.setAttribute('aria-expanded', 'true');
            region.hidden = false;
            region.textContent = AJS.I18n.getText('samraad.action.details.loading');
            window.Samraad.request('GET', '/actions/' + encodeURIComponent(id)).then(function (result) {
                region.textContent = '';
                if (!result.ok) {
                    region.appendChild(element('p', 'samraad-form-status', window.Samraad.failureMessage(result)));
                    return;
                }
                build(result.body);
            });
        });

        function build(action) {
            var prefix = region.id + '-f';
            var form = element('form', 'aui samraad-action-details-form');
            form.noValidate = true;
            form.setAttribute('data-version', action.version);
            var heading = element('h4', null, AJS.I18n.getText('samraad.action.details.heading', action.title));
            heading.id = prefix + '-heading';
            heading.tabIndex = -1;
            // named with its register too: one action shows in a council's register and in the all-councils one
            var register = region.closest('section.samraad-actions');
            form.setAttribute('aria-labelledby', heading.id + (register ? ' ' + register.id + '-heading' : ''));
            form.appendChild(heading);
            var status = element('p', 'samraad-form-status');
            status.setAttribute('role', 'alert');
            status.tabIndex = -1;
            form.appendChild(status);

            var title = field(form, prefix, 'title', AJS.I18n.getText('samraad.action.field.title'),
                input('text', action.title, 450));
            title.required = true;
            field(form, prefix, 'description', AJS.I18n.getText('samraad.action.field.description'),
                textarea(action.description));
            // the owner: a council member, else someone with a Confluence account picked by name, else a name
            var owner = element('fieldset', 'samraad-field samraad-person');
            owner.appendChild(element('legend', null, AJS.I18n.getText('samraad.action.field.owner')));
            owner.appendChild(element('p', 'samraad-action-owner-now', action.ownerName
                ? AJS.I18n.getText('samraad.action.details.owner-now', action.ownerName)
                : AJS.I18n.getText('samraad.action.details.no-owner-now')));
            var ownerMember = field(owner, prefix, 'ownerMember', AJS.I18n.getText('samraad.picker.owner-member'),
                element('select'));
            var noMember = element('option', null, AJS.I18n.getText('samraad.picker.no-member'));
            noMember.value = '';
            ownerMember.appendChild(noMember);
            var ownerUser = field(owner, prefix, 'ownerUser', AJS.I18n.getText('samraad.picker.owner-user'),
                input('text', '', 255));
            ownerUser.className = 'samraad-user-picker';
            ownerUser.setAttribute('data-person', 'owner');
            // a server error on the key or the member goes beside the control that chose it
            owner.appendChild(hidden('ownerUserKey', ownerUser.id));
            owner.appendChild(hidden('ownerMemberId', ownerMember.id));
            field(owner, prefix, 'ownerName', AJS.I18n.getText('samraad.action.details.owner-name'),
                input('text', '', 255)).autocomplete = 'off';
            form.appendChild(owner);
            var organisation = field(form, prefix, 'organisationId', AJS.I18n.getText('samraad.action.field.organisation'),
                element('select'));
            var none = element('option', null, AJS.I18n.getText('samraad.action.macro.no-organisation'));
            none.value = '';
            organisation.appendChild(none);
            if (action.organisationId !== null && action.organisationId !== undefined) {
                // the current one first, so it is kept even if the list is slow or the caller cannot list it
                var current = element('option', null, action.organisationName || String(action.organisationId));
                current.value = action.organisationId;
                current.selected = true;
                organisation.appendChild(current);
            }
            organisations().then(function (items) {
                items.forEach(function (item) {
                    if (String(item.id) === String(action.organisationId)) {
                        return;
                    }
                    var option = element('option', null, item.name);
                    option.value = item.id;
                    organisation.appendChild(option);
                });
            });
            var statusSelect = field(form, prefix, 'status', AJS.I18n.getText('samraad.action.field.status'),
                element('select'));
            Object.keys(STATUS_TEXT).forEach(function (key) {
                var option = element('option', null, STATUS_TEXT[key]);
                option.value = key;
                option.selected = key === action.status;
                statusSelect.appendChild(option);
            });
            var percent = field(form, prefix, 'percentDone', AJS.I18n.getText('samraad.action.field.percent-done'),
                input('number', action.percentDone, null));
            percent.min = 0;
            percent.max = 100;
            percent.step = 1;
            percent.inputMode = 'numeric';
            field(form, prefix, 'dueDate', AJS.I18n.getText('samraad.action.field.due-date'),
                input('date', action.dueDate, null));
            field(form, prefix, 'note', AJS.I18n.getText('samraad.action.field.progress-note'), textarea(''));
            doneMeansAll(form);
            var buttons = element('div', 'buttons');
            var container = element('div', 'buttons-container');
            container.appendChild(buttons);
            var save = element('button', 'aui-button aui-button-primary', AJS.I18n.getText('samraad.action.details.save'));
            save.type = 'submit';
            buttons.appendChild(save);
            var cancel = element('button', 'aui-button aui-button-link samraad-cancel',
                AJS.I18n.getText('samraad.action.form.cancel'));
            cancel.type = 'button';
            cancel.addEventListener('click', close);
            buttons.appendChild(cancel);

            // Delete: in danger style, and only after a confirmation that says what happens
            var remove = element('button', 'aui-button aui-button-danger samraad-button-danger samraad-action-delete',
                AJS.I18n.getText('samraad.action.delete'));
            remove.type = 'button';
            remove.setAttribute('aria-expanded', 'false');
            buttons.appendChild(remove);
            form.appendChild(container);
            var confirm = element('div', 'aui-message aui-message-warning samraad-action-delete-confirm');
            confirm.setAttribute('role', 'group');
            confirm.hidden = true;
            var question = element('p', null, AJS.I18n.getText('samraad.action.delete.confirm-text', action.title));
            question.id = prefix + '-delete-question';
            question.tabIndex = -1;
            confirm.setAttribute('aria-labelledby', question.id);
            var yes = element('button', 'aui-button aui-button-danger samraad-button-danger samraad-action-delete-yes',
                AJS.I18n.getText('samraad.action.delete.confirm'));
            yes.type = 'button';
            var no = element('button', 'aui-button aui-button-link samraad-action-delete-no',
                AJS.I18n.getText('samraad.action.delete.cancel'));
            no.type = 'button';
            confirm.appendChild(question);
            confirm.appendChild(yes);
            confirm.appendChild(no);
            form.appendChild(confirm);
            region.appendChild(form);
            window.Samraad.pickers.showPerson(form, 'owner', action.councilId, null);
            title.focus();

            remove.addEventListener('click', function () {
                confirm.hidden = false;
                remove.setAttribute('aria-expanded', 'true');
                question.focus();
            });
            no.addEventListener('click', function () {
                confirm.hidden = true;
                remove.setAttribute('aria-expanded', 'false');
                remove.focus();
            });
            yes.addEventListener('click', function () {
                yes.disabled = true;
                window.Samraad.request('DELETE', '/actions/' + encodeURIComponent(id) + '?version='
                        + encodeURIComponent(form.getAttribute('data-version'))).then(function (result) {
                    if (result.ok) {
                        refresh(button.closest('.samraad-actions'), null,
                                AJS.I18n.getText('samraad.action.section.deleted', action.title));
                    } else {
                        confirm.hidden = true;
                        yes.disabled = false;
                        window.Samraad.showErrors(form, result);
                    }
                });
            });

            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (refusedPercent(form)) {
                    return;
                }
                save.disabled = true;
                window.Samraad.clearErrors(form);
                window.Samraad.announce(AJS.I18n.getText('samraad.action.macro.saving'));
                window.Samraad.pickers.chosenPerson(form, 'owner', action.councilId).then(function (chosen) {
                    if (chosen.error) {
                        return {ok: false, status: 400, body: {message: AJS.I18n.getText('samraad.error.invalid-input'),
                            errors: [chosen.error]}};
                    }
                    var body = changed(action, form);
                    body.title = title.value;
                    body.description = form.elements.description.value;
                    body.organisationId = organisation.value ? Number(organisation.value) : null;
                    if (chosen.memberId !== null || chosen.userKey || chosen.name) {
                        // reassigned: a member, a user picked by name, or a person without an account by name
                        body.ownerUserKey = chosen.userKey;
                        body.ownerName = chosen.name;
                        body.ownerMemberId = chosen.memberId;
                    }
                    return window.Samraad.request('PUT', '/actions/' + encodeURIComponent(id), body);
                }).then(function (result) {
                    if (result.ok) {
                        refresh(button.closest('.samraad-actions'), id,
                                AJS.I18n.getText('samraad.action.section.saved', result.body.title));
                    } else {
                        window.Samraad.showErrors(form, result);
                        save.disabled = false;
                    }
                });
            });
        }
    }

    /** Whether the caller may change the actions of this council (the server rendered the ids it may edit). */
    function editableIn(section, councilId) {
        var ids = (section.getAttribute('data-changeable-councils') || '').split(',');
        return ids.indexOf(String(councilId)) >= 0;
    }

    /**
     * One row built from the REST list (a later page, or a filtered one), with its history button and, for editors,
     * "Update progress" and "Change or delete" (both built when opened). An open action nobody can be
     * mailed about is flagged in words where the server's page flags it (with the owner, else under the title); the
     * list names such actions only to space editors and the council's insiders, so readers never see the flag.
     */
    function row(action, columns, section, unreached) {
        var rowId = section.id + '-action-' + action.id;
        var tr = element('tr', 'samraad-action' + (action.overdue ? ' samraad-action-overdue' : '')
                + (unreached ? ' samraad-action-unreached' : ''));
        tr.id = rowId;
        tr.setAttribute('data-action-id', action.id);
        tr.setAttribute('data-version', action.version);
        tr.setAttribute('data-status', action.status);
        tr.setAttribute('data-percent-done', action.percentDone);
        if (columns.indexOf('dueDate') < 0) {
            tr.setAttribute('data-due-date', action.dueDate || '');
        }
        var title = element('th', null);
        title.id = rowId + '-title';
        title.setAttribute('scope', 'row');
        title.appendChild(element('span', 'samraad-action-title', action.title));
        tr.appendChild(title);
        var showOwner = columns.indexOf('owner') >= 0;
        if (unreached && !showOwner) {
            title.appendChild(element('br'));
            title.appendChild(unreachedLabel());
        }
        if (section.getAttribute('data-across') === 'true') {
            var named = section.querySelector('.samraad-actions-council-names li[data-council-id="'
                + Number(action.councilId) + '"]');
            tr.appendChild(element('td', 'samraad-action-council', named ? named.textContent : ''));
        }
        if (showOwner) {
            var owner = element('td', 'samraad-action-owner');
            if (action.ownerName) {
                owner.appendChild(element('span', 'samraad-action-person', action.ownerName));
            }
            if (action.ownerName && action.organisationName) {
                owner.appendChild(element('br'));
            }
            if (action.organisationName) {
                owner.appendChild(element('span', 'samraad-action-organisation', action.organisationName));
            }
            if (unreached) {
                if (action.ownerName || action.organisationName) {
                    owner.appendChild(element('br'));
                }
                owner.appendChild(unreachedLabel());
            }
            tr.appendChild(owner);
        }
        if (columns.indexOf('dueDate') >= 0) {
            var due = element('td', 'samraad-action-due');
            if (action.dueDate) {
                var time = element('time', null, window.Samraad.shortDay(action.dueDate));
                time.setAttribute('datetime', action.dueDate);
                due.appendChild(time);
            } else {
                due.textContent = AJS.I18n.getText('samraad.action.macro.no-due-date');
            }
            if (action.overdue) {
                due.appendChild(document.createTextNode(' '));
                due.appendChild(element('strong', 'samraad-overdue-label aui-lozenge aui-lozenge-error',
                    AJS.I18n.getText('samraad.action.field.overdue')));
            }
            tr.appendChild(due);
        }
        if (columns.indexOf('status') >= 0) {
            var statusCell = element('td', 'samraad-action-status');
            statusCell.appendChild(element('span', 'aui-lozenge ' + (STATUS_LOZENGE[action.status] || ''),
                STATUS_TEXT[action.status] || action.status));
            tr.appendChild(statusCell);
        }
        if (columns.indexOf('percentDone') >= 0) {
            tr.appendChild(element('td', 'samraad-number samraad-action-percent', action.percentDone + '\u00a0%'));
        }
        if (columns.indexOf('meeting') >= 0) {
            tr.appendChild(originCell(action.fromMeeting));
        }
        var more = element('td', 'samraad-action-more');
        var button = rowToggle('aui-button aui-button-subtle samraad-action-history-toggle',
            AJS.I18n.getText('samraad.action.macro.history'), rowId, '-history');
        var region = element('div', 'samraad-action-history');
        region.id = rowId + '-history';
        region.hidden = true;
        region.tabIndex = -1;
        region.setAttribute('aria-live', 'polite');
        more.appendChild(button);
        more.appendChild(region);
        tr.appendChild(more);
        if (section.querySelector('thead th.samraad-actions-change-heading')) {
            var change = element('td', 'samraad-action-change');
            var toggle = null;
            var progress = null;
            if (editableIn(section, action.councilId)) {
                progress = rowToggle('aui-button samraad-action-progress-toggle',
                    AJS.I18n.getText('samraad.action.progress.toggle'), rowId, '-progress');
                progress.hidden = true;
                change.appendChild(progress);
                toggle = rowToggle('aui-button aui-button-subtle samraad-action-change-toggle',
                    AJS.I18n.getText('samraad.action.macro.change-details'), rowId, '-details');
                var details = element('div', 'samraad-action-details');
                details.id = rowId + '-details';
                details.hidden = true;
                change.appendChild(toggle);
                change.appendChild(details);
                tr.setAttribute('data-editable', 'true');
            }
            tr.appendChild(change);
            if (toggle) {
                enhanceProgress(progress, section);
                enhanceDetails(toggle);
            }
        }
        enhanceHistory(button);
        return tr;
    }

    /** A row's button that opens one of its regions ({@code rowId + suffix}), closed, described by the row's title. */
    function rowToggle(className, text, rowId, suffix) {
        var button = element('button', className, text);
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', rowId + suffix);
        button.setAttribute('aria-describedby', rowId + '-title');
        return button;
    }

    /** "No one can be reached for this action", as the server's page says it. */
    function unreachedLabel() {
        return element('strong', 'samraad-unreached-label', AJS.I18n.getText('samraad.action.field.unreached'));
    }

    /** "From meeting": a link to the meeting page at the item, with only what the reader may see (the server decided). */
    function originCell(origin) {
        var cell = element('td', 'samraad-action-meeting');
        if (!origin) {
            return cell;
        }
        var text = origin.itemNumber === null || origin.itemNumber === undefined ? origin.meetingTitle
            : origin.itemTitle ? AJS.I18n.getText('samraad.action.macro.from-item-titled', origin.meetingTitle,
                origin.itemNumber, origin.itemTitle)
            : AJS.I18n.getText('samraad.action.macro.from-item', origin.meetingTitle, origin.itemNumber);
        if (origin.href) {
            var link = element('a', null, text);
            link.href = origin.href;
            cell.appendChild(link);
        } else {
            cell.textContent = text;
        }
        return cell;
    }

    /**
     * The register's list over GET /actions: previous / next page, and the readers' filters, which replace the list's
     * filter parameters and start again at the first page. The first page is the server's own HTML until a filter or
     * page changes it; the number of matches is announced in the live region.
     */
    function enhanceList(section) {
        var nav = section.querySelector('.samraad-actions-paging');
        var table = section.querySelector('table.samraad-actions-table');
        if (!table) {
            return;
        }
        var body = table.tBodies[0];
        var firstPage = Array.prototype.slice.call(body.rows);
        var filtered = false;
        var size = Number(section.getAttribute('data-page-size'));
        var total = Number(section.getAttribute('data-total'));
        var columns = section.getAttribute('data-columns').split(',');
        var shown = section.querySelector('.samraad-actions-shown');
        var none = section.querySelector('.samraad-actions-none');
        var live = section.querySelector('.samraad-actions-status');
        var previous = nav && nav.querySelector('.samraad-actions-previous');
        var next = nav && nav.querySelector('.samraad-actions-next');
        var page = 0;

        function navigation(to) {
            if (!nav) {
                return;
            }
            nav.hidden = total <= size;
            previous.disabled = page === 0;
            next.disabled = to >= total;
        }
        navigation(firstPage.length);

        function show(rows, announce) {
            while (body.firstChild) {
                body.removeChild(body.firstChild);
            }
            rows.forEach(function (tr) { body.appendChild(tr); });
            var from = page * size + 1;
            var to = page * size + rows.length;
            table.hidden = rows.length === 0;
            if (none) {
                none.hidden = rows.length > 0;
            }
            shown.textContent = rows.length === 0 ? AJS.I18n.getText('samraad.action.macro.shown', 0, total)
                : AJS.I18n.getText('samraad.action.macro.page-shown', from, to, total);
            live.textContent = announce ? AJS.I18n.getText('samraad.action.filter.result', total) + ' ' + shown.textContent
                : shown.textContent;
            window.Samraad.announce(live.textContent);
            navigation(to);
        }

        function go(target, announce) {
            if (target === 0 && !filtered) {
                page = 0;
                total = Number(section.getAttribute('data-total'));
                show(firstPage, announce);
                return Promise.resolve(true);
            }
            if (previous) {
                previous.disabled = true;
                next.disabled = true;
            }
            return window.Samraad.request('GET', section.getAttribute('data-list-path').replace('/rest/samraad/1.0', '')
                    + '&limit=' + size + '&offset=' + target * size).then(function (result) {
                if (!result.ok) {
                    live.textContent = window.Samraad.failureMessage(result);
                    navigation(page * size + body.rows.length);
                    return result;
                }
                page = target;
                total = result.body.total;
                var unreached = result.body.unreached || [];
                show((result.body.items || []).map(function (action) {
                    return row(action, columns, section, unreached.indexOf(action.id) >= 0);
                }), announce);
                return result;
            });
        }

        if (previous) {
            previous.addEventListener('click', function () { go(page - 1, false); });
            next.addEventListener('click', function () { go(page + 1, false); });
        }

        var form = section.querySelector('form.samraad-actions-filter');
        if (!form) {
            return;
        }
        enhanceFilter(section, form, function () {
            filtered = true;
            live.textContent = AJS.I18n.getText('samraad.action.filter.loading');
            return go(0, true);
        });
    }

    /** The list path with one query parameter set (or removed when the value is empty). */
    function withParameter(path, name, value) {
        var parts = path.split('?');
        var query = (parts[1] || '').split('&').filter(function (pair) {
            return pair && pair.split('=')[0] !== name;
        });
        if (value !== null && value !== undefined && value !== '') {
            query.push(name + '=' + encodeURIComponent(value));
        }
        return parts[0] + '?' + query.join('&');
    }

    /** The readers' filters: status, organisation, owner (me, or a person picked by name) and overdue. */
    function enhanceFilter(section, form, reload) {
        var organisation = form.elements.organisationId;
        var picker = form.querySelector('input.samraad-user-picker');
        var owner = form.elements.owner;
        form.hidden = false;
        organisationOptions(organisation, section.getAttribute('data-space-key'),
            organisation.getAttribute('data-selected'));
        var person = window.Samraad.pickers.user(picker);
        function pickerShown() {
            picker.closest('.samraad-field').hidden = owner.value !== 'user';
        }
        owner.addEventListener('change', pickerShown);
        pickerShown();
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Samraad.clearErrors(form);
            var button = form.querySelector('button[type="submit"]');
            var ownerKey = owner.value === 'user' ? person.value() : owner.value;
            if (owner.value === 'user' && !ownerKey) {
                window.Samraad.showErrors(form, {status: 400, body: {
                    message: AJS.I18n.getText('samraad.error.invalid-input'),
                    errors: [{field: picker.name, message: AJS.I18n.getText('samraad.picker.pick-from-list')}]}});
                return;
            }
            button.disabled = true;
            var path = section.getAttribute('data-list-path');
            path = withParameter(path, 'status', form.elements.status.value);
            path = withParameter(path, 'organisationId', organisation.value);
            path = withParameter(path, 'owner', ownerKey);
            path = withParameter(path, 'overdue', form.elements.overdue.checked ? 'true' : '');
            section.setAttribute('data-list-path', path);
            // the CSV download follows the filters
            var csv = section.querySelector('a.samraad-actions-csv[data-rest-path]');
            if (csv) {
                csv.href = AJS.contextPath() + csv.getAttribute('data-rest-path').split('?')[0] + '?'
                    + path.split('?')[1];
            }
            reload().then(function () {
                button.disabled = false;
            });
        });
    }

    /** "Add action" for editors: POST /actions; the owner is a member picked by name, a user picked, or a name. */
    function enhanceAdd(form) {
        var section = form.closest('.samraad-actions');
        var button = form.querySelector('button[type="submit"]');
        var toggle = section.querySelector('button.samraad-action-add-toggle');
        escapeCloses(form, window.Samraad.disclosure(toggle, form, form.querySelector('.samraad-cancel')));
        organisationOptions(form.elements.organisationId);
        window.Samraad.pickers.showPerson(form, 'owner', section.getAttribute('data-council-id'), null);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            window.Samraad.clearErrors(form);
            var councilId = section.getAttribute('data-council-id');
            window.Samraad.pickers.chosenPerson(form, 'owner', councilId).then(function (owner) {
                if (owner.error) {
                    return {ok: false, status: 400, body: {message: AJS.I18n.getText('samraad.error.invalid-input'),
                        errors: [owner.error]}};
                }
                var organisation = form.elements.organisationId.value;
                return window.Samraad.request('POST', '/actions', {
                    councilId: Number(section.getAttribute('data-council-id')),
                    title: form.elements.title.value,
                    ownerUserKey: owner.userKey,
                    ownerName: owner.name,
                    ownerMemberId: owner.memberId,
                    organisationId: organisation ? Number(organisation) : null,
                    dueDate: form.elements.dueDate.value.trim() || null
                });
            }).then(function (result) {
                if (result.ok) {
                    refresh(section, result.body.id, AJS.I18n.getText('samraad.action.section.added', result.body.title));
                } else {
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    /** One register: the server's page, or the fresh one a save put in its place. */
    function enhanceSection(section) {
        section.querySelectorAll('button.samraad-action-history-toggle').forEach(enhanceHistory);
        section.querySelectorAll('button.samraad-action-change-toggle').forEach(enhanceDetails);
        if (section.hasAttribute('data-list-path')) {
            enhanceList(section);
        }
        if (section.getAttribute('data-editable') === 'true') {
            section.querySelectorAll('form.samraad-action-add').forEach(enhanceAdd);
        }
        section.querySelectorAll('a.samraad-actions-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        section.querySelectorAll('button.samraad-action-progress-toggle').forEach(function (toggle) {
            enhanceProgress(toggle, section);
        });
        if (window.Samraad.pickers) {
            section.querySelectorAll('form.samraad-action-add input.samraad-user-picker').forEach(window.Samraad.pickers.user);
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-actions').forEach(enhanceSection);
    });
}());
