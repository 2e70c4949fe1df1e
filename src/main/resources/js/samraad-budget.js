/*
 * Samråd budget and per-diems (samraad-budget, samraad-per-diems), for the council's secretariat: saves a year's
 * budget (PUT /councils/{id}/budget?year= with the version shown; amounts typed in kroner, kronor or euro with a
 * comma or a point, sent as whole minor units) and approves or reopens a meeting's per-diem list
 * (PUT /meetings/{id}/per-diems). The macros' HTML is complete without this script; after a save the page reloads.
 * Server text is only set as textContent.
 */
(function () {
    'use strict';

    /** "12.000,50", "12000.50" or "12 000" as minor units; text that is no amount goes as it is (a field error). */
    function minorUnits(text) {
        var value = (text || '').replace(/[\s\u00a0]/g, '');
        if (value === '') {
            return 0;
        }
        var normalised = /,\d{1,2}$/.test(value) ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
        return /^\d+(\.\d{1,2})?$/.test(normalised) ? Math.round(Number(normalised) * 100) : value;
    }

    function enhanceBudget(section) {
        var form = section.querySelector('form.samraad-budget-edit');
        if (!form) {
            return;
        }
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var lines = [];
            form.querySelectorAll('fieldset.samraad-budget-line').forEach(function (fieldset) {
                var category = fieldset.getAttribute('data-category');
                lines.push({category: category, planned: minorUnits(form.elements['planned-' + category].value),
                    spent: minorUnits(form.elements['spent-' + category].value)});
            });
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            window.Samraad.clearErrors(form);
            window.Samraad.request('PUT', '/councils/' + encodeURIComponent(section.getAttribute('data-council-id'))
                    + '/budget?year=' + encodeURIComponent(section.getAttribute('data-year')), {
                lines: lines,
                rates: {perMeeting: minorUnits(form.elements.perMeeting.value), transport: form.elements.transport.value,
                    transportAmount: minorUnits(form.elements.transportAmount.value)},
                version: Number(section.getAttribute('data-version'))
            }).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    function enhancePerDiems(section) {
        var button = section.querySelector('button.samraad-per-diems-step');
        if (!button) {
            return;
        }
        var live = section.querySelector('.samraad-per-diems-live');
        button.hidden = false;
        button.addEventListener('click', function () {
            button.disabled = true;
            window.Samraad.request('PUT', '/meetings/' + encodeURIComponent(section.getAttribute('data-meeting-id'))
                    + '/per-diems', {approved: button.getAttribute('data-approve') === 'true',
                version: Number(section.getAttribute('data-version'))}).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    live.textContent = window.Samraad.failureMessage(result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-budget').forEach(enhanceBudget);
        document.querySelectorAll('section.samraad-per-diems').forEach(enhancePerDiems);
    });
}());
