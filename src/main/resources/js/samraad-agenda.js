/*
 * Samråd agenda (samraad-agenda): space editors add, change and delete agenda items, reorder them by drag and drop
 * or with the move buttons (announced in a live region), and add action items from an item. The macro's HTML is
 * complete without this script. Every change goes through the REST API; an item is edited with the version read
 * when its form opened, so a change someone else saved in between is a 409 whose message is shown while the
 * user's text stays in the form. After a save the page reloads, so numbers, times and attachments are the server's.
 */
(function () {
    'use strict';

    var TEXTS = ['casePresentation', 'recommendation', 'decision', 'dissent', 'easyRead'];

    function samraad() {
        return window.Samraad;
    }

    function listItems(section) {
        return Array.prototype.slice.call(section.querySelectorAll('ol.samraad-agenda-items > li[data-item-id]'));
    }

    function orNull(value) {
        var text = value.trim();
        return text === '' ? null : text;
    }

    // --- attachments in the item form

    function attachmentRows(form) {
        return Array.prototype.slice.call(form.querySelectorAll('.samraad-agenda-form-attachment'));
    }

    /** Names follow the server's field names (attachments[0].title …), so its field errors land beside the input. */
    function renameAttachmentRows(form) {
        attachmentRows(form).forEach(function (row, index) {
            row.querySelectorAll('[data-name]').forEach(function (input) {
                input.name = 'attachments[' + index + '].' + input.getAttribute('data-name');
            });
        });
    }

    function addAttachmentRow(form, attachment) {
        var template = form.querySelector('template.samraad-agenda-attachment-template');
        var row = template.content.firstElementChild.cloneNode(true);
        var prefix = form.id + '-att-' + (form.attachmentCounter = (form.attachmentCounter || 0) + 1);
        row.querySelectorAll('[data-name]').forEach(function (input) {
            var name = input.getAttribute('data-name');
            input.id = prefix + '-' + name;
            row.querySelector('label[data-for="' + name + '"]').setAttribute('for', input.id);
            row.querySelector('[data-error="' + name + '"]').id = input.id + '-error';
        });
        var file = row.querySelector('[data-name="attachmentId"]');
        samraad().pickers.fillAttachments(file, form.samraadAttachments, attachment && attachment.attachmentId);
        if (attachment && attachment.attachmentId && file.value !== String(attachment.attachmentId)) {
            // an attachment no longer on this page (or not yet listed) keeps its reference
            var kept = document.createElement('option');
            kept.value = String(attachment.attachmentId);
            kept.textContent = attachment.title || String(attachment.attachmentId);
            file.appendChild(kept);
            file.value = kept.value;
        }
        // picking a file names the attachment after it unless a title was written
        file.addEventListener('change', function () {
            var titleInput = row.querySelector('[data-name="title"]');
            var option = file.options[file.selectedIndex];
            if (file.value !== '' && titleInput.value.trim() === '') {
                titleInput.value = option.textContent;
            }
        });
        if (attachment) {
            row.querySelector('[data-name="title"]').value = attachment.title || '';
            row.querySelector('[data-name="url"]').value = attachment.url || '';
            row.querySelector('[data-name="closed"]').checked = !!attachment.closed;
            row.querySelector('[data-name="documentNumber"]').value = attachment.documentNumber || '';
        }
        row.querySelector('.samraad-agenda-attachment-remove').addEventListener('click', function () {
            row.parentNode.removeChild(row);
            renameAttachmentRows(form);
            form.querySelector('.samraad-agenda-attachment-add').focus();
        });
        form.querySelector('.samraad-agenda-form-attachment-list').appendChild(row);
        renameAttachmentRows(form);
        return row;
    }

    function attachmentsOf(form) {
        return attachmentRows(form).map(function (row) {
            var id = row.querySelector('[data-name="attachmentId"]').value.trim();
            return {
                title: orNull(row.querySelector('[data-name="title"]').value),
                url: orNull(row.querySelector('[data-name="url"]').value),
                attachmentId: /^\d{1,15}$/.test(id) ? Number(id) : null,
                closed: row.querySelector('[data-name="closed"]').checked,
                documentNumber: orNull(row.querySelector('[data-name="documentNumber"]').value)
            };
        });
    }

    // --- the page's attachments: picked from a list, or uploaded to the page from the form

    /** The attachments of the page being viewed, read once per form opening; [] when there is no page. */
    function loadAttachments(form) {
        var pageId = samraad().pickers.currentPageId();
        if (!pageId) {
            form.samraadAttachments = [];
            return Promise.resolve([]);
        }
        return samraad().pickers.attachments(pageId).then(function (list) {
            form.samraadAttachments = list || [];
            return form.samraadAttachments;
        });
    }

    /** Uploads the chosen file to the page, then adds it as a new attachment row, picked and titled. */
    function enhanceUpload(form) {
        var pageId = samraad().pickers.currentPageId();
        var box = form.querySelector('.samraad-agenda-upload');
        if (!pageId || !box) {
            return;
        }
        box.hidden = false;
        var file = box.querySelector('input[type="file"]');
        var status = box.querySelector('.samraad-agenda-upload-status');
        var button = box.querySelector('.samraad-agenda-upload-button');
        button.addEventListener('click', function () {
            if (!file.files.length) {
                status.textContent = AJS.I18n.getText('samraad.agenda.form.upload.choose');
                file.focus();
                return;
            }
            button.disabled = true;
            status.textContent = AJS.I18n.getText('samraad.agenda.form.upload.uploading');
            samraad().pickers.upload(pageId, file.files[0]).then(function (result) {
                button.disabled = false;
                if (!result.ok || !result.attachment) {
                    status.textContent = result.message;
                    return;
                }
                form.samraadAttachments = (form.samraadAttachments || []).concat([result.attachment]);
                attachmentRows(form).forEach(function (row) {
                    var select = row.querySelector('[data-name="attachmentId"]');
                    var chosen = select.value;
                    samraad().pickers.fillAttachments(select, form.samraadAttachments, chosen);
                });
                var id = String(result.attachment.id).replace(/^att/, '');
                var row = addAttachmentRow(form, {title: result.attachment.title, attachmentId: id});
                file.value = '';
                status.textContent = AJS.I18n.getText('samraad.agenda.form.upload.done', result.attachment.title);
                row.querySelector('[data-name="attachmentId"]').focus();
            });
        });
    }

    // --- the item form

    function fill(form, item) {
        var e = form.elements;
        samraad().clearErrors(form);
        e.id.value = item ? item.id : '';
        e.version.value = item ? item.version : '';
        e.title.value = item ? item.title : '';
        e.kind.value = item ? item.kind : 'INFORMATION';
        e.standingKind.value = item && item.standingKind ? item.standingKind : '';
        // not edited here, but PUT replaces every field: the hearing the item discusses is sent back unchanged
        e.hearingId.value = item && item.hearingId ? item.hearingId : '';
        samraad().pickers.showPerson(form, 'presenter', councilOf(form), item
            ? {userKey: item.presenterUserKey, name: item.presenterName, displayName: item.presenterName} : null);
        e.durationMinutes.value = item ? item.durationMinutes : 0;
        e.closed.checked = !!(item && item.closed);
        e.caseNumber.value = item && item.caseNumber ? item.caseNumber : '';
        TEXTS.forEach(function (name) {
            e[name].value = item && item[name] ? item[name] : '';
        });
        form.querySelector('.samraad-agenda-presenter-current').textContent = item && item.presenterName
            ? AJS.I18n.getText('samraad.agenda.form.current-presenter', item.presenterName) : '';
        fillDissenters(form, ((item && item.dissenters) || []).map(function (d) { return String(d.memberId); }));
        form.querySelector('.samraad-agenda-form-attachment-list').textContent = '';
        ((item && item.attachments) || []).forEach(function (attachment) {
            addAttachmentRow(form, attachment);
        });
        var heading = form.querySelector('h3');
        heading.textContent = heading.getAttribute(item ? 'data-edit' : 'data-add');
    }

    /**
     * Dissenters are picked from the council's member list (named for this editor by the member list's rule).
     * Until the list has loaded the select is marked so, and the save keeps the stored dissenters.
     */
    function fillDissenters(form, chosen) {
        form.elements.dissenterIds.textContent = '';
        samraad().pickers.fillMembers(form.elements.dissenterIds, councilOf(form), chosen);
    }

    function councilOf(form) {
        return form.closest('section.samraad-agenda').getAttribute('data-council-id');
    }

    function dissenterIds(form) {
        var select = form.elements.dissenterIds;
        if (select.getAttribute('data-loaded') !== 'true') {
            return null;
        }
        return Array.prototype.filter.call(select.options, function (o) { return o.selected; })
            .map(function (o) { return Number(o.value); });
    }

    function clientError(form, field, message) {
        samraad().showErrors(form, {status: 400, body: {message: AJS.I18n.getText('samraad.error.invalid-input'),
            errors: [{field: field, message: message}]}});
    }

    function payload(form, presenter) {
        var e = form.elements;
        var body = {
            title: e.title.value,
            kind: e.kind.value,
            standingKind: orNull(e.standingKind.value),
            presenterUserKey: presenter.userKey,
            presenterName: presenter.name,
            durationMinutes: e.durationMinutes.value.trim() === '' ? null : Number(e.durationMinutes.value.trim()),
            closed: e.closed.checked,
            caseNumber: orNull(e.caseNumber.value),
            hearingId: e.hearingId.value === '' ? null : Number(e.hearingId.value),
            attachments: attachmentsOf(form),
            dissenterIds: dissenterIds(form)
        };
        TEXTS.forEach(function (name) {
            body[name] = orNull(e[name].value);
        });
        if (e.version.value !== '') {
            body.version = Number(e.version.value);
        }
        return body;
    }

    function showFailure(form, result) {
        samraad().showErrors(form, result);
        if (result.status === 409) {
            var status = form.querySelector('.samraad-form-status');
            status.textContent += ' ' + AJS.I18n.getText('samraad.agenda.form.kept');
        }
    }

    function enhanceItemForm(section, form) {
        var meetingId = section.getAttribute('data-meeting-id');
        var live = section.querySelector('.samraad-agenda-status');
        var home = form.parentNode;
        var next = form.nextSibling;
        var opener = null;

        function close() {
            form.hidden = true;
            if (form.parentNode.draggable !== undefined && form.parentNode.matches('li[data-item-id]')) {
                form.parentNode.draggable = true;
            }
            home.insertBefore(form, next);
            if (opener) {
                opener.focus();
            }
        }

        function open(item, button, place) {
            opener = button;
            loadAttachments(form).then(function () {
                showForm(item, place);
            });
        }

        function showForm(item, place) {
            fill(form, item);
            if (place) {
                // text in the form must be selectable, which a draggable ancestor prevents
                place.draggable = false;
                place.appendChild(form);
            } else {
                home.insertBefore(form, next);
            }
            form.hidden = false;
            form.querySelector('h3').focus();
        }

        form.querySelector('.samraad-agenda-attachment-add').addEventListener('click', function () {
            addAttachmentRow(form).querySelector('[data-name="title"]').focus();
        });
        enhanceUpload(form);
        form.querySelector('.samraad-agenda-cancel').addEventListener('click', close);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('button[type="submit"]');
            var duration = form.elements.durationMinutes.value.trim();
            if (duration !== '' && !/^\d{1,3}$/.test(duration)) {
                clientError(form, 'durationMinutes', AJS.I18n.getText('samraad.agenda.error.duration', 600));
                return;
            }
            save.disabled = true;
            samraad().clearErrors(form);
            live.textContent = AJS.I18n.getText('samraad.agenda.saving');
            samraad().pickers.chosenPerson(form, 'presenter', councilOf(form)).then(function (presenter) {
                if (presenter.error) {
                    save.disabled = false;
                    live.textContent = '';
                    clientError(form, presenter.error.field, presenter.error.message);
                    return;
                }
                var id = form.elements.id.value;
                var request = id === ''
                    ? samraad().request('POST', '/meetings/' + encodeURIComponent(meetingId) + '/agenda', payload(form, presenter))
                    : samraad().request('PUT', '/agenda-items/' + encodeURIComponent(id), payload(form, presenter));
                request.then(function (result) {
                    if (result.ok) {
                        live.textContent = AJS.I18n.getText('samraad.agenda.saved');
                        window.location.reload();
                    } else {
                        live.textContent = '';
                        save.disabled = false;
                        showFailure(form, result);
                    }
                });
            });
        });

        var add = section.querySelector('.samraad-agenda-add');
        add.hidden = false;
        add.addEventListener('click', function () {
            open(null, add, null);
        });
        section.querySelectorAll('.samraad-agenda-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                var li = button.closest('li[data-item-id]');
                samraad().request('GET', '/meetings/' + encodeURIComponent(meetingId) + '/agenda').then(function (result) {
                    var item = result.ok ? result.body.items.filter(function (candidate) {
                        return String(candidate.id) === li.getAttribute('data-item-id');
                    })[0] : null;
                    if (!item) {
                        live.textContent = samraad().failureMessage(result);
                        return;
                    }
                    open(item, button, li);
                });
            });
        });
    }

    // --- delete

    function enhanceDelete(section) {
        var live = section.querySelector('.samraad-agenda-status');
        section.querySelectorAll('.samraad-agenda-delete').forEach(function (button) {
            button.addEventListener('click', function () {
                var li = button.closest('li[data-item-id]');
                if (!window.confirm(AJS.I18n.getText('samraad.agenda.confirm-delete', button.getAttribute('data-title')))) {
                    return;
                }
                samraad().request('DELETE', '/agenda-items/' + encodeURIComponent(li.getAttribute('data-item-id')))
                    .then(function (result) {
                        if (result.ok) {
                            window.location.reload();
                        } else {
                            live.textContent = samraad().failureMessage(result);
                            button.focus();
                        }
                    });
            });
        });
    }

    // --- order: move buttons and drag and drop, both saved through PUT …/agenda/order

    function showOrder(section, items) {
        items.forEach(function (item) {
            var li = section.querySelector('li[data-item-id="' + item.id + '"]');
            if (!li) {
                return;
            }
            li.setAttribute('data-version', item.version);
            li.querySelector('.samraad-agenda-number').textContent = item.number + '.';
            var time = li.querySelector('time');
            if (time && item.startsAt) {
                time.setAttribute('datetime', item.startsAt);
                time.textContent = item.startsAt.substring(11, 16);
            }
        });
    }

    function enhanceOrder(section) {
        var meetingId = section.getAttribute('data-meeting-id');
        var live = section.querySelector('.samraad-agenda-status');
        var list = section.querySelector('ol.samraad-agenda-items');
        var busy = false;

        /** Saves the order shown; on failure puts the list back as it was and says why. */
        function save(before, moved, focus) {
            busy = true;
            var ids = listItems(section).map(function (li) {
                return Number(li.getAttribute('data-item-id'));
            });
            return samraad().request('PUT', '/meetings/' + encodeURIComponent(meetingId) + '/agenda/order',
                {itemIds: ids}).then(function (result) {
                    busy = false;
                    if (result.ok) {
                        showOrder(section, result.body.items);
                        live.textContent = AJS.I18n.getText('samraad.agenda.moved',
                            listItems(section).indexOf(moved) + 1, ids.length);
                    } else {
                        before.forEach(function (li) {
                            list.appendChild(li);
                        });
                        live.textContent = AJS.I18n.getText('samraad.agenda.move-failed') + ' '
                            + samraad().failureMessage(result);
                    }
                    if (focus) {
                        focus.focus();
                    }
                });
        }

        function move(li, up, button) {
            var other = up ? li.previousElementSibling : li.nextElementSibling;
            if (busy || !other) {
                live.textContent = AJS.I18n.getText('samraad.agenda.moved', listItems(section).indexOf(li) + 1,
                    listItems(section).length);
                return;
            }
            var before = listItems(section);
            list.insertBefore(li, up ? other : other.nextElementSibling);
            save(before, li, button);
        }

        section.querySelectorAll('.samraad-agenda-move-up, .samraad-agenda-move-down').forEach(function (button) {
            button.addEventListener('click', function () {
                move(button.closest('li[data-item-id]'), button.classList.contains('samraad-agenda-move-up'), button);
            });
        });

        var dragged = null;
        listItems(section).forEach(function (li) {
            li.draggable = true;
            li.addEventListener('dragstart', function (event) {
                dragged = li;
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', li.getAttribute('data-item-id'));
                li.classList.add('samraad-agenda-dragging');
            });
            li.addEventListener('dragend', function () {
                li.classList.remove('samraad-agenda-dragging');
            });
            li.addEventListener('dragover', function (event) {
                if (dragged && dragged !== li) {
                    event.preventDefault();
                }
            });
            li.addEventListener('drop', function (event) {
                event.preventDefault();
                if (busy || !dragged || dragged === li) {
                    return;
                }
                var before = listItems(section);
                var box = li.getBoundingClientRect();
                var after = event.clientY > box.top + box.height / 2;
                list.insertBefore(dragged, after ? li.nextElementSibling : li);
                var moved = dragged;
                dragged = null;
                save(before, moved, null);
            });
        });
    }

    // --- add an action item from an agenda item (POST /actions with the item as origin)

    function enhanceActionForm(section, form) {
        var councilId = Number(section.getAttribute('data-council-id'));
        var meetingId = Number(section.getAttribute('data-meeting-id'));
        var live = section.querySelector('.samraad-agenda-status');
        var home = form.parentNode;
        var organisations = null;
        var opener = null;

        function loadOrganisations() {
            if (organisations) {
                return organisations;
            }
            organisations = samraad().request('GET', '/organisations?limit=500&spaceKey='
                + encodeURIComponent(section.getAttribute('data-space-key'))).then(function (result) {
                    var select = form.elements.organisationId;
                    ((result.ok && result.body.items) || []).forEach(function (organisation) {
                        var option = document.createElement('option');
                        option.value = organisation.id;
                        option.textContent = organisation.name;
                        select.appendChild(option);
                    });
                });
            return organisations;
        }

        form.querySelector('.samraad-agenda-cancel').addEventListener('click', function () {
            form.hidden = true;
            home.appendChild(form);
            if (opener) {
                opener.focus();
            }
        });
        section.querySelectorAll('.samraad-agenda-add-action').forEach(function (button) {
            button.addEventListener('click', function () {
                var li = button.closest('li[data-item-id]');
                opener = button;
                samraad().clearErrors(form);
                form.reset();
                form.elements.agendaItemId.value = li.getAttribute('data-item-id');
                var itemTitle = li.querySelector('.samraad-agenda-title').textContent;
                form.querySelector('.samraad-agenda-action-item').textContent =
                    AJS.I18n.getText('samraad.agenda.action-form.for-item', itemTitle);
                loadOrganisations();
                samraad().pickers.showPerson(form, 'owner', councilId, null);
                li.appendChild(form);
                form.hidden = false;
                form.querySelector('h3').focus();
            });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var e = form.elements;
            var save = form.querySelector('button[type="submit"]');
            save.disabled = true;
            samraad().clearErrors(form);
            samraad().pickers.chosenPerson(form, 'owner', councilId).then(function (owner) {
                if (owner.error) {
                    save.disabled = false;
                    clientError(form, owner.error.field, owner.error.message);
                    return;
                }
                samraad().request('POST', '/actions', {
                    councilId: councilId,
                    meetingId: meetingId,
                    agendaItemId: Number(e.agendaItemId.value),
                    title: e.title.value,
                    ownerUserKey: owner.userKey,
                    ownerName: owner.name,
                    ownerMemberId: owner.memberId,
                    organisationId: e.organisationId.value === '' ? null : Number(e.organisationId.value),
                    dueDate: orNull(e.dueDate.value)
                }).then(function (result) {
                    if (result.ok) {
                        live.textContent = AJS.I18n.getText('samraad.agenda.saved');
                        window.location.reload();
                    } else {
                        save.disabled = false;
                        samraad().showErrors(form, result);
                    }
                });
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-agenda[data-editable="true"]').forEach(function (section) {
            section.querySelectorAll('.samraad-agenda-item-tools').forEach(function (tools) {
                tools.hidden = false;
            });
            enhanceItemForm(section, section.querySelector('form.samraad-agenda-form'));
            enhanceDelete(section);
            enhanceOrder(section);
            enhanceActionForm(section, section.querySelector('form.samraad-agenda-action-form'));
        });
    });
}());
