/*
 * Samråd action register (samraad-actions): the CSV link gets the context path; space editors change an action's
 * status, progress and due date in place and add actions; everyone pages through the register (GET /actions with
 * the macro's filters) and opens an action's history on demand. The macro's HTML is complete without this script
 * (the first page and the CSV); a change goes through PUT /rest/samraad/1.0/actions/{id} with the version the page
 * was rendered with (so a change made by someone else since then is a 409, never overwritten), and the page
 * reloads after a save so totals and filters hold. Text from the server is only ever set as textContent.
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

    var HISTORY_FIELDS = {
        created: AJS.I18n.getText('samraad.action.history.created'),
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
                    var change = entry.field === 'created' ? field + ': ' + (entry.newValue || '')
                        : field + ': ' + (entry.oldValue === null ? '–' : entry.oldValue) + ' → '
                            + (entry.newValue === null ? '–' : entry.newValue);
                    var item = element('li', null);
                    item.appendChild(element('time', null, String(entry.changedAt).substring(0, 10)))
                        .setAttribute('datetime', entry.changedAt);
                    item.appendChild(document.createTextNode(' ' + (entry.changedBy || '') + ' – ' + change));
                    list.appendChild(item);
                });
                region.appendChild(list);
                region.focus();
            });
        });
    }

    /**
     * One row of a later page, built from the REST list, with its history button; the editors' change forms stay on
     * the first page (the server renders those), so the change column is empty here. An open action nobody can be
     * mailed about is flagged in words where the server's page flags it (with the owner, else under the title); the
     * list names such actions only to space editors and the council's insiders, so readers never see the flag.
     */
    function row(action, columns, section, unreached) {
        var rowId = section.id + '-action-' + action.id;
        var tr = element('tr', 'samraad-action' + (action.overdue ? ' samraad-action-overdue' : '')
                + (unreached ? ' samraad-action-unreached' : ''));
        tr.setAttribute('data-action-id', action.id);
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
            var due = element('td', 'samraad-action-due',
                action.dueDate || AJS.I18n.getText('samraad.action.macro.no-due-date'));
            if (action.overdue) {
                due.appendChild(document.createTextNode(' '));
                due.appendChild(element('strong', 'samraad-overdue-label', AJS.I18n.getText('samraad.action.field.overdue')));
            }
            tr.appendChild(due);
        }
        if (columns.indexOf('status') >= 0) {
            tr.appendChild(element('td', 'samraad-action-status', STATUS_TEXT[action.status] || action.status));
        }
        if (columns.indexOf('percentDone') >= 0) {
            tr.appendChild(element('td', 'samraad-number samraad-action-percent', action.percentDone + '\u00a0%'));
        }
        var more = element('td', 'samraad-action-more');
        var button = element('button', 'samraad-action-history-toggle', AJS.I18n.getText('samraad.action.macro.history'));
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', rowId + '-history');
        button.setAttribute('aria-describedby', rowId + '-title');
        var region = element('div', 'samraad-action-history');
        region.id = rowId + '-history';
        region.hidden = true;
        region.tabIndex = -1;
        region.setAttribute('aria-live', 'polite');
        more.appendChild(button);
        more.appendChild(region);
        tr.appendChild(more);
        if (section.getAttribute('data-editable') === 'true') {
            tr.appendChild(element('td', 'samraad-action-change'));
        }
        enhanceHistory(button);
        return tr;
    }

    /** "No one can be reached for this action", as the server's page says it. */
    function unreachedLabel() {
        return element('strong', 'samraad-unreached-label', AJS.I18n.getText('samraad.action.field.unreached'));
    }

    /** Previous / next page over GET /actions with the macro's filters; the first page is the server's own HTML. */
    function enhancePaging(section) {
        var nav = section.querySelector('.samraad-actions-paging');
        var table = section.querySelector('table.samraad-actions-table');
        if (!nav || !table) {
            return;
        }
        var body = table.tBodies[0];
        var firstPage = Array.prototype.slice.call(body.rows);
        var size = Number(section.getAttribute('data-page-size'));
        var total = Number(section.getAttribute('data-total'));
        var columns = section.getAttribute('data-columns').split(',');
        var shown = section.querySelector('.samraad-actions-shown');
        var live = section.querySelector('.samraad-actions-status');
        var previous = nav.querySelector('.samraad-actions-previous');
        var next = nav.querySelector('.samraad-actions-next');
        var page = 0;
        nav.hidden = false;

        function show(rows) {
            while (body.firstChild) {
                body.removeChild(body.firstChild);
            }
            rows.forEach(function (tr) { body.appendChild(tr); });
            var from = page * size + 1;
            var to = page * size + rows.length;
            shown.textContent = AJS.I18n.getText('samraad.action.macro.page-shown', from, to, total);
            live.textContent = shown.textContent;
            previous.disabled = page === 0;
            next.disabled = to >= total;
        }

        function go(target) {
            if (target === 0) {
                page = 0;
                show(firstPage);
                return;
            }
            previous.disabled = true;
            next.disabled = true;
            window.Samraad.request('GET', section.getAttribute('data-list-path').replace('/rest/samraad/1.0', '')
                    + '&limit=' + size + '&offset=' + target * size).then(function (result) {
                if (!result.ok) {
                    live.textContent = window.Samraad.failureMessage(result);
                    previous.disabled = page === 0;
                    next.disabled = false;
                    return;
                }
                page = target;
                total = result.body.total;
                var unreached = result.body.unreached || [];
                show((result.body.items || []).map(function (action) {
                    return row(action, columns, section, unreached.indexOf(action.id) >= 0);
                }));
            });
        }

        previous.addEventListener('click', function () { go(page - 1); });
        next.addEventListener('click', function () { go(page + 1); });
    }

    /** Every organisation the editor can see: the service accepts exactly those. */
    function organisationOptions(form) {
        var select = form.elements.organisationId;
        window.Samraad.request('GET', '/organisations?limit=500')
            .then(function (result) {
                if (!result.ok) {
                    return;
                }
                (result.body.items || []).forEach(function (organisation) {
                    var option = element('option', null, organisation.name);
                    option.value = organisation.id;
                    select.appendChild(option);
                });
            });
    }

    /** "Add action" for editors: POST /actions; the owner is a member picked by name, a user picked, or a name. */
    function enhanceAdd(form) {
        var section = form.closest('.samraad-actions');
        var live = section.querySelector('.samraad-actions-status');
        var button = form.querySelector('button[type="submit"]');
        form.hidden = false;
        organisationOptions(form);
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
                    live.textContent = AJS.I18n.getText('samraad.action.macro.added');
                    window.location.reload();
                } else {
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('.samraad-actions button.samraad-action-history-toggle').forEach(enhanceHistory);
        document.querySelectorAll('.samraad-actions[data-list-path]').forEach(enhancePaging);
        document.querySelectorAll('.samraad-actions[data-editable="true"] form.samraad-action-add').forEach(enhanceAdd);
        document.querySelectorAll('a.samraad-actions-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        document.querySelectorAll('.samraad-actions[data-editable="true"] form.samraad-action-form')
                .forEach(enhance);
    });
}());
