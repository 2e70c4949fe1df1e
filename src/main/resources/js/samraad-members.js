/*
 * Samråd member list (samraad-members): inline add, change and remove of members and seats for space editors, as
 * progressive enhancement of the server-rendered list. Everything goes through the REST API as JSON; after a
 * change the list is fetched again as the macro renders it (GET /councils/{id}/members/view) and put in place
 * without reloading, so the list, the composition and the visibility rules come from the server; the focus goes
 * to what changed and the result is announced.
 */
(function () {
    'use strict';

    var request = Samraad.request;
    var message = Samraad.failureMessage;
    var showErrors = Samraad.showErrors;
    var clearErrors = Samraad.clearErrors;

    function textOrNull(field) {
        if (!field || field.disabled) {
            return null;
        }
        var value = field.value.trim();
        return value === '' ? null : value;
    }

    function intOrNull(field) {
        var value = textOrNull(field);
        return value === null ? null : Number(value);
    }

    function setValue(field, value) {
        if (field) {
            field.value = value === null || value === undefined ? '' : String(value);
        }
    }

    function ensureOption(select, value, label) {
        if (!select || value === null || value === undefined) {
            return;
        }
        var exists = Array.prototype.some.call(select.options, function (o) { return o.value === String(value); });
        if (!exists) {
            var option = document.createElement('option');
            option.value = String(value);
            option.textContent = label || String(value);
            select.appendChild(option);
        }
    }

    /** The whole directory, where the organisations API is available; the list's own organisations otherwise. */
    function loadOrganisations(selects) {
        request('GET', '/organisations?limit=500').then(function (result) {
            if (result.ok && result.body && Array.isArray(result.body.items)) {
                result.body.items.forEach(function (organisation) {
                    selects.forEach(function (select) { ensureOption(select, organisation.id, organisation.name); });
                });
            }
        });
    }

    /**
     * One inline form: opened empty by its add button or filled by an edit button, closed by Cancel or Escape
     * (the focus goes back to the button that opened it), saved as POST or PUT, errors shown beside the fields.
     */
    function inlineForm(form, addButton, options) {
        var heading = form.querySelector('h3');
        var opener = null;

        function expanded(open) {
            addButton.setAttribute('aria-expanded', open ? 'true' : 'false');
        }

        function open(item, trigger) {
            opener = trigger;
            clearErrors(form);
            setValue(form.elements.id, item ? item.id : null);
            setValue(form.elements.version, item ? item.version : null);
            options.fill(form, item);
            heading.textContent = heading.getAttribute(item ? 'data-edit' : 'data-add');
            form.hidden = false;
            expanded(!item);
            if (options.opened) {
                options.opened();
            }
            options.firstField(form, item).focus();
        }

        function close() {
            form.hidden = true;
            expanded(false);
            clearErrors(form);
            if (opener) {
                opener.focus();
            }
        }

        addButton.hidden = false;
        addButton.addEventListener('click', function () {
            if (form.hidden || form.elements.id.value !== '') {
                open(null, addButton);
            } else {
                close();
            }
        });
        form.querySelector('.samraad-form-cancel').addEventListener('click', close);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('button[type="submit"]');
            save.disabled = true;
            var prepared = options.prepare ? options.prepare(form) : Promise.resolve(true);
            prepared.then(function (ready) {
                if (!ready) {
                    save.disabled = false;
                    return null;
                }
                var body = options.payload(form);
                if (form.elements.version.value !== '') {
                    body.version = Number(form.elements.version.value);
                }
                var id = form.elements.id.value;
                return (id === ''
                    ? request('POST', options.createPath, body)
                    : request('PUT', options.itemPath(id), body)).then(function (result) {
                        save.disabled = false;
                        if (result.ok) {
                            options.saved(result.body, id === '');
                        } else {
                            (options.showErrors || showErrors)(form, result);
                        }
                    });
            });
        });
        return open;
    }

    function removeButton(button, path, question, status, removed) {
        button.addEventListener('click', function () {
            window.Samraad.confirmInline(button, question, AJS.I18n.getText('samraad.confirm.remove'),
                AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
                if (yes) {
                    remove();
                }
            });
        });
        function remove() {
            request('DELETE', path).then(function (result) {
                if (result.ok) {
                    removed();
                } else {
                    status.textContent = message(result);
                    button.focus();
                }
            });
        }
    }

    /**
     * Erase a person (space administrators): the reply lists the free-text fields that still contain the name,
     * shown here so the secretary can edit them before the list is reloaded.
     */
    function eraseButton(button, section, status, refresh) {
        button.addEventListener('click', function () {
            var name = button.getAttribute('data-member-name');
            window.Samraad.confirmInline(button, AJS.I18n.getText('samraad.member.confirm-erase', name),
                AJS.I18n.getText('samraad.confirm.erase'), AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
                if (yes) {
                    erase();
                }
            });
        });
        function erase() {
            request('POST', '/privacy/erasures', {memberId: Number(button.getAttribute('data-member-id'))})
                .then(function (result) {
                    if (!result.ok) {
                        status.textContent = message(result);
                        button.focus();
                        return;
                    }
                    var mentions = result.body.mentions || [];
                    var box = section.querySelector('.samraad-erasure-result') || document.createElement('div');
                    box.className = 'aui-message aui-message-info samraad-erasure-result';
                    box.setAttribute('role', 'status');
                    box.setAttribute('tabindex', '-1');
                    box.textContent = '';
                    var heading = document.createElement('p');
                    heading.textContent = mentions.length
                            ? AJS.I18n.getText('samraad.member.erased.mentions')
                            : AJS.I18n.getText('samraad.member.erased.none');
                    box.appendChild(heading);
                    if (mentions.length) {
                        var list = document.createElement('ul');
                        list.className = 'samraad-erasure-mentions';
                        mentions.forEach(function (mention) {
                            var item = document.createElement('li');
                            item.textContent = mention.where;
                            list.appendChild(item);
                        });
                        box.appendChild(list);
                    }
                    var reload = document.createElement('button');
                    reload.type = 'button';
                    reload.className = 'aui-button samraad-erasure-reload';
                    reload.textContent = AJS.I18n.getText('samraad.member.erased.reload');
                    reload.addEventListener('click', function () {
                        refresh(null, AJS.I18n.getText('samraad.member.erased.shown'));
                    });
                    box.appendChild(reload);
                    status.parentNode.insertBefore(box, status.nextSibling);
                    box.focus();
                });
        }
    }

    function fillMember(form, member) {
        var f = form.elements;
        setValue(f.name, member && member.name);
        Samraad.pickers.user(f.user).set(member && member.userKey, member && member.displayName);
        f.role.value = member ? member.role : 'MEMBER';
        if (member) {
            ensureOption(f.organisationId, member.organisationId, member.organisationName);
        }
        setValue(f.seatId, member && member.seatId);
        setValue(f.organisationId, member && member.organisationId);
        setValue(f.substituteForId, member && member.substituteForId);
        Array.prototype.forEach.call(f.substituteForId.options, function (o) {
            o.disabled = member !== null && o.value === String(member.id);
        });
        setValue(f.termStart, member && member.termStart);
        setValue(f.termEnd, member && member.termEnd);
        f.publishConsent.checked = !!(member && member.publishConsent);
        if (f.perDiemEligible) {
            f.perDiemEligible.checked = !!(member && member.perDiemEligible);
        }
        ['email', 'phone', 'postalAddress'].forEach(function (name) { setValue(f[name], member && member[name]); });
        if (f.force) {
            f.force.checked = false;
        }
    }

    /**
     * A person is picked from Confluence's user search; text typed without a pick is a field error. A person chosen
     * from another council brings their own account, so the user field is not read then.
     */
    function resolveUser(form) {
        if (samePersonChosen(form) || !Samraad.pickers.user(form.elements.user).unresolved()) {
            return Promise.resolve(true);
        }
        showErrors(form, {body: {message: AJS.I18n.getText('samraad.error.invalid-input'), errors: [
            {field: 'user', message: AJS.I18n.getText('samraad.picker.pick-from-list')}]}});
        return Promise.resolve(false);
    }

    /** The API names the stored key; the person was picked in the user field, so its errors belong beside it. */
    function showMemberErrors(form, result) {
        (result.body.errors || []).forEach(function (error) {
            if (error.field === 'userKey') {
                error.field = 'user';
            }
        });
        showErrors(form, result);
    }

    /**
     * On add: the people of the space's other councils, to choose instead of typing the person again. Choosing one
     * sends its membership as samePersonAs and leaves name and account out (the server takes the person's own).
     */
    function offerOtherPeople(form, councilId, member) {
        var f = form.elements;
        var box = form.querySelector('.samraad-same-person');
        if (!f.samePersonAs || !box) {
            return;
        }
        f.samePersonAs.value = '';
        personChosen(form);
        box.hidden = true;
        if (member) {
            return;
        }
        request('GET', '/councils/' + councilId + '/members/other-people').then(function (result) {
            if (!result.ok || !result.body || !Array.isArray(result.body.items) || !result.body.items.length) {
                return;
            }
            while (f.samePersonAs.options.length > 1) {
                f.samePersonAs.remove(1);
            }
            result.body.items.forEach(function (person) {
                var option = document.createElement('option');
                option.value = String(person.memberId);
                option.textContent = AJS.I18n.getText('samraad.member.form.same-person-option', person.displayName,
                        person.councilName);
                f.samePersonAs.appendChild(option);
            });
            box.hidden = false;
        });
    }

    function samePersonChosen(form) {
        var f = form.elements;
        return !!(f.samePersonAs && f.samePersonAs.value !== '' && f.id.value === '');
    }

    function personChosen(form) {
        var f = form.elements;
        var chosen = samePersonChosen(form);
        ['name', 'user', 'publishConsent', 'email', 'phone', 'postalAddress'].forEach(function (name) {
            if (f[name]) {
                f[name].disabled = chosen;
            }
        });
    }

    function memberPayload(form) {
        var f = form.elements;
        if (samePersonChosen(form)) {
            var chosen = memberPayloadOf(f);
            chosen.samePersonAs = Number(f.samePersonAs.value);
            return chosen;
        }
        return memberPayloadOf(f);
    }

    function memberPayloadOf(f) {
        return {
            userKey: textOrNull(f.userKey),
            name: textOrNull(f.name),
            role: f.role.value,
            seatId: intOrNull(f.seatId),
            organisationId: intOrNull(f.organisationId),
            substituteForId: intOrNull(f.substituteForId),
            termStart: textOrNull(f.termStart),
            termEnd: textOrNull(f.termEnd),
            publishConsent: f.publishConsent.checked,
            // Fields this viewer may not see are not in the form; null keeps what is stored.
            perDiemEligible: f.perDiemEligible ? f.perDiemEligible.checked : null,
            email: textOrNull(f.email),
            phone: textOrNull(f.phone),
            postalAddress: textOrNull(f.postalAddress),
            force: f.force ? f.force.checked : false
        };
    }

    function fillSeat(form, seat) {
        var f = form.elements;
        f.group.value = seat ? seat.group : f.group.options[0].value;
        setValue(f.label, seat && seat.label);
        setValue(f.requiredCount, seat ? seat.requiredCount : 1);
        if (seat) {
            ensureOption(f.organisationId, seat.organisationId, seat.organisationName);
        }
        setValue(f.organisationId, seat && seat.organisationId);
    }

    function seatPayload(form) {
        var f = form.elements;
        return {
            group: f.group.value,
            label: textOrNull(f.label),
            requiredCount: intOrNull(f.requiredCount),
            organisationId: intOrNull(f.organisationId)
        };
    }

    /**
     * The list as the server renders it now, in this one's place; then the focus goes to what changed (a selector in
     * the fresh list, else its heading) and the result is said in the page's live region.
     */
    function refreshing(section) {
        return function (focus, said) {
            var path = '/councils/' + encodeURIComponent(section.getAttribute('data-council-id'))
                    + '/members/view?groupBy=' + encodeURIComponent(section.getAttribute('data-group-by') || 'seat');
            Samraad.refresh(section, path, enhance).then(function (fresh) {
                if (!fresh) {
                    Samraad.announce(AJS.I18n.getText('samraad.refresh-failed'));
                    return;
                }
                Samraad.focusOn((focus && fresh.querySelector(focus)) || fresh.querySelector('h2'));
                Samraad.announce(said);
            });
        };
    }

    function memberName(member) {
        return member.name || member.displayName || '';
    }

    function enhance(section) {
        section.querySelectorAll('a.samraad-members-csv[data-rest-path], a.samraad-member-export[data-rest-path]')
            .forEach(function (link) {
                link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
            });
        if (section.getAttribute('data-editable') !== 'true') {
            return;
        }
        var refresh = refreshing(section);
        var councilId = encodeURIComponent(section.getAttribute('data-council-id'));
        var status = section.querySelector('.samraad-members-status');
        var memberForm = section.querySelector('form.samraad-member-form');
        var seatForm = section.querySelector('form.samraad-seat-form');
        var organisationsLoaded = false;

        function loadOrganisationsOnce() {
            if (!organisationsLoaded) {
                organisationsLoaded = true;
                loadOrganisations([memberForm, seatForm].filter(Boolean).map(function (form) {
                    return form.elements.organisationId;
                }));
            }
        }

        if (memberForm) {
            if (memberForm.elements.samePersonAs) {
                memberForm.elements.samePersonAs.addEventListener('change', function () { personChosen(memberForm); });
            }
            var openMember = inlineForm(memberForm, section.querySelector('.samraad-member-add'), {
                fill: function (form, member) {
                    fillMember(form, member);
                    offerOtherPeople(form, councilId, member);
                },
                prepare: resolveUser,
                payload: memberPayload,
                showErrors: showMemberErrors,
                opened: loadOrganisationsOnce,
                firstField: function (form, member) {
                    return member && member.userKey ? form.elements.user : form.elements.name;
                },
                saved: function (member, added) {
                    refresh('tr[data-member-id="' + member.id + '"] .samraad-member-edit', added
                        ? AJS.I18n.getText('samraad.member.saved.added', memberName(member))
                        : AJS.I18n.getText('samraad.member.saved.changed', memberName(member)));
                },
                createPath: '/councils/' + councilId + '/members',
                itemPath: function (id) { return '/members/' + encodeURIComponent(id); }
            });
            section.querySelectorAll('.samraad-member-edit').forEach(function (button) {
                button.addEventListener('click', function () {
                    var id = encodeURIComponent(button.getAttribute('data-member-id'));
                    request('GET', '/members/' + id).then(function (result) {
                        if (result.ok) {
                            openMember(result.body, button);
                        } else {
                            status.textContent = message(result);
                        }
                    });
                });
            });
            section.querySelectorAll('.samraad-member-remove').forEach(function (button) {
                removeButton(button, '/members/' + encodeURIComponent(button.getAttribute('data-member-id')),
                        AJS.I18n.getText('samraad.member.confirm-remove', button.getAttribute('data-member-name')), status,
                        function () {
                            refresh('.samraad-member-add', AJS.I18n.getText('samraad.member.removed',
                                    button.getAttribute('data-member-name')));
                        });
            });
            section.querySelectorAll('.samraad-member-erase').forEach(function (button) {
                eraseButton(button, section, status, refresh);
            });
        }

        if (seatForm) {
            var openSeat = inlineForm(seatForm, section.querySelector('.samraad-seat-add'), {
                fill: fillSeat,
                payload: seatPayload,
                opened: loadOrganisationsOnce,
                firstField: function (form) { return form.elements.group; },
                saved: function (seat) {
                    refresh('.samraad-seat-edit[data-seat-id="' + seat.id + '"]', AJS.I18n.getText('samraad.seat.saved'));
                },
                createPath: '/councils/' + councilId + '/seats',
                itemPath: function (id) { return '/seats/' + encodeURIComponent(id); }
            });
            section.querySelectorAll('.samraad-seat-edit').forEach(function (button) {
                button.addEventListener('click', function () {
                    request('GET', '/councils/' + councilId + '/seats').then(function (result) {
                        var seat = result.ok ? (result.body.items || []).filter(function (s) {
                            return String(s.id) === button.getAttribute('data-seat-id');
                        })[0] : null;
                        if (seat) {
                            openSeat(seat, button);
                        } else {
                            status.textContent = message(result);
                        }
                    });
                });
            });
            section.querySelectorAll('.samraad-seat-remove').forEach(function (button) {
                removeButton(button, '/seats/' + encodeURIComponent(button.getAttribute('data-seat-id')),
                        AJS.I18n.getText('samraad.seat.confirm-remove', button.getAttribute('data-seat-label')), status,
                        function () {
                            refresh('.samraad-seat-add', AJS.I18n.getText('samraad.seat.removed',
                                    button.getAttribute('data-seat-label')));
                        });
            });
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-members').forEach(enhance);
    });
}());
