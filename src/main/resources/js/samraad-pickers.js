/*
 * Samråd pickers: what every form uses so that nobody types a user key, a username, a member, attachment or page
 * number. One module, loaded after samraad.js in the macros' web resource; forms of any macro call it:
 *
 * - Samraad.pickers.user(input): an accessible combobox over Confluence's user search (the endpoint Confluence's own
 *   user pickers call, /rest/prototype/1/search/user.json). It shows full names; the picked person's user key goes
 *   into the hidden input the text input names in data-user-key-field. Bound by itself on input.samraad-user-picker.
 * - Samraad.pickers.page(input): the same combobox over the pages the reader may view (of one space when the input
 *   has data-space-key) found by title with Confluence's CQL search; the page id goes into the hidden input named in data-page-id-field.
 *   Bound by itself on input.samraad-page-picker.
 * - Samraad.pickers.fillMembers(select, councilId, chosen): a select of the council's members by name (as the member
 *   list names them for this reader), the member id as the value.
 * - Samraad.pickers.attachments(pageId) / fillAttachments(select, list, chosen) / upload(pageId, file): the page's
 *   attachments through Confluence's content API (GET and POST /rest/api/content/{id}/child/attachment).
 *
 * Keyboard: typing searches (from two characters), Down/Up move through the list, Enter picks, Escape closes the
 * list (a second Escape clears the field); the number of results is announced in a status region.
 */
(function () {
    'use strict';

    var MIN_CHARS = 2;
    var DELAY_MS = 200;
    var MAX_RESULTS = 10;
    var counter = 0;

    function getJson(url) {
        return fetch(AJS.contextPath() + url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (body) {
                    return {ok: response.ok, status: response.status, body: body};
                });
            }, function () {
                return {ok: false, status: 0, body: {}};
            });
    }

    function hiddenField(input, attribute) {
        var name = input.getAttribute(attribute);
        return name && input.form ? input.form.elements[name] : null;
    }

    /**
     * Makes a text input a combobox (WAI-ARIA 1.2 pattern, list autocomplete): source(query) resolves to
     * [{value, label, detail}]; picking one puts its value in the hidden field and its label in the input.
     */
    function combobox(input, source, field) {
        if (input.samraadCombobox) {
            return input.samraadCombobox;
        }
        var id = input.id || ('samraad-picker-' + (++counter));
        input.id = id;
        var list = document.createElement('ul');
        list.id = id + '-listbox';
        list.className = 'samraad-picker-list';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        var label = input.labels && input.labels[0];
        if (label) {
            label.id = label.id || (id + '-label');
            list.setAttribute('aria-labelledby', label.id);
        }
        var status = document.createElement('span');
        status.className = 'samraad-picker-status';
        status.setAttribute('role', 'status');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('autocomplete', 'off');
        input.parentNode.insertBefore(list, input.nextSibling);
        input.parentNode.insertBefore(status, list.nextSibling);

        var state = {picked: null, options: [], active: -1, timer: null, asked: 0};

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            state.active = -1;
        }

        function activate(index) {
            var items = list.querySelectorAll('[role="option"]');
            if (!items.length) {
                return;
            }
            state.active = (index + items.length) % items.length;
            items.forEach(function (item, i) {
                item.setAttribute('aria-selected', i === state.active ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', items[state.active].id);
            items[state.active].scrollIntoView({block: 'nearest'});
        }

        function pick(option) {
            state.picked = option;
            input.value = option.label;
            if (field) {
                field.value = option.value;
            }
            close();
            status.textContent = AJS.I18n.getText('samraad.picker.picked', option.label);
            input.dispatchEvent(new CustomEvent('samraad-picked', {bubbles: true, detail: option}));
        }

        function show(options) {
            state.options = options;
            list.textContent = '';
            options.forEach(function (option, i) {
                var item = document.createElement('li');
                item.id = id + '-option-' + i;
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.textContent = option.label;
                if (option.detail) {
                    var detail = document.createElement('span');
                    detail.className = 'samraad-picker-detail';
                    detail.textContent = ' ' + option.detail;
                    item.appendChild(detail);
                }
                // mousedown, not click: the input keeps focus, so the list is not closed before the pick
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    pick(option);
                });
                list.appendChild(item);
            });
            list.hidden = options.length === 0;
            input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
            state.active = -1;
            status.textContent = options.length
                ? AJS.I18n.getText('samraad.picker.found', options.length)
                : AJS.I18n.getText('samraad.picker.none');
        }

        function search() {
            var query = input.value.trim();
            var asked = ++state.asked;
            if (query.length < MIN_CHARS) {
                close();
                return;
            }
            source(query).then(function (options) {
                if (asked === state.asked) {
                    show(options);
                }
            });
        }

        input.addEventListener('input', function () {
            if (state.picked && input.value !== state.picked.label) {
                state.picked = null;
                if (field) {
                    field.value = '';
                }
            }
            clearTimeout(state.timer);
            state.timer = setTimeout(search, DELAY_MS);
        });
        input.addEventListener('keydown', function (event) {
            var open = !list.hidden;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (!open) {
                    search();
                    return;
                }
                activate(state.active + (event.key === 'ArrowDown' ? 1 : (state.active < 0 ? 0 : -1)));
            } else if (event.key === 'Enter') {
                if (open && state.active >= 0) {
                    event.preventDefault();
                    pick(state.options[state.active]);
                } else if (open && state.options.length === 1) {
                    event.preventDefault();
                    pick(state.options[0]);
                }
            } else if (event.key === 'Escape') {
                // an Escape the picker uses (closing its list, clearing the field) does not also close the form
                if (open) {
                    event.preventDefault();
                    event.stopPropagation();
                    close();
                } else if (input.value !== '') {
                    event.preventDefault();
                    event.stopPropagation();
                    api.clear();
                }
            }
        });
        input.addEventListener('blur', function () {
            setTimeout(close, 150);
        });

        var api = {
            /** The picked value; '' when nothing is picked (or the field was cleared). */
            value: function () {
                return state.picked ? state.picked.value : '';
            },
            /** True when something is typed that was not picked from the list. */
            unresolved: function () {
                return !state.picked && input.value.trim() !== '';
            },
            set: function (value, text) {
                state.picked = value ? {value: value, label: text || value} : null;
                input.value = value ? (text || value) : '';
                if (field) {
                    field.value = value || '';
                }
            },
            clear: function () {
                api.set('', '');
                close();
            }
        };
        input.samraadCombobox = api;
        return api;
    }

    // --- people: Confluence's user search

    function searchUsers(query) {
        return getJson('/rest/prototype/1/search/user.json?max-results=' + MAX_RESULTS + '&query='
                + encodeURIComponent(query)).then(function (result) {
            return ((result.ok && result.body.result) || []).filter(function (user) {
                return user.userKey;
            }).map(function (user) {
                return {value: user.userKey, label: user.title || user.username};
            });
        });
    }

    function user(input) {
        return combobox(input, searchUsers, hiddenField(input, 'data-user-key-field'));
    }

    // --- pages of a space, found by title with Confluence's CQL search

    function cqlText(text) {
        return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
    }

    function page(input) {
        var spaceKey = input.getAttribute('data-space-key');
        return combobox(input, function (query) {
            var cql = 'type = page' + (spaceKey ? ' AND space = ' + cqlText(spaceKey) : '')
                + ' AND title ~ ' + cqlText(query);
            return getJson('/rest/api/search?limit=' + MAX_RESULTS + '&cql=' + encodeURIComponent(cql))
                .then(function (result) {
                    return ((result.ok && result.body.results) || []).map(function (hit) {
                        var space = hit.resultGlobalContainer && hit.resultGlobalContainer.title;
                        return {value: String(hit.content.id), label: hit.content.title,
                            detail: spaceKey || !space ? '' : '(' + space + ')'};
                    });
                });
        }, hiddenField(input, 'data-page-id-field'));
    }

    /** The title of a page the reader may view, or null: how a stored page id is shown by name. */
    function pageTitle(pageId) {
        return getJson('/rest/api/content/' + encodeURIComponent(pageId)).then(function (result) {
            return result.ok ? result.body.title : null;
        });
    }

    // --- council members

    var memberLists = {};

    /** The council's members as this reader may see them (GET /councils/{id}/members), fetched once per page. */
    function members(councilId) {
        if (!memberLists[councilId]) {
            memberLists[councilId] = window.Samraad.request('GET', '/councils/' + encodeURIComponent(councilId)
                + '/members').then(function (result) {
                    return result.ok ? (result.body.items || []) : null;
                });
        }
        return memberLists[councilId];
    }

    /**
     * Fills the select with the council's members by name, member id as value, keeping the options written in the
     * template (e.g. "nobody"). Resolves to the members (null when the list could not be read: the select is then
     * left without them and not marked data-loaded).
     */
    function fillMembers(select, councilId, chosen) {
        var wanted = (chosen || []).map(String);
        select.removeAttribute('data-loaded');
        return members(councilId).then(function (list) {
            select.querySelectorAll('option[data-member]').forEach(function (option) {
                option.parentNode.removeChild(option);
            });
            if (!list) {
                return null;
            }
            list.forEach(function (member) {
                var option = document.createElement('option');
                option.value = String(member.id);
                option.textContent = member.displayName;
                option.setAttribute('data-member', 'true');
                option.selected = wanted.indexOf(String(member.id)) >= 0;
                select.appendChild(option);
            });
            select.setAttribute('data-loaded', 'true');
            return list;
        });
    }

    /** The member a select names (by id) in a list of members, or null. */
    function memberOf(list, id) {
        return (list || []).filter(function (member) { return String(member.id) === String(id); })[0] || null;
    }

    // --- a person named in a form: a council member, else someone with a Confluence account, else a name

    /**
     * The three controls a form names a person with, by prefix: a member select (name PREFIXMember), a user picker
     * (input.samraad-user-picker with data-person PREFIX) and a name field (name PREFIXName), each optional.
     */
    function personControls(form, prefix) {
        return {
            member: form.elements[prefix + 'Member'] || null,
            user: form.querySelector('input.samraad-user-picker[data-person="' + prefix + '"]'),
            name: form.elements[prefix + 'Name'] || null
        };
    }

    /**
     * Shows the stored person: the member with this user key (or, without an account, this name) is selected;
     * another Confluence user is put in the user picker; anyone else's name in the name field.
     */
    function showPerson(form, prefix, councilId, stored) {
        var c = personControls(form, prefix);
        var key = stored && stored.userKey;
        var name = stored && stored.name;
        if (c.user) {
            user(c.user).set(key || '', key ? (stored.displayName || name) : '');
        }
        if (c.name) {
            c.name.value = !key && name ? name : '';
        }
        if (!c.member) {
            return Promise.resolve(null);
        }
        c.member.value = '';
        return fillMembers(c.member, councilId, []).then(function (list) {
            var member = (list || []).filter(function (m) {
                return stored && (stored.memberId ? String(m.id) === String(stored.memberId)
                    : key ? m.userKey === key : name && !m.userKey && m.name === name);
            })[0];
            if (member) {
                c.member.value = String(member.id);
                if (c.user) {
                    user(c.user).clear();
                }
                if (c.name) {
                    c.name.value = '';
                }
            }
            return list;
        });
    }

    /**
     * The person the form names now, as the API takes one: {memberId, userKey, name} (each null when not given),
     * or {error: {field, message}} when something was typed in the user picker but nobody picked from the list.
     * A member picked wins over the other two.
     */
    function chosenPerson(form, prefix, councilId) {
        var c = personControls(form, prefix);
        var none = {memberId: null, userKey: null, name: null};
        if (c.member && c.member.value !== '') {
            return members(councilId).then(function (list) {
                var member = memberOf(list, c.member.value);
                if (!member) {
                    return none;
                }
                return {memberId: member.id, userKey: member.userKey || null,
                    name: member.userKey ? null : (member.name || member.displayName)};
            });
        }
        if (c.user && user(c.user).unresolved()) {
            return Promise.resolve({error: {field: c.user.name || c.user.id,
                message: AJS.I18n.getText('samraad.picker.pick-from-list')}});
        }
        if (c.user && user(c.user).value()) {
            return Promise.resolve({memberId: null, userKey: user(c.user).value(), name: null});
        }
        var typed = c.name ? c.name.value.trim() : '';
        return Promise.resolve({memberId: null, userKey: null, name: typed === '' ? null : typed});
    }

    // --- the page's attachments (Confluence's content API)

    function attachments(pageId) {
        return getJson('/rest/api/content/' + encodeURIComponent(pageId) + '/child/attachment?limit=200')
            .then(function (result) {
                return result.ok ? (result.body.results || []) : null;
            });
    }

    /** Options for each attachment (id as value, file name as text), keeping the template's options. */
    function fillAttachments(select, list, chosen) {
        select.querySelectorAll('option[data-attachment]').forEach(function (option) {
            option.parentNode.removeChild(option);
        });
        (list || []).forEach(function (attachment) {
            var option = document.createElement('option');
            option.value = String(attachment.id).replace(/^att/, '');
            option.textContent = attachment.title;
            option.setAttribute('data-attachment', 'true');
            select.appendChild(option);
        });
        if (chosen) {
            select.value = String(chosen);
        }
    }

    /**
     * Uploads a file to the page as Confluence does (multipart POST with the XSRF opt-out header); resolves to
     * {ok, attachment, message}.
     */
    function upload(pageId, file) {
        var body = new FormData();
        body.append('file', file, file.name);
        return fetch(AJS.contextPath() + '/rest/api/content/' + encodeURIComponent(pageId) + '/child/attachment', {
            method: 'POST', credentials: 'same-origin', body: body,
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {ok: response.ok, attachment: response.ok && json.results ? json.results[0] : null,
                    message: json.message || AJS.I18n.getText('samraad.error.unexpected')};
            });
        }, function () {
            return {ok: false, attachment: null, message: AJS.I18n.getText('samraad.error.unexpected')};
        });
    }

    /** The id of the page being viewed, from the meta tag Confluence writes into every page view. */
    function currentPageId() {
        var meta = document.querySelector('meta[name="ajs-page-id"]');
        return meta ? meta.getAttribute('content') : null;
    }

    window.Samraad.pickers = {user: user, page: page, pageTitle: pageTitle, combobox: combobox, members: members,
        fillMembers: fillMembers, memberOf: memberOf, showPerson: showPerson, chosenPerson: chosenPerson, attachments: attachments, fillAttachments: fillAttachments,
        upload: upload, currentPageId: currentPageId};

    AJS.toInit(function () {
        document.querySelectorAll('input.samraad-user-picker').forEach(user);
        document.querySelectorAll('input.samraad-page-picker').forEach(page);
    });
}());
