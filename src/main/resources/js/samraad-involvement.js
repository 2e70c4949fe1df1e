/*
 * samraad-involvement: the CSV link gets Confluence's context path. In the status view, space editors (the macro
 * renders the forms only for them, only in the live page) add an actor (POST /councils/{id}/involvement/actors),
 * change one in place (filled from GET /involvement/actors/{id}, saved with PUT and the version read: 409 if someone
 * changed it since), delete one (DELETE with the version shown) and set the process (PUT
 * /councils/{id}/involvement/settings with its version). People are chosen by username, resolved to their user key
 * through Confluence's /rest/api/user?username= as the member form does. The forms open on request; after a save
 * the process is fetched again as the macro renders it (GET /councils/{id}/involvement/view) and put in place
 * without reloading, "Saved" is said in the page's live region and the focus goes to the changed actor or the
 * form's button. Server text is only set as textContent.
 */
(function () {
    'use strict';

    function value(form, name) {
        var input = form.elements[name];
        return input && input.value.trim() !== '' ? input.value.trim() : null;
    }

    function checked(form, name) {
        return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
            return box.checked;
        }).map(function (box) { return box.value; });
    }

    function check(form, name, values) {
        var wanted = (values || []).map(String);
        form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
            box.checked = wanted.indexOf(box.value) >= 0;
        });
    }

    /**
     * The process as the server renders it now, in the section's place; then the focus goes to {@code focus} in it
     * (else its heading) and {@code message} is said in the page's live region.
     */
    function refreshSaying(section, message, focus) {
        var path = '/councils/' + encodeURIComponent(section.getAttribute('data-council-id')) + '/involvement/view';
        window.Samraad.refresh(section, path, enhanceSection).then(function (fresh) {
            if (!fresh) {
                window.Samraad.announce(AJS.I18n.getText('samraad.refresh-failed'));
                return;
            }
            window.Samraad.focusOn((focus && fresh.querySelector(focus)) || fresh.querySelector('h2'));
            window.Samraad.announce(message);
        });
    }

    function pickedUser(form, name) {
        var picker = window.Samraad.pickers.user(form.elements[name]);
        return picker.unresolved() ? {unresolved: true} : {key: picker.value() || null};
    }

    function fieldError(form, field, message) {
        window.Samraad.showErrors(form, {body: {message: message, errors: [{field: field, message: message}]}});
    }

    function submitting(form, method, path, body, done) {
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        return window.Samraad.request(method, path, body).then(function (result) {
            if (result.ok) {
                done(result.body);
            } else {
                window.Samraad.showErrors(form, result);
                button.disabled = false;
            }
        });
    }

    /** Every organisation the editor can see, as the plan's staff organisations: the service accepts exactly those. */
    function organisations(form) {
        var select = form.elements.organisationId;
        return window.Samraad.request('GET', '/organisations?limit=500').then(function (result) {
            (result.ok ? result.body.items || [] : []).forEach(function (organisation) {
                var option = document.createElement('option');
                option.value = organisation.id;
                option.textContent = organisation.name;
                select.appendChild(option);
            });
        });
    }

    function enhanceActorForm(section, form, councilId) {
        var heading = document.getElementById(form.getAttribute('aria-labelledby'));
        var save = form.querySelector('button[type="submit"]');
        var cancel = form.querySelector('.samraad-involvement-change-cancel');
        var help = form.querySelector('.samraad-field-help[data-now]');
        var none = form.querySelector('.samraad-involvement-staff-none');
        var loaded = organisations(form);
        var actor = null;
        var open = window.Samraad.addOrChange(section.querySelector('.samraad-involvement-add-toggle'), form, cancel,
            function () {
                window.Samraad.clearErrors(form);
                form.reset();
                window.Samraad.pickers.user(form.elements.staffUser).clear();
                mode(null);
            }, function () {
                return actor !== null;
            });

        function mode(shown) {
            actor = shown;
            heading.textContent = heading.getAttribute(shown ? 'data-change' : 'data-add');
            save.textContent = save.getAttribute(shown ? 'data-change' : 'data-add');
            var staffName = shown && shown.staffUserKey ? (shown.staffName || '') : null;
            help.textContent = staffName === null ? help.getAttribute('data-help')
                : help.getAttribute('data-now').replace('{0}', staffName);
            none.hidden = staffName === null;
            form.elements.staffNone.checked = false;
        }

        form.samraadChange = function (shown, trigger) {
            window.Samraad.clearErrors(form);
            form.reset();
            window.Samraad.pickers.user(form.elements.staffUser).clear();
            loaded.then(function () {
                form.elements.organisationId.value = shown.organisationId == null ? '' : String(shown.organisationId);
            });
            form.elements.name.value = shown.organisationId == null ? (shown.name || '') : '';
            ['status', 'plannedOn', 'heldOn', 'contactEmail', 'contactPhone', 'findings', 'easyRead'].forEach(
                function (name) {
                    form.elements[name].value = shown[name] || '';
                });
            form.elements.contactName.value = shown.contactHidden ? '' : (shown.contactName || '');
            form.elements.contactConsent.checked = !!shown.contactConsent;
            check(form, 'form', shown.forms);
            check(form, 'targetGroup', shown.targetGroupIds);
            check(form, 'dimension', shown.dimensionIds);
            mode(shown);
            open(trigger);
        };

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Samraad.clearErrors(form);
            var staff = pickedUser(form, 'staffUser');
            var key = staff.key;
            Promise.resolve().then(function () {
                if (staff.unresolved) {
                    fieldError(form, 'staffUser', AJS.I18n.getText('samraad.picker.pick-from-list'));
                    return;
                }
                var organisationId = value(form, 'organisationId');
                var body = {
                    organisationId: organisationId === null ? null : Number(organisationId),
                    name: value(form, 'name'),
                    forms: checked(form, 'form'),
                    status: value(form, 'status'),
                    plannedOn: value(form, 'plannedOn'),
                    heldOn: value(form, 'heldOn'),
                    staffUserKey: key || (actor && !form.elements.staffNone.checked ? actor.staffUserKey : null),
                    contactName: value(form, 'contactName'),
                    contactConsent: form.elements.contactConsent.checked,
                    contactEmail: value(form, 'contactEmail'),
                    contactPhone: value(form, 'contactPhone'),
                    targetGroupIds: checked(form, 'targetGroup').map(Number),
                    dimensionIds: checked(form, 'dimension').map(Number),
                    findings: value(form, 'findings'),
                    easyRead: value(form, 'easyRead')
                };
                var saved = AJS.I18n.getText('samraad.involvement.edit.saved');
                if (actor) {
                    if (actor.contactHidden && body.contactName === null) {
                        // the service keeps a contact this editor may not see when it is sent as null
                        body.contactConsent = null;
                    }
                    body.version = actor.version;
                    submitting(form, 'PUT', '/involvement/actors/' + encodeURIComponent(actor.id), body,
                        function (changed) {
                            refreshSaying(section, saved, 'li[data-actor-id="' + changed.id + '"]');
                        });
                } else {
                    submitting(form, 'POST', '/councils/' + encodeURIComponent(councilId) + '/involvement/actors',
                        body, function (created) {
                            refreshSaying(section, saved, 'li[data-actor-id="' + created.id + '"]');
                        });
                }
            });
        });
    }

    /** An actor's "Change": reads the actor as it is now (with its version) and opens it in the actor form. */
    function enhanceChange(button, form, status) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.Samraad.request('GET', '/involvement/actors/' + encodeURIComponent(button.getAttribute('data-actor-id')))
                .then(function (result) {
                    if (result.ok) {
                        form.samraadChange(result.body, button);
                    } else {
                        status.textContent = window.Samraad.failureMessage(result);
                        status.focus();
                    }
                });
        });
    }

    /** An actor's "Delete": asks first, deletes with the version the page showed (409 if changed since). */
    function enhanceDelete(button, status, section) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.Samraad.confirmInline(button, AJS.I18n.getText('samraad.involvement.edit.delete.confirm'),
                AJS.I18n.getText('samraad.confirm.delete'), AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
                if (yes) {
                    remove();
                }
            });
        });
        function remove() {
            button.disabled = true;
            window.Samraad.request('DELETE', '/involvement/actors/' + encodeURIComponent(button.getAttribute('data-actor-id'))
                    + '?version=' + encodeURIComponent(button.getAttribute('data-version'))).then(function (result) {
                if (result.ok) {
                    refreshSaying(section, AJS.I18n.getText('samraad.involvement.edit.deleted'),
                        '.samraad-involvement-add-toggle');
                } else {
                    status.textContent = window.Samraad.failureMessage(result);
                    button.disabled = false;
                    status.focus();
                }
            });
        }
    }

    /**
     * One line per topic, keeping ids: a line with a stored name keeps that topic's id; a line whose text is new
     * takes the id of the stored topic on the same line if that topic's name is gone (a rename: what actors covered
     * stays); any other line is a new topic.
     */
    function topics(textarea, stored) {
        var lines = textarea.value.split('\n').map(function (line) { return line.trim(); }).filter(Boolean);
        var used = {};
        var byName = {};
        stored.forEach(function (topic) { byName[topic.name] = topic.id; });
        var sent = lines.map(function (line) {
            var id = Object.prototype.hasOwnProperty.call(byName, line) && !used[byName[line]] ? byName[line] : null;
            if (id !== null) {
                used[id] = true;
            }
            return {id: id, name: line};
        });
        sent.forEach(function (topic, index) {
            var before = stored[index];
            if (topic.id === null && before && !used[before.id] && lines.indexOf(before.name) < 0) {
                topic.id = before.id;
                used[before.id] = true;
            }
        });
        return sent;
    }

    function enhanceSettings(form, councilId, section) {
        var responsible = form.querySelector('.samraad-involvement-responsible');
        var settings = null;

        function fill(read) {
            // the lines and the deadline are in the form as rendered; what is typed meanwhile is never overwritten
            settings = read;
            responsible.textContent = '';
            (read.responsible || []).forEach(function (person) {
                var label = document.createElement('label');
                var box = document.createElement('input');
                box.type = 'checkbox';
                box.name = 'responsible';
                box.value = person.userKey || '';
                box.checked = true;
                box.defaultChecked = true;
                box.disabled = !person.userKey;
                label.appendChild(box);
                label.appendChild(document.createTextNode(' ' + (person.name || '')));
                responsible.appendChild(label);
            });
        }

        window.Samraad.request('GET', '/councils/' + encodeURIComponent(councilId) + '/involvement/settings')
            .then(function (result) {
                if (!result.ok) {
                    return;
                }
                fill(result.body);
            });
        // offered at once (the focus may be put on it right after a save); the people responsible fill in on load
        var close = window.Samraad.disclosure(section.querySelector('.samraad-involvement-settings-toggle'), form,
                form.querySelector('.samraad-involvement-settings-cancel'));
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Samraad.clearErrors(form);
            var added = pickedUser(form, 'responsibleUser');
            var key = added.key;
            Promise.resolve().then(function () {
                if (added.unresolved) {
                    fieldError(form, 'responsibleUserKeys', AJS.I18n.getText('samraad.picker.pick-from-list'));
                    return;
                }
                var keys = checked(form, 'responsible').filter(Boolean);
                if (key && keys.indexOf(key) < 0) {
                    keys.push(key);
                }
                submitting(form, 'PUT', '/councils/' + encodeURIComponent(councilId) + '/involvement/settings', {
                    targetGroups: topics(form.elements.targetGroups, settings.targetGroups),
                    dimensions: topics(form.elements.dimensions, settings.dimensions),
                    deadline: value(form, 'deadline'),
                    responsibleUserKeys: keys,
                    version: settings.version
                }, function () {
                    // element ids change with every render; the heading's class does not
                    refreshSaying(section, AJS.I18n.getText('samraad.involvement.edit.saved'),
                        '.samraad-involvement-settings-toggle');
                });
            });
        });
    }

    function enhanceSection(section) {
        section.querySelectorAll('a.samraad-involvement-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        if (!section.hasAttribute('data-council-id')) {
            return;
        }
        var councilId = section.getAttribute('data-council-id');
        var status = section.querySelector('.samraad-involvement-status-message');
        var actorForm = section.querySelector('form.samraad-involvement-actor-form');
        if (actorForm) {
            enhanceActorForm(section, actorForm, councilId);
            section.querySelectorAll('button.samraad-involvement-change').forEach(function (button) {
                enhanceChange(button, actorForm, status);
            });
        }
        section.querySelectorAll('button.samraad-involvement-delete').forEach(function (button) {
            enhanceDelete(button, status, section);
        });
        section.querySelectorAll('form.samraad-involvement-settings-form').forEach(function (form) {
            enhanceSettings(form, councilId, section);
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('a.samraad-involvement-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        document.querySelectorAll('section.samraad-involvement[data-council-id]').forEach(enhanceSection);
    });
}());
