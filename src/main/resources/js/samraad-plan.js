/*
 * Samråd annual plan (samraad-annual-plan): space editors add an own entry (POST /councils/{id}/plan-entries) and
 * plan a series of meetings (POST /councils/{id}/meetings/series) and delete own entries (DELETE
 * /plan-entries/{id} with the version shown); a signed-in reader makes or revokes a secret
 * calendar feed address (POST/DELETE /councils/{id}/calendar-feeds). The macro's HTML is complete without this
 * script; after a save the page reloads so the plan shows the new lines. Server text is only set as textContent.
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

    function submitting(form, path, body) {
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        window.Samraad.clearErrors(form);
        return window.Samraad.request('POST', path, body).then(function (result) {
            if (result.ok) {
                window.location.reload();
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

    function enhanceAdd(form, councilId) {
        form.hidden = false;
        staffOrganisations(form);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            submitting(form, '/councils/' + encodeURIComponent(councilId) + '/plan-entries', {
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
            });
        });
    }

    function enhanceSeries(form, councilId) {
        var monthly = form.querySelector('.samraad-plan-series-monthly');
        var weekly = form.querySelector('.samraad-plan-series-weekly');
        function showPattern() {
            var isMonthly = form.elements.pattern.value === 'MONTHLY';
            monthly.hidden = !isMonthly;
            weekly.hidden = isMonthly;
        }
        form.hidden = false;
        form.elements.pattern.addEventListener('change', showPattern);
        showPattern();
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var isMonthly = form.elements.pattern.value === 'MONTHLY';
            var months = Array.prototype.filter.call(form.querySelectorAll('input[name="months"]'), function (box) {
                return box.checked;
            }).map(function (box) { return Number(box.value); });
            submitting(form, '/councils/' + encodeURIComponent(councilId) + '/meetings/series', {
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
    function enhanceDelete(button, status) {
        button.hidden = false;
        button.addEventListener('click', function () {
            if (!window.confirm(AJS.I18n.getText('samraad.plan.macro.delete.confirm'))) {
                return;
            }
            button.disabled = true;
            window.Samraad.request('DELETE', '/plan-entries/' + encodeURIComponent(button.getAttribute('data-entry-id'))
                    + '?version=' + encodeURIComponent(button.getAttribute('data-version'))).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    status.textContent = window.Samraad.failureMessage(result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-plan').forEach(function (section) {
            var councilId = section.getAttribute('data-council-id');
            section.querySelectorAll('form.samraad-plan-add').forEach(function (form) { enhanceAdd(form, councilId); });
            section.querySelectorAll('form.samraad-plan-series').forEach(function (form) {
                enhanceSeries(form, councilId);
            });
            section.querySelectorAll('.samraad-plan-feed').forEach(function (box) { enhanceFeed(box, councilId); });
            var status = section.querySelector('.samraad-plan-status');
            section.querySelectorAll('button.samraad-plan-delete').forEach(function (button) {
                enhanceDelete(button, status);
            });
        });
    });
}());
