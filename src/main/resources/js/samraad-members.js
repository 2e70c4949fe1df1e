/*
 * Samråd member list (samraad-members): inline add, change and remove for space editors, as progressive
 * enhancement of the server-rendered list. Everything goes through the REST API as JSON; after a change the page
 * reloads, so the list, the composition and the visibility rules come from the server again.
 */
(function () {
    'use strict';

    var API = '/rest/samraad/1.0';

    // Keys are passed to AJS.I18n.getText as literals: Confluence's jsI18n transformer inlines only those.
    function request(method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(AJS.contextPath() + API + path, options).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {ok: response.ok, status: response.status, body: json};
            });
        }, function () {
            return {ok: false, status: 0, body: {}};
        });
    }

    function textOrNull(field) {
        if (!field || field.disabled) {
            return null;
        }
        var value = field.value.trim();
        return value === '' ? null : value;
    }

    function intOrNull(field) {
        var value = textOrNull(field);
        return value === null ? null : parseInt(value, 10);
    }

    function clearErrors(form) {
        form.querySelectorAll('.samraad-field-error').forEach(function (p) { p.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (el) {
            el.removeAttribute('aria-invalid');
            var described = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                return id && !/-error$/.test(id);
            });
            if (described.length) {
                el.setAttribute('aria-describedby', described.join(' '));
            } else {
                el.removeAttribute('aria-describedby');
            }
        });
        form.querySelector('.samraad-form-status').textContent = '';
    }

    /** The server's field errors beside their inputs, linked for screen readers; the first invalid input gets focus. */
    function showErrors(form, result) {
        clearErrors(form);
        form.querySelector('.samraad-form-status').textContent = result.body.message || AJS.I18n.getText('samraad.error.unexpected');
        var first = null;
        (result.body.errors || []).forEach(function (error) {
            var input = form.elements[error.field];
            var holder = input && input.id ? document.getElementById(input.id + '-error') : null;
            if (!holder) {
                return;
            }
            holder.textContent = error.message;
            input.setAttribute('aria-invalid', 'true');
            var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            described.push(holder.id);
            input.setAttribute('aria-describedby', described.join(' '));
            first = first || input;
        });
        (first || form.querySelector('.samraad-form-status')).focus();
    }

    function ensureOption(select, value, label) {
        if (value === null || value === undefined) {
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

    function fill(form, member) {
        var f = form.elements;
        f.id.value = member ? member.id : '';
        f.version.value = member ? member.version : '';
        f.name.value = member && member.name ? member.name : '';
        f.userKey.value = member && member.userKey ? member.userKey : '';
        f.role.value = member ? member.role : 'MEMBER';
        if (member) {
            ensureOption(f.organisationId, member.organisationId, member.organisationName);
        }
        f.seatId.value = member && member.seatId !== null ? String(member.seatId) : '';
        f.organisationId.value = member && member.organisationId !== null ? String(member.organisationId) : '';
        f.substituteForId.value = member && member.substituteForId !== null ? String(member.substituteForId) : '';
        Array.prototype.forEach.call(f.substituteForId.options, function (o) {
            o.disabled = member !== null && o.value === String(member.id);
        });
        f.termStart.value = member && member.termStart ? member.termStart : '';
        f.termEnd.value = member && member.termEnd ? member.termEnd : '';
        f.publishConsent.checked = !!(member && member.publishConsent);
        if (f.perDiemEligible) {
            f.perDiemEligible.checked = !!(member && member.perDiemEligible);
        }
        ['email', 'phone', 'postalAddress'].forEach(function (name) {
            if (f[name]) {
                f[name].value = member && member[name] ? member[name] : '';
            }
        });
        if (f.force) {
            f.force.checked = false;
        }
    }

    function payload(form) {
        var f = form.elements;
        var body = {
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
        if (f.version.value !== '') {
            body.version = parseInt(f.version.value, 10);
        }
        return body;
    }

    /** The whole directory, where the organisations API is available; the list's own organisations otherwise. */
    function loadOrganisations(select) {
        request('GET', '/organisations').then(function (result) {
            if (result.ok && result.body && Array.isArray(result.body.items)) {
                result.body.items.forEach(function (organisation) {
                    ensureOption(select, organisation.id, organisation.name);
                });
            }
        });
    }

    function enhance(section) {
        var councilId = section.getAttribute('data-council-id');
        var form = section.querySelector('form.samraad-member-form');
        var add = section.querySelector('.samraad-member-add');
        var status = section.querySelector('.samraad-members-status');
        if (!form || !add) {
            return;
        }
        var heading = form.querySelector('h3');
        var opener = null;
        var organisationsLoaded = false;

        function open(member, trigger) {
            opener = trigger;
            clearErrors(form);
            fill(form, member);
            heading.textContent = heading.getAttribute(member ? 'data-edit' : 'data-add');
            form.hidden = false;
            if (!organisationsLoaded) {
                organisationsLoaded = true;
                loadOrganisations(form.elements.organisationId);
            }
            (member && member.userKey ? form.elements.userKey : form.elements.name).focus();
        }

        function close() {
            form.hidden = true;
            clearErrors(form);
            if (opener) {
                opener.focus();
            }
        }

        add.hidden = false;
        add.addEventListener('click', function () { open(null, add); });

        section.querySelectorAll('.samraad-member-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                request('GET', '/members/' + encodeURIComponent(button.getAttribute('data-member-id'))).then(function (result) {
                    if (result.ok) {
                        open(result.body, button);
                    } else {
                        status.textContent = result.body.message || AJS.I18n.getText('samraad.error.unexpected');
                    }
                });
            });
        });

        section.querySelectorAll('.samraad-member-remove').forEach(function (button) {
            button.addEventListener('click', function () {
                if (!window.confirm(AJS.I18n.getText('samraad.member.confirm-remove', button.getAttribute('data-member-name')))) {
                    return;
                }
                request('DELETE', '/members/' + encodeURIComponent(button.getAttribute('data-member-id'))).then(function (result) {
                    if (result.ok) {
                        window.location.reload();
                    } else {
                        status.textContent = result.body.message || AJS.I18n.getText('samraad.error.unexpected');
                        button.focus();
                    }
                });
            });
        });

        form.querySelector('.samraad-member-cancel').addEventListener('click', close);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var id = form.elements.id.value;
            var save = form.querySelector('button[type="submit"]');
            save.disabled = true;
            var call = id === ''
                ? request('POST', '/councils/' + encodeURIComponent(councilId) + '/members', payload(form))
                : request('PUT', '/members/' + encodeURIComponent(id), payload(form));
            call.then(function (result) {
                save.disabled = false;
                if (result.ok) {
                    window.location.reload();
                } else {
                    showErrors(form, result);
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('a.samraad-members-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
        document.querySelectorAll('section.samraad-members[data-editable="true"]').forEach(enhance);
    });
}());
