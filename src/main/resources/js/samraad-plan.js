/*
 * Samråd annual plan (samraad-annual-plan): space editors add an own entry (POST /councils/{id}/plan-entries),
 * change one in place (PUT /plan-entries/{id} with its version), plan a series of meetings (POST
 * /councils/{id}/meetings/series, its days shown first by …/series/preview with clashes marked), make a planned
 * meeting's page (POST /meetings/{id}/page) and delete own entries (DELETE /plan-entries/{id} with the version shown); a
 * signed-in reader makes or revokes a secret
 * calendar feed address (POST/DELETE /councils/{id}/calendar-feeds); in the annual report (samraad-annual-report) the
 * secretariat makes the year's report final (POST /councils/{id}/report/final?year=). The macro's HTML is complete without this
 * script; the forms open on request, and after a save the plan is fetched again as the macro renders it
 * (GET /councils/{id}/plan/view) and put in place without reloading, the focus on what changed and the result said in
 * the page's live region. Server text is only set as textContent.
 */
(function () {
    'use strict';

    function value(form, name) {
        var input = form.elements[name];
        return input && input.value.trim() !== '' ? input.value.trim() : null;
    }

    function number(form, name) {
        var text = value(form, name);
        return text === null ? null : (/^-?\d+$/.test(text) ? Number(text) : text);
    }

    /**
     * The plan of {@code year} (the shown one when null) as the server renders it now, in the section's place; the
     * focus then goes to {@code focus} in it (else its heading) and {@code said} is announced.
     */
    function refreshPlan(section, year, focus, said) {
        var path = '/councils/' + encodeURIComponent(section.getAttribute('data-council-id')) + '/plan/view?year='
                + encodeURIComponent(year || section.getAttribute('data-year')) + '&layout='
                + encodeURIComponent(section.getAttribute('data-layout') || 'months');
        window.Samraad.refresh(section, path, enhanceSection).then(function (fresh) {
            if (!fresh) {
                window.Samraad.announce(AJS.I18n.getText('samraad.refresh-failed'));
                return;
            }
            if (year && String(year) !== section.getAttribute('data-year')) {
                // the plan now shows the year of what was saved; the address says so, as after the year links
                var address = new URL(window.location.href);
                address.searchParams.set('planYear', fresh.getAttribute('data-year'));
                window.history.pushState({planYear: fresh.getAttribute('data-year')}, '', address.toString());
            }
            var target = focus && fresh.querySelector(focus);
            if (!target) {
                target = fresh.querySelector('h2');
            }
            window.Samraad.focusOn(target);
            window.Samraad.announce(said);
        });
    }

    /** Saves the form; on success {@code saved} gets the server's reply, otherwise the errors go beside the fields. */
    function submitting(form, path, body, method, saved) {
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        window.Samraad.clearErrors(form);
        return window.Samraad.request(method || 'POST', path, body).then(function (result) {
            if (result.ok) {
                saved(result.body);
            } else {
                window.Samraad.showErrors(form, result);
                button.disabled = false;
            }
        });
    }

    /** Every organisation the editor can see: the service accepts exactly those as staff. */
    function staffOrganisations(form) {
        var select = form.elements.staffOrganisations;
        window.Samraad.request('GET', '/organisations?limit=500').then(function (result) {
            (result.ok ? result.body.items || [] : []).forEach(function (organisation) {
                var option = document.createElement('option');
                option.value = organisation.id;
                option.textContent = organisation.name;
                select.appendChild(option);
            });
        });
    }

    /** The people typed one per line, then the organisations chosen: each a line of the entry's staff. */
    function staff(form) {
        var lines = (form.elements.staff.value || '').split('\n').map(function (line) { return line.trim(); })
            .filter(Boolean).map(function (name) { return {name: name}; });
        Array.prototype.forEach.call(form.elements.staffOrganisations.selectedOptions, function (option) {
            lines.push({organisationId: Number(option.value)});
        });
        return lines;
    }

    /**
     * The entry form adds an entry, or, after an entry's "Change", changes that entry in place: it is filled from
     * GET /plan-entries/{id} and saved with PUT and the version it was read at (409 if someone changed it since).
     */
    function enhanceAdd(form, councilId, section) {
        var heading = document.getElementById(form.getAttribute('aria-labelledby'));
        var save = form.querySelector('button[type="submit"]');
        var cancel = form.querySelector('.samraad-plan-change-cancel');
        function mode(entry) {
            form.setAttribute('data-entry-id', entry ? entry.id : '');
            form.setAttribute('data-version', entry ? entry.version : '');
            heading.textContent = heading.getAttribute(entry ? 'data-change' : 'data-add');
            save.textContent = save.getAttribute(entry ? 'data-change' : 'data-add');
        }
        var open = window.Samraad.addOrChange(section.querySelector('.samraad-plan-add-toggle'), form, cancel,
            function () {
                window.Samraad.clearErrors(form);
                form.reset();
                mode(null);
            }, function () {
                return !!form.getAttribute('data-entry-id');
            });
        form.samraadChange = function (entry, trigger) {
            window.Samraad.clearErrors(form);
            form.reset();
            ['kind', 'title', 'date', 'endDate', 'place', 'description'].forEach(function (name) {
                form.elements[name].value = entry[name] || '';
            });
            form.elements.visitors.value = entry.visitors == null ? '' : entry.visitors;
            form.elements.staff.value = (entry.staff || []).filter(function (line) { return line.name; })
                .map(function (line) { return line.name; }).join('\n');
            var staffing = (entry.staff || []).map(function (line) { return line.organisationId; });
            Array.prototype.forEach.call(form.elements.staffOrganisations.options, function (option) {
                option.selected = staffing.indexOf(Number(option.value)) >= 0;
            });
            form.elements.startTime.value = entry.startTime ? entry.startTime.slice(0, 5) : '';
            form.elements.endTime.value = entry.endTime ? entry.endTime.slice(0, 5) : '';
            mode(entry);
            open(trigger);
        };
        staffOrganisations(form);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {
                kind: value(form, 'kind'),
                title: value(form, 'title'),
                date: value(form, 'date'),
                endDate: value(form, 'endDate'),
                startTime: value(form, 'startTime'),
                endTime: value(form, 'endTime'),
                place: value(form, 'place'),
                description: value(form, 'description'),
                staff: staff(form),
                visitors: number(form, 'visitors')
            };
            var entryId = form.getAttribute('data-entry-id');
            // the plan of the entry's year, so a saved entry is seen even when it falls in another year
            function saved(entry) {
                refreshPlan(section, String(entry.date || '').slice(0, 4) || null,
                        '.samraad-plan-change[data-entry-id="' + entry.id + '"]', entryId
                        ? AJS.I18n.getText('samraad.plan.macro.changed', entry.title)
                        : AJS.I18n.getText('samraad.plan.macro.added', entry.title));
            }
            if (entryId) {
                body.version = Number(form.getAttribute('data-version'));
                submitting(form, '/plan-entries/' + encodeURIComponent(entryId), body, 'PUT', saved);
            } else {
                submitting(form, '/councils/' + encodeURIComponent(councilId) + '/plan-entries', body, 'POST', saved);
            }
        });
    }

    /** An own entry's "Change": reads the entry as it is now and opens it in the entry form. */
    function enhanceChange(button, form, status) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.Samraad.request('GET', '/plan-entries/' + encodeURIComponent(button.getAttribute('data-entry-id')))
                .then(function (result) {
                    if (result.ok) {
                        form.samraadChange(result.body, button);
                    } else {
                        status.textContent = window.Samraad.failureMessage(result);
                    }
                });
        });
    }

    function enhanceSeries(form, councilId, section) {
        var monthly = form.querySelector('.samraad-plan-series-monthly');
        var weekly = form.querySelector('.samraad-plan-series-weekly');
        function showPattern() {
            var isMonthly = form.elements.pattern.value === 'MONTHLY';
            monthly.hidden = !isMonthly;
            weekly.hidden = isMonthly;
        }
        var close = window.Samraad.disclosure(section.querySelector('.samraad-plan-series-toggle'), form,
                form.querySelector('.samraad-plan-series-cancel'));
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        form.elements.pattern.addEventListener('change', showPattern);
        // Cancel resets the form: the pattern's fields follow the pattern it is back at
        form.addEventListener('reset', function () { window.setTimeout(showPattern, 0); });
        showPattern();
        var path = '/councils/' + encodeURIComponent(councilId) + '/meetings/series';
        var preview = form.querySelector('.samraad-plan-series-preview');
        var previewButton = form.querySelector('.samraad-plan-series-show');
        previewButton.hidden = false;
        // the days as the server would plan them (one rule: the save skips exactly the days marked as clashes)
        previewButton.addEventListener('click', function () {
            window.Samraad.clearErrors(form);
            window.Samraad.request('POST', path + '/preview', series()).then(function (result) {
                if (!result.ok) {
                    preview.hidden = true;
                    window.Samraad.showErrors(form, result);
                    return;
                }
                var list = preview.querySelector('ul');
                list.textContent = '';
                result.body.days.forEach(function (day) {
                    var li = document.createElement('li');
                    var time = document.createElement('time');
                    time.setAttribute('datetime', day.date);
                    if (day.clash) {
                        li.className = 'samraad-plan-series-clash';
                        var strong = document.createElement('strong');
                        strong.textContent = day.text;
                        li.appendChild(strong);
                    } else {
                        time.textContent = day.text;
                        li.appendChild(time);
                    }
                    list.appendChild(li);
                });
                preview.querySelector('.samraad-plan-series-summary').textContent = result.body.summary;
                preview.hidden = false;
                preview.querySelector('h4').focus();
            });
        });
        function series() {
            var isMonthly = form.elements.pattern.value === 'MONTHLY';
            var months = Array.prototype.filter.call(form.querySelectorAll('input[name="months"]'), function (box) {
                return box.checked;
            }).map(function (box) { return Number(box.value); });
            return {
                pattern: form.elements.pattern.value,
                year: isMonthly ? number(form, 'year') : null,
                months: isMonthly ? months : null,
                week: isMonthly ? value(form, 'week') : null,
                weekday: isMonthly ? value(form, 'weekday') : null,
                firstDate: isMonthly ? null : value(form, 'firstDate'),
                everyWeeks: isMonthly ? null : number(form, 'everyWeeks'),
                count: isMonthly ? null : number(form, 'count'),
                startTime: value(form, 'startTime'),
                endTime: value(form, 'endTime'),
                place: value(form, 'place')
            };
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var planned = series();
            var year = planned.year || String(planned.firstDate || '').slice(0, 4) || null;
            submitting(form, path, planned, 'POST', function () {
                refreshPlan(section, year ? String(year) : null, null,
                        AJS.I18n.getText('samraad.plan.series.saved'));
            });
        });
    }

    function enhanceFeed(box, councilId) {
        var status = box.querySelector('.samraad-plan-feed-status');
        var address = box.querySelector('.samraad-plan-feed-url');
        var path = '/councils/' + encodeURIComponent(councilId) + '/calendar-feeds';
        box.hidden = false;
        box.querySelector('.samraad-plan-feed-make').addEventListener('click', function () {
            window.Samraad.request('POST', path, {}).then(function (result) {
                if (result.ok) {
                    address.value = result.body.url && /^https?:/.test(result.body.url) ? result.body.url
                        : window.location.origin + AJS.contextPath() + result.body.path;
                    status.textContent = AJS.I18n.getText('samraad.plan.macro.feed.made');
                    address.focus();
                    address.select();
                } else {
                    status.textContent = window.Samraad.failureMessage(result);
                }
            });
        });
        box.querySelector('.samraad-plan-feed-revoke').addEventListener('click', function () {
            window.Samraad.request('DELETE', path).then(function (result) {
                address.value = '';
                status.textContent = result.ok ? AJS.I18n.getText('samraad.plan.macro.feed.revoked')
                    : window.Samraad.failureMessage(result);
            });
        });
    }

    /** An own entry's delete button: asks first, deletes with the version the page showed (409 if changed since). */
    function enhanceDelete(button, status, section) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.Samraad.confirmInline(button, AJS.I18n.getText('samraad.plan.macro.delete.confirm'),
                AJS.I18n.getText('samraad.confirm.delete'), AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
                if (yes) {
                    remove();
                }
            });
        });
        function remove() {
            button.disabled = true;
            window.Samraad.request('DELETE', '/plan-entries/' + encodeURIComponent(button.getAttribute('data-entry-id'))
                    + '?version=' + encodeURIComponent(button.getAttribute('data-version'))).then(function (result) {
                if (result.ok) {
                    var said = AJS.I18n.getText('samraad.plan.macro.deleted', button.getAttribute('data-title'));
                    refreshPlan(section, null, '.samraad-plan-add-toggle', said);
                } else {
                    status.textContent = window.Samraad.failureMessage(result);
                    button.disabled = false;
                }
            });
        }
    }

    /**
     * "Make the meeting page" on a planned meeting without one (POST /meetings/{id}/page): the server makes and binds
     * the page once, however often it is asked; the line then links it in place of the button, and focus moves there.
     */
    function enhanceMakePage(button, status) {
        button.hidden = false;
        button.addEventListener('click', function () {
            button.disabled = true;
            status.textContent = AJS.I18n.getText('samraad.meeting.macro.saving');
            window.Samraad.request('POST', '/meetings/' + encodeURIComponent(button.getAttribute('data-meeting-id'))
                    + '/page').then(function (result) {
                if (!result.ok || !result.body.pageId) {
                    status.textContent = window.Samraad.failureMessage(result);
                    button.disabled = false;
                    return;
                }
                var line = button.closest('li');
                var title = line.querySelector('.samraad-plan-title');
                var link = document.createElement('a');
                link.href = AJS.contextPath() + '/pages/viewpage.action?pageId=' + encodeURIComponent(result.body.pageId);
                link.textContent = title ? title.textContent : result.body.title;
                if (title) {
                    title.parentNode.replaceChild(link, title);
                }
                var note = line.querySelector('.samraad-plan-note');
                if (note) {
                    note.parentNode.removeChild(note);
                }
                button.parentNode.removeChild(button);
                status.textContent = AJS.I18n.getText('samraad.plan.macro.page-made', link.textContent);
                link.focus();
            });
        });
    }

    /**
     * "Make the report final" (POST /councils/{id}/report/final?year= with the page to write into): asks first, then
     * reloads, so the page shows its new version with the final report.
     */
    function enhanceFinal(report) {
        var button = report.querySelector('.samraad-report-final-button');
        if (!button) {
            return;
        }
        var status = report.querySelector('.samraad-report-final-status');
        button.addEventListener('click', function () {
            window.Samraad.confirmInline(button, button.getAttribute('data-confirm'),
                AJS.I18n.getText('samraad.confirm.final'), AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
                if (yes) {
                    makeFinal();
                }
            });
        });
        function makeFinal() {
            button.disabled = true;
            var pageId = button.getAttribute('data-page-id');
            window.Samraad.request('POST', '/councils/' + report.getAttribute('data-council-id') + '/report/final?year='
                    + button.getAttribute('data-year'), {pageId: pageId ? Number(pageId) : null})
                .then(function (result) {
                    if (result.ok) {
                        window.location.reload();
                        return;
                    }
                    var errors = (result.body.errors || []).map(function (e) { return e.message; });
                    status.textContent = [window.Samraad.failureMessage(result)].concat(errors).join(' ');
                    button.disabled = false;
                    status.focus();
                });
        }
    }

    /** The year in the page's address (?planYear=2027), so a plan showing another year can be shared. */
    function yearInAddress() {
        var year = new URLSearchParams(window.location.search).get('planYear');
        return year && /^\d{4}$/.test(year) ? year : null;
    }

    /**
     * Another year of the plan in this macro's place: the server renders it as the macro would
     * (GET /councils/{id}/plan/view?year=), so both show a year alike; the address keeps the year.
     */
    function showYear(section, year, remember) {
        var status = section.querySelector('.samraad-plan-years-status');
        fetch(AJS.contextPath() + '/rest/samraad/1.0/councils/' + encodeURIComponent(section.getAttribute('data-council-id'))
                + '/plan/view?year=' + encodeURIComponent(year) + '&layout='
                + encodeURIComponent(section.getAttribute('data-layout') || 'months'),
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
            return response.ok ? response.text() : null;
        }, function () {
            return null;
        }).then(function (html) {
            var fresh = html && new DOMParser().parseFromString(html, 'text/html').querySelector('section.samraad-plan');
            if (!fresh) {
                if (status) {
                    status.textContent = AJS.I18n.getText('samraad.error.unexpected');
                }
                return;
            }
            fresh = document.importNode(fresh, true);
            section.parentNode.replaceChild(fresh, section);
            enhanceSection(fresh);
            if (remember) {
                var address = new URL(window.location.href);
                address.searchParams.set('planYear', year);
                window.history.pushState({planYear: year}, '', address.toString());
            }
            var heading = fresh.querySelector('h2');
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        });
    }

    function enhanceYears(section) {
        var nav = section.querySelector('.samraad-plan-years');
        if (!nav) {
            return;
        }
        nav.hidden = false;
        var status = document.createElement('p');
        status.className = 'samraad-plan-years-status';
        status.setAttribute('role', 'status');
        nav.appendChild(status);
        nav.querySelectorAll('a.samraad-plan-year').forEach(function (link) {
            var address = new URL(window.location.href);
            address.searchParams.set('planYear', link.getAttribute('data-year'));
            link.href = address.toString();
            link.addEventListener('click', function (event) {
                event.preventDefault();
                showYear(section, link.getAttribute('data-year'), true);
            });
        });
    }

    function enhanceSection(section) {
        var councilId = section.getAttribute('data-council-id');
        section.querySelectorAll('form.samraad-plan-add').forEach(function (form) {
            enhanceAdd(form, councilId, section);
        });
        section.querySelectorAll('form.samraad-plan-series').forEach(function (form) {
            enhanceSeries(form, councilId, section);
        });
        section.querySelectorAll('.samraad-plan-feed').forEach(function (box) { enhanceFeed(box, councilId); });
        var status = section.querySelector('.samraad-plan-status');
        section.querySelectorAll('button.samraad-plan-delete').forEach(function (button) {
            enhanceDelete(button, status, section);
        });
        section.querySelectorAll('button.samraad-plan-make-page').forEach(function (button) {
            enhanceMakePage(button, status);
        });
        var entryForm = section.querySelector('form.samraad-plan-add');
        if (entryForm) {
            section.querySelectorAll('button.samraad-plan-change').forEach(function (button) {
                enhanceChange(button, entryForm, status);
            });
        }
        enhanceYears(section);
    }

    /**
     * The first-day checklist after a change elsewhere on the page (GET /councils/{id}/getting-started/view): a job
     * done ticks itself off; once all are done the list is gone. Never moves the focus.
     */
    function refreshChecklist() {
        document.querySelectorAll('section.samraad-getting-started[data-council-id]').forEach(function (checklist) {
            fetch(AJS.contextPath() + '/rest/samraad/1.0/councils/' + encodeURIComponent(
                    checklist.getAttribute('data-council-id')) + '/getting-started/view',
                    {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
                return response.ok ? response.text() : null;
            }, function () {
                return null;
            }).then(function (html) {
                if (html === null) {
                    return;
                }
                if (html.trim()) {
                    window.Samraad.swap(checklist, html);
                } else {
                    checklist.remove();
                }
            });
        });
    }

    AJS.toInit(function () {
        document.addEventListener('samraad:changed', refreshChecklist);
        var year = yearInAddress();
        document.querySelectorAll('section.samraad-plan').forEach(function (section) {
            enhanceSection(section);
            if (year && year !== section.getAttribute('data-year')) {
                showYear(section, year, false);
            }
        });
        // back and forward go through the years shown; back to the address without a year, the page as rendered
        window.addEventListener('popstate', function () {
            var shown = yearInAddress();
            if (!shown) {
                window.location.reload();
                return;
            }
            document.querySelectorAll('section.samraad-plan').forEach(function (section) {
                if (shown !== section.getAttribute('data-year')) {
                    showYear(section, shown, false);
                }
            });
        });
        document.querySelectorAll('section.samraad-annual-report').forEach(enhanceFinal);
    });
}());
