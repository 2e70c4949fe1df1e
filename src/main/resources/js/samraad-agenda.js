/*
 * Samråd agenda (samraad-agenda): the agenda reads first; space editors open editing on request ("Edit agenda",
 * then each item's "Change"), add, change and delete items (with a confirmation and an undo), reorder them by drag
 * and drop or with the move buttons, and add action items from an item. The macro's HTML is complete without this
 * script. Every change goes through the REST API; an item is edited with the version read when its form opened, so
 * a change someone else saved in between is a 409 whose message is shown while the user's text stays in the form.
 * After a change the section is rendered again by the server (GET /meetings/{id}/agenda/view, the macro's own
 * view) and swapped in place, so numbers, times and attachments are the server's; focus goes to what changed and
 * the result is said in the page's live region (Samraad.announce). Every reader gets the easy-read version in place.
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

    function itemOf(section, id) {
        return section.querySelector('ol.samraad-agenda-items > li[data-item-id="' + id + '"]');
    }

    function headingOf(li) {
        return li ? li.querySelector('h3') : null;
    }

    function titleOf(li) {
        var title = li && li.querySelector('.samraad-agenda-title');
        return title ? title.textContent : '';
    }

    /**
     * The section as the server renders it now, in place of this one, with "Edit agenda" as it was; then(fresh)
     * moves focus and says what happened. A failed fetch keeps the section and says so.
     */
    function refresh(section, view, back, then) {
        var editing = section.getAttribute('data-editing') === 'true';
        var path = '/meetings/' + encodeURIComponent(section.getAttribute('data-meeting-id'))
            + '/agenda/view?view=' + encodeURIComponent(view || section.getAttribute('data-view'))
            + (back ? '&back=' + encodeURIComponent(back) : '');
        samraad().sectionHtml(path).then(function (html) {
            if (!html) {
                samraad().announce(AJS.I18n.getText('samraad.error.unexpected'));
                return;
            }
            var fresh = samraad().swap(section, html, function (element) {
                enhance(element, editing);
            });
            then(fresh);
        });
    }

    function auiButton(className, text) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button ' + className;
        button.textContent = text;
        return button;
    }

    /** Esc closes a form (or a confirmation) as its Cancel does, unless a picker inside used it to close its list. */
    function closeOnEscape(element, close) {
        element.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !event.defaultPrevented) {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });
    }

    function enhanceItemForm(section, form) {
        var meetingId = section.getAttribute('data-meeting-id');
        var toolbar = section.querySelector('.samraad-agenda-toolbar');
        var opener = null;

        function close() {
            form.hidden = true;
            if (form.parentNode.draggable !== undefined && form.parentNode.matches('li[data-item-id]')) {
                form.parentNode.draggable = true;
            }
            toolbar.parentNode.insertBefore(form, toolbar.nextSibling);
            if (opener) {
                opener.setAttribute('aria-expanded', 'false');
                opener.focus();
            }
        }

        function open(item, button, place) {
            if (opener && opener !== button) {
                opener.setAttribute('aria-expanded', 'false');
            }
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
                toolbar.parentNode.insertBefore(form, toolbar.nextSibling);
            }
            form.hidden = false;
            opener.setAttribute('aria-expanded', 'true');
            form.querySelector('h3').focus();
        }

        form.querySelector('.samraad-agenda-attachment-add').addEventListener('click', function () {
            addAttachmentRow(form).querySelector('[data-name="title"]').focus();
        });
        enhanceUpload(form);
        form.querySelector('.samraad-agenda-cancel').addEventListener('click', close);
        closeOnEscape(form, close);
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
            samraad().pickers.chosenPerson(form, 'presenter', councilOf(form)).then(function (presenter) {
                if (presenter.error) {
                    save.disabled = false;
                    clientError(form, presenter.error.field, presenter.error.message);
                    return;
                }
                var id = form.elements.id.value;
                var request = id === ''
                    ? samraad().request('POST', '/meetings/' + encodeURIComponent(meetingId) + '/agenda', payload(form, presenter))
                    : samraad().request('PUT', '/agenda-items/' + encodeURIComponent(id), payload(form, presenter));
                request.then(function (result) {
                    if (!result.ok) {
                        save.disabled = false;
                        showFailure(form, result);
                        return;
                    }
                    refresh(section, null, null, function (fresh) {
                        samraad().focusOn(headingOf(itemOf(fresh, result.body.id)));
                        samraad().announce(id === '' ? AJS.I18n.getText('samraad.agenda.item-added', result.body.title)
                            : AJS.I18n.getText('samraad.agenda.item-saved', result.body.title));
                    });
                });
            });
        });

        var add = section.querySelector('.samraad-agenda-add');
        add.setAttribute('aria-expanded', 'false');
        add.addEventListener('click', function () {
            if (!form.hidden && opener === add) {
                close();
                return;
            }
            open(null, add, null);
        });
        section.querySelectorAll('.samraad-agenda-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                if (!form.hidden && opener === button) {
                    close();
                    return;
                }
                var li = button.closest('li[data-item-id]');
                samraad().request('GET', '/meetings/' + encodeURIComponent(meetingId) + '/agenda').then(function (result) {
                    var item = result.ok ? result.body.items.filter(function (candidate) {
                        return String(candidate.id) === li.getAttribute('data-item-id');
                    })[0] : null;
                    if (!item) {
                        samraad().announce(samraad().failureMessage(result));
                        return;
                    }
                    open(item, button, li);
                });
            });
        });
    }

    // --- delete, with a confirmation in the item and an undo after it

    /** What POST …/agenda needs to put a deleted item back as it was (its actions keep only their meeting). */
    function restorable(item) {
        var body = {
            title: item.title,
            kind: item.kind,
            standingKind: item.standingKind || null,
            presenterUserKey: item.presenterUserKey || null,
            presenterName: item.presenterUserKey ? null : (item.presenterName || null),
            durationMinutes: item.durationMinutes,
            closed: !!item.closed,
            caseNumber: item.caseNumber || null,
            hearingId: item.hearingId || null,
            // a closed attachment this editor may not see stays out: it cannot be written back unseen
            attachments: (item.attachments || []).filter(function (a) { return !a.restricted; }).map(function (a) {
                return {title: a.title, url: a.url || null, attachmentId: a.attachmentId || null, closed: !!a.closed,
                    documentNumber: a.documentNumber || null};
            }),
            dissenterIds: (item.dissenters || []).map(function (d) { return d.memberId; })
        };
        TEXTS.forEach(function (name) {
            body[name] = item[name] || null;
        });
        return body;
    }

    function offerUndo(section, item, position) {
        var meetingId = section.getAttribute('data-meeting-id');
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-success samraad-agenda-undo';
        var text = document.createElement('p');
        text.textContent = AJS.I18n.getText('samraad.agenda.deleted', item.title) + ' ';
        var undo = auiButton('aui-button-link samraad-agenda-undo-button', AJS.I18n.getText('samraad.agenda.undo'));
        text.appendChild(undo);
        message.appendChild(text);
        var list = section.querySelector('ol.samraad-agenda-items');
        list.parentNode.insertBefore(message, list);
        undo.addEventListener('click', function () {
            undo.disabled = true;
            samraad().request('POST', '/meetings/' + encodeURIComponent(meetingId) + '/agenda', restorable(item))
                .then(function (created) {
                    if (!created.ok) {
                        undo.disabled = false;
                        samraad().announce(samraad().failureMessage(created));
                        return null;
                    }
                    // back in its old place (never below "any other business": the server added it before)
                    var ids = listItems(section).map(function (li) { return Number(li.getAttribute('data-item-id')); });
                    var at = Math.min(position, ids.length);
                    ids.splice(at, 0, created.body.id);
                    return samraad().request('PUT', '/meetings/' + encodeURIComponent(meetingId) + '/agenda/order',
                        {itemIds: ids}).then(function () {
                            refresh(section, null, null, function (fresh) {
                                samraad().focusOn(headingOf(itemOf(fresh, created.body.id)));
                                samraad().announce(AJS.I18n.getText('samraad.agenda.restored', item.title));
                            });
                        });
                });
        });
        return text;
    }

    function enhanceDelete(section) {
        var meetingId = section.getAttribute('data-meeting-id');
        section.querySelectorAll('.samraad-agenda-delete').forEach(function (button) {
            button.addEventListener('click', function () {
                var li = button.closest('li[data-item-id]');
                if (li.querySelector('.samraad-agenda-delete-confirm')) {
                    li.querySelector('.samraad-agenda-delete-confirm p').focus();
                    return;
                }
                var confirm = document.createElement('div');
                confirm.className = 'aui-message aui-message-warning samraad-agenda-delete-confirm';
                var question = document.createElement('p');
                question.tabIndex = -1;
                question.textContent = AJS.I18n.getText('samraad.agenda.confirm-delete', button.getAttribute('data-title'));
                var yes = auiButton('aui-button-danger samraad-agenda-delete-yes',
                    AJS.I18n.getText('samraad.agenda.delete'));
                var keep = auiButton('aui-button-link samraad-agenda-delete-keep',
                    AJS.I18n.getText('samraad.agenda.delete.keep'));
                confirm.appendChild(question);
                confirm.appendChild(yes);
                confirm.appendChild(keep);
                button.parentNode.parentNode.insertBefore(confirm, button.parentNode.nextSibling);
                function close() {
                    confirm.parentNode.removeChild(confirm);
                    button.focus();
                }
                closeOnEscape(confirm, close);
                keep.addEventListener('click', close);
                yes.addEventListener('click', function () {
                    yes.disabled = true;
                    var position = listItems(section).indexOf(li);
                    var id = li.getAttribute('data-item-id');
                    samraad().request('GET', '/meetings/' + encodeURIComponent(meetingId) + '/agenda').then(function (read) {
                        var item = read.ok ? read.body.items.filter(function (candidate) {
                            return String(candidate.id) === id;
                        })[0] : null;
                        return samraad().request('DELETE', '/agenda-items/' + encodeURIComponent(id)).then(function (result) {
                            if (!result.ok) {
                                yes.disabled = false;
                                samraad().announce(samraad().failureMessage(result));
                                return;
                            }
                            refresh(section, null, null, function (fresh) {
                                var title = item ? item.title : button.getAttribute('data-title');
                                samraad().focusOn(item ? offerUndo(fresh, item, position) : fresh.querySelector('h2'));
                                samraad().announce(AJS.I18n.getText('samraad.agenda.deleted', title));
                            });
                        });
                    });
                });
                question.focus();
            });
        });
    }

    // --- order: move buttons and drag and drop, both saved through PUT …/agenda/order

    function enhanceOrder(section) {
        var meetingId = section.getAttribute('data-meeting-id');
        var list = section.querySelector('ol.samraad-agenda-items');
        var busy = false;

        /** Saves the order shown, then shows the server's agenda; on failure the server's (old) order and why. */
        function save(moved, focusClass) {
            busy = true;
            var ids = listItems(section).map(function (li) {
                return Number(li.getAttribute('data-item-id'));
            });
            var id = moved.getAttribute('data-item-id');
            return samraad().request('PUT', '/meetings/' + encodeURIComponent(meetingId) + '/agenda/order',
                {itemIds: ids}).then(function (result) {
                    refresh(section, null, null, function (fresh) {
                        var li = itemOf(fresh, id);
                        samraad().focusOn(li && focusClass ? li.querySelector('.' + focusClass) : headingOf(li));
                        samraad().announce(result.ok
                            ? AJS.I18n.getText('samraad.agenda.moved', ids.indexOf(Number(id)) + 1, ids.length)
                            : AJS.I18n.getText('samraad.agenda.move-failed') + ' ' + samraad().failureMessage(result));
                    });
                });
        }

        function move(li, up, button) {
            if (button.getAttribute('aria-disabled') === 'true') {
                var next = li.nextElementSibling;
                samraad().announce(up && !li.previousElementSibling ? AJS.I18n.getText('samraad.agenda.move.first')
                    : !up && !next ? AJS.I18n.getText('samraad.agenda.moved', listItems(section).indexOf(li) + 1,
                        listItems(section).length)
                    : AJS.I18n.getText('samraad.agenda.error.after-aob'));
                return;
            }
            var other = up ? li.previousElementSibling : li.nextElementSibling;
            if (busy || !other) {
                return;
            }
            list.insertBefore(li, up ? other : other.nextElementSibling);
            save(li, up ? 'samraad-agenda-move-up' : 'samraad-agenda-move-down');
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
                var box = li.getBoundingClientRect();
                var after = event.clientY > box.top + box.height / 2;
                list.insertBefore(dragged, after ? li.nextElementSibling : li);
                var moved = dragged;
                dragged = null;
                save(moved, null);
            });
        });
    }

    // --- add an action item from an agenda item (POST /actions with the item as origin)

    function enhanceActionForm(section, form) {
        var councilId = Number(section.getAttribute('data-council-id'));
        var meetingId = Number(section.getAttribute('data-meeting-id'));
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

        function close() {
            form.hidden = true;
            home.appendChild(form);
            if (opener) {
                opener.setAttribute('aria-expanded', 'false');
                opener.focus();
            }
        }

        form.querySelector('.samraad-agenda-cancel').addEventListener('click', close);
        closeOnEscape(form, close);
        section.querySelectorAll('.samraad-agenda-add-action').forEach(function (button) {
            button.setAttribute('aria-expanded', 'false');
            button.addEventListener('click', function () {
                if (!form.hidden && opener === button) {
                    close();
                    return;
                }
                var li = button.closest('li[data-item-id]');
                if (opener) {
                    opener.setAttribute('aria-expanded', 'false');
                }
                opener = button;
                samraad().clearErrors(form);
                form.reset();
                form.elements.agendaItemId.value = li.getAttribute('data-item-id');
                form.querySelector('.samraad-agenda-action-item').textContent =
                    AJS.I18n.getText('samraad.agenda.action-form.for-item', titleOf(li));
                loadOrganisations();
                samraad().pickers.showPerson(form, 'owner', councilId, null);
                li.appendChild(form);
                form.hidden = false;
                button.setAttribute('aria-expanded', 'true');
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
                var itemId = e.agendaItemId.value;
                samraad().request('POST', '/actions', {
                    councilId: councilId,
                    meetingId: meetingId,
                    agendaItemId: Number(itemId),
                    title: e.title.value,
                    ownerUserKey: owner.userKey,
                    ownerName: owner.name,
                    ownerMemberId: owner.memberId,
                    organisationId: e.organisationId.value === '' ? null : Number(e.organisationId.value),
                    dueDate: orNull(e.dueDate.value)
                }).then(function (result) {
                    if (!result.ok) {
                        save.disabled = false;
                        samraad().showErrors(form, result);
                        return;
                    }
                    refresh(section, null, null, function (fresh) {
                        var li = itemOf(fresh, itemId);
                        samraad().focusOn(li ? li.querySelector('.samraad-agenda-add-action') || headingOf(li) : null);
                        samraad().announce(AJS.I18n.getText('samraad.agenda.action-added', result.body.title));
                    });
                });
            });
        });
    }

    // --- read first: "Edit agenda" shows each item's tools; the easy-read version in place for every reader

    function showTools(section, editing) {
        section.setAttribute('data-editing', editing ? 'true' : 'false');
        section.querySelector('.samraad-agenda-edit-toggle').setAttribute('aria-expanded', editing ? 'true' : 'false');
        section.querySelectorAll('.samraad-agenda-item-tools').forEach(function (tools) {
            tools.hidden = !editing;
        });
    }

    function enhanceEditing(section, editing) {
        section.querySelector('.samraad-agenda-toolbar').hidden = false;
        var toggle = section.querySelector('.samraad-agenda-edit-toggle');
        showTools(section, editing);
        toggle.addEventListener('click', function () {
            showTools(section, section.getAttribute('data-editing') !== 'true');
        });
        enhanceItemForm(section, section.querySelector('form.samraad-agenda-form'));
        enhanceDelete(section);
        enhanceOrder(section);
        enhanceActionForm(section, section.querySelector('form.samraad-agenda-action-form'));
    }

    function enhanceOtherView(section) {
        var link = section.querySelector('.samraad-agenda-other-view-link');
        if (!link) {
            return;
        }
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var target = link.getAttribute('data-view');
            var easyRead = target === 'easy-read';
            refresh(section, target, easyRead ? section.getAttribute('data-view') : null, function (fresh) {
                var heading = fresh.querySelector('h2');
                samraad().focusOn(heading);
                samraad().announce(heading.textContent);
            });
        });
    }

    function enhance(section, editing) {
        enhanceOtherView(section);
        if (section.getAttribute('data-editable') === 'true') {
            enhanceEditing(section, editing);
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-agenda').forEach(function (section) {
            enhance(section, false);
        });
        // an accepted request for an agenda item (samraad-agenda-requests.js) put an item on this agenda
        document.addEventListener('samraad:agenda-changed', function (event) {
            document.querySelectorAll('section.samraad-agenda').forEach(function (section) {
                if (section.getAttribute('data-meeting-id') === String(event.detail.meetingId)) {
                    refresh(section, null, null, function () {});
                }
            });
        });
    });
}());
