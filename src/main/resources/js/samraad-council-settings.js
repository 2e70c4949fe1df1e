/*
 * Samråd council settings (samraad-council, space administrators): the form the macro renders with the council as
 * stored is shown on request and saved with PUT /councils/{id} and the version the page showed, so a change made
 * meanwhile is a conflict the secretary is told about (409), never overwritten. Field errors come from the server
 * in the reader's language and are shown beside their fields. After a save the overview is fetched again as the
 * macro renders it (GET /councils/{id}/overview/view) and put in place without reloading; the focus goes to the
 * council's name and "saved" is said in the page's live region.
 */
(function () {
    'use strict';

    function text(form, name) {
        return form.elements[name].value;
    }

    /** A whole number as a number; anything else is sent as typed, so the server names the field in its error. */
    function whole(value) {
        var trimmed = String(value).trim();
        return trimmed === '' ? null : (/^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed);
    }

    /**
     * "7, 2" as [7, 2]. An empty field or one with something other than whole numbers goes as an empty list, which
     * the server refuses with this field's own error (a wrong value inside the list would be named by its position).
     */
    function days(value) {
        var parts = String(value).split(/[,;\s]+/).filter(Boolean);
        return parts.every(function (part) { return /^\d+$/.test(part); }) ? parts.map(Number) : [];
    }

    /** The publication page as stored, shown by its title; the picker finds another by title. */
    function showPublicationPage(form) {
        var picker = window.Samraad.pickers.page(form.elements.publicationPage);
        var stored = form.elements.publicationPageId.defaultValue;
        picker.set('', '');
        if (stored) {
            form.elements.publicationPageId.value = stored;
            window.Samraad.pickers.pageTitle(stored).then(function (title) {
                picker.set(stored, title || stored);
            });
        }
        return picker;
    }

    /** The page picked, 0 to name none, or undefined when a title was typed but no page picked from the list. */
    function publicationPageId(picker) {
        if (picker.unresolved()) {
            return undefined;
        }
        return picker.value() ? Number(picker.value()) : 0;
    }

    function enhance(section) {
        var form = section.querySelector('form.samraad-council-settings');
        if (!form) {
            return;
        }
        var pagePicker = showPublicationPage(form);
        var cancel = form.querySelector('.samraad-council-settings-cancel');
        var close = window.Samraad.disclosure(section.querySelector('.samraad-council-settings-toggle'), form, cancel);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
                showPublicationPage(form);
            }
        });
        // after the disclosure's reset: the stored page again, by its title
        cancel.addEventListener('click', function () { showPublicationPage(form); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            window.Samraad.clearErrors(form);
            var pageId = publicationPageId(pagePicker);
            if (pageId === undefined) {
                window.Samraad.showErrors(form, {body: {message: AJS.I18n.getText('samraad.error.invalid-input'),
                    errors: [{field: 'publicationPage', message: AJS.I18n.getText('samraad.picker.pick-page')}]}});
                return;
            }
            button.disabled = true;
            window.Samraad.request('PUT', '/councils/' + encodeURIComponent(form.getAttribute('data-council-id')), {
                name: text(form, 'name'),
                kind: text(form, 'kind'),
                purpose: text(form, 'purpose'),
                locale: text(form, 'locale'),
                minutesTerm: text(form, 'minutesTerm'),
                requestDays: whole(text(form, 'requestDays')),
                dispatchDays: whole(text(form, 'dispatchDays')),
                minutesDays: whole(text(form, 'minutesDays')),
                meetingTitlePattern: text(form, 'meetingTitlePattern'),
                actionReminderDays: whole(text(form, 'actionReminderDays')),
                hearingReminderDays: days(text(form, 'hearingReminderDays')),
                publicationPageId: pageId,
                version: Number(form.getAttribute('data-version'))
            }).then(function (result) {
                if (result.ok) {
                    window.Samraad.refresh(section, '/councils/' + encodeURIComponent(result.body.id)
                            + '/overview/view', enhance).then(function (fresh) {
                        if (!fresh) {
                            form.querySelector('.samraad-form-status').textContent =
                                AJS.I18n.getText('samraad.council.settings.saved');
                            button.disabled = false;
                            return;
                        }
                        window.Samraad.focusOn(fresh.querySelector('h2'));
                        window.Samraad.announce(AJS.I18n.getText('samraad.council.settings.saved'));
                    });
                } else {
                    window.Samraad.showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-council').forEach(enhance);
    });
}());
