/*
 * Samråd budget and per-diems (samraad-budget, samraad-per-diems), for the council's secretariat: saves a year's
 * budget (PUT /councils/{id}/budget?year= with the version shown; amounts typed in kroner, kronor or euro with a
 * comma or a point, sent as whole minor units) and approves or reopens a meeting's per-diem list
 * (PUT /meetings/{id}/per-diems). The macros' HTML is complete without this script; the budget form opens on
 * request, and after a save the section is fetched again as the macro renders it (…/view) and put in place without
 * reloading, the focus on what changed and the result said in the page's live region.
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

    /** The section as the server renders it now, in its place; focus on {@code focus} in it, {@code said} announced. */
    function refreshSaying(section, path, enhance, focus, said) {
        window.Samraad.refresh(section, path, enhance).then(function (fresh) {
            if (!fresh) {
                window.Samraad.announce(AJS.I18n.getText('samraad.refresh-failed'));
                return;
            }
            window.Samraad.focusOn(fresh.querySelector(focus) || fresh.querySelector('h2'));
            window.Samraad.announce(said);
        });
    }

    function enhanceBudget(section) {
        var form = section.querySelector('form.samraad-budget-edit');
        if (!form) {
            return;
        }
        var close = window.Samraad.disclosure(section.querySelector('.samraad-budget-edit-toggle'), form,
                form.querySelector('.samraad-budget-cancel'));
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
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
            var path = '/councils/' + encodeURIComponent(section.getAttribute('data-council-id')) + '/budget';
            var year = '?year=' + encodeURIComponent(section.getAttribute('data-year'));
            window.Samraad.request('PUT', path + year, {
                lines: lines,
                rates: {perMeeting: minorUnits(form.elements.perMeeting.value), transport: form.elements.transport.value,
                    transportAmount: minorUnits(form.elements.transportAmount.value)},
                version: Number(section.getAttribute('data-version'))
            }).then(function (result) {
                if (result.ok) {
                    refreshSaying(section, path + '/view' + year, enhanceBudget, '.samraad-budget-edit-toggle',
                            AJS.I18n.getText('samraad.budget.macro.saved'));
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
            var path = '/meetings/' + encodeURIComponent(section.getAttribute('data-meeting-id')) + '/per-diems';
            window.Samraad.request('PUT', path, {approved: button.getAttribute('data-approve') === 'true',
                version: Number(section.getAttribute('data-version'))}).then(function (result) {
                if (result.ok) {
                    refreshSaying(section, path + '/view', enhancePerDiems, 'button.samraad-per-diems-step',
                            AJS.I18n.getText('samraad.perdiem.macro.saved'));
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
