/*
 * Samråd in Confluence's macro browser: the parameters that name a council, meeting, hearing or organisation (stored
 * as numbers) and the action register's owner (a user key) are chosen from a list by name, never typed as a number
 * or key. Confluence's macro browser lets a plugin replace a parameter's field with
 * AJS.MacroBrowser.setMacroJsOverride(macroName, {fields: {<parameter type>: {<parameter name>: factory}}}); each
 * factory builds the field from Confluence.Templates.MacroBrowser.macroParameterSelect() and returns
 * AJS.MacroBrowser.Field(paramDiv, select, options), whose setValue shows a stored value even before the list has
 * loaded. This web resource is in the macro-browser context, so it loads with the macro browser.
 *
 * The lists come from the plugin's REST API as the person in the editor may see them: councils, the meetings and
 * hearings of the councils of the current space (every council's when the space has none), the space's
 * organisations, and for the owner the members of the space's council who have an account, and "me".
 */
(function () {
    'use strict';

    var API = '/rest/samraad/1.0';
    var LIMIT = 500;
    var cache = {};

    function get(path) {
        if (!cache[path]) {
            cache[path] = fetch(AJS.contextPath() + API + path, {credentials: 'same-origin',
                    headers: {'Accept': 'application/json'}}).then(function (response) {
                return response.ok ? response.json() : {items: []};
            }, function () {
                return {items: []};
            }).then(function (body) {
                return body.items || [];
            });
        }
        return cache[path];
    }

    function spaceKey() {
        var meta = document.querySelector('meta[name="ajs-space-key"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** The councils of the current space, or every council the person may see when the space has none. */
    function councilsHere() {
        var key = spaceKey();
        return (key ? get('/councils?spaceKey=' + encodeURIComponent(key)) : Promise.resolve([])).then(function (here) {
            return here.length ? here : get('/councils');
        });
    }

    function perCouncil(path, option) {
        return councilsHere().then(function (councils) {
            return Promise.all(councils.map(function (council) {
                return get('/councils/' + council.id + path).then(function (items) {
                    return items.map(function (item) { return option(item, council, councils.length > 1); });
                });
            }));
        }).then(function (lists) {
            return [].concat.apply([], lists);
        });
    }

    function day(iso) {
        return iso ? iso.substring(0, 10) : '';
    }

    /** Each list: a promise of [{value, label}], value as the macro parameter stores it. */
    var sources = {
        council: function () {
            return get('/councils').then(function (councils) {
                return councils.map(function (c) { return {value: String(c.id), label: c.name}; });
            });
        },
        meeting: function () {
            return perCouncil('/meetings?limit=' + LIMIT, function (m, council, several) {
                return {value: String(m.id), label: (several ? council.name + ': ' : '') + m.title
                    + (m.startsAt ? ' (' + day(m.startsAt) + ')' : '')};
            });
        },
        hearing: function () {
            return perCouncil('/hearings?limit=' + LIMIT, function (h, council, several) {
                return {value: String(h.id), label: (several ? council.name + ': ' : '') + h.title};
            });
        },
        organisation: function () {
            var key = spaceKey();
            return get('/organisations?limit=' + LIMIT + (key ? '&spaceKey=' + encodeURIComponent(key) : ''))
                .then(function (organisations) {
                    return organisations.map(function (o) { return {value: String(o.id), label: o.name}; });
                });
        },
        owner: function () {
            return perCouncil('/members', function (m) {
                return m.userKey ? {value: m.userKey, label: m.displayName} : null;
            }).then(function (people) {
                var seen = {};
                return [{value: '@me', label: AJS.I18n.getText('samraad.macro-browser.me')}].concat(people.filter(
                    function (p) {
                        if (!p || seen[p.value]) {
                            return false;
                        }
                        seen[p.value] = true;
                        return true;
                    }));
            });
        }
    };

    /**
     * A macro browser field: a select of the list, first the choice that leaves the parameter out (its text says
     * what that means), keeping a stored value the list does not have.
     */
    function selectField(source, noneText) {
        return function (param, options) {
            var paramDiv = AJS.$(Confluence.Templates.MacroBrowser.macroParameterSelect());
            var select = AJS.$('select', paramDiv);
            var wanted = null;
            select.append(AJS.$('<option/>').attr('value', '').text(noneText));
            function ensure(value) {
                if (value && !select.find('option').filter(function () { return this.value === value; }).length) {
                    select.append(AJS.$('<option/>').attr('value', value).attr('data-unknown', 'true')
                        .text(AJS.I18n.getText('samraad.macro-browser.unknown', value)));
                }
            }
            options = options || {};
            options.setValue = function (value) {
                wanted = value == null ? '' : String(value);
                ensure(wanted);
                select.val(wanted);
                select.change();
            };
            source().then(function (list) {
                list.forEach(function (item) {
                    var existing = select.find('option').filter(function () { return this.value === item.value; });
                    if (existing.length) {
                        existing.removeAttr('data-unknown').text(item.label);
                    } else {
                        select.append(AJS.$('<option/>').attr('value', item.value).text(item.label));
                    }
                });
                if (wanted !== null) {
                    select.val(wanted);
                }
            });
            return AJS.MacroBrowser.Field(paramDiv, select, options);
        };
    }

    var ofThisPage = AJS.I18n.getText('samraad.macro-browser.none');
    var all = AJS.I18n.getText('samraad.macro-browser.all');
    var byName = {
        council: selectField(sources.council, ofThisPage),
        meeting: selectField(sources.meeting, ofThisPage),
        hearing: selectField(sources.hearing, ofThisPage),
        organisation: selectField(sources.organisation, all)
    };

    /** The fields of the plugin's macros, by the parameter types the descriptor gives them. */
    var OVERRIDES = {fields: {
        'int': byName,
        'string': {owner: selectField(sources.owner, all)}
    }};

    var MACROS = ['samraad-council', 'samraad-members', 'samraad-attendance', 'samraad-agenda-requests',
        'samraad-actions', 'samraad-meeting', 'samraad-agenda', 'samraad-dispatch-log', 'samraad-hearings',
        'samraad-hearing', 'samraad-involvement', 'samraad-annual-report', 'samraad-annual-plan', 'samraad-budget',
        'samraad-per-diems'];

    function register() {
        if (!AJS.MacroBrowser || !AJS.MacroBrowser.setMacroJsOverride) {
            return false;
        }
        MACROS.forEach(function (name) {
            AJS.MacroBrowser.setMacroJsOverride(name, OVERRIDES);
        });
        return true;
    }

    window.SamraadMacroBrowser = {macros: MACROS, overrides: OVERRIDES, sources: sources};
    if (!register()) {
        AJS.toInit(register);
    }
}());
