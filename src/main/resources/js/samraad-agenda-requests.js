/*
 * Samråd requests for agenda items (samraad-agenda-requests): members propose an item, the council's secretariat
 * accepts or declines another person's request with an answer, requesters withdraw their own. The requests read
 * first; each form opens on request ("Propose an agenda item", a row's "Answer" or "Withdraw") and Esc or Cancel
 * closes it, back to its button. The macro's HTML is complete without this script; every change goes through the
 * REST API (the answer with the version the page was rendered with, so a stale answer is a 409 shown beside the
 * request). After a change the section is rendered again by the server (GET /meetings/{id}/agenda-requests/view)
 * and swapped in place; focus goes to the request and the result is said in the page's live region. An accepted
 * request puts an item on the agenda, so the page's agenda is told to show itself again (samraad:agenda-changed).
 */
(function () {
    'use strict';

    function samraad() {
        return window.Samraad;
    }

    /** The section as the server renders it now, in this one's place; then(fresh) moves focus and speaks. */
    function refresh(section, then) {
        var path = '/meetings/' + encodeURIComponent(section.getAttribute('data-meeting-id')) + '/agenda-requests/view';
        samraad().sectionHtml(path).then(function (html) {
            if (!html) {
                samraad().announce(AJS.I18n.getText('samraad.error.unexpected'));
                return;
            }
            then(samraad().swap(section, html, enhance));
        });
    }

    function rowHeading(section, id) {
        return section.querySelector('tr[data-request-id="' + id + '"] th');
    }

    /** A form opened by its toggle; Esc and Cancel close it and give focus back. Returns the close. */
    function openedBy(toggle, form, focusFirst) {
        toggle.hidden = false;
        function show(open) {
            form.hidden = !open;
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (open) {
                samraad().focusOn(focusFirst());
            } else {
                toggle.focus();
            }
        }
        function close() {
            form.reset();
            samraad().clearErrors(form);
            show(false);
        }
        toggle.addEventListener('click', function () {
            if (form.hidden) {
                show(true);
            } else {
                close();
            }
        });
        form.querySelectorAll('.samraad-agenda-request-cancel').forEach(function (cancel) {
            cancel.addEventListener('click', close);
        });
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !event.defaultPrevented) {
                event.preventDefault();
                close();
            }
        });
        return close;
    }

    function submitting(form, send, done) {
        var chosen = null;
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
            button.addEventListener('click', function () { chosen = button; });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            // Enter in the answer submits with the form's first button, as a browser does
            var button = chosen || form.querySelector('button[type="submit"]');
            var buttons = form.querySelectorAll('button');
            buttons.forEach(function (b) { b.disabled = true; });
            samraad().clearErrors(form);
            send(button).then(function (result) {
                if (result.ok) {
                    done(result, button);
                } else {
                    samraad().showErrors(form, result);
                    buttons.forEach(function (b) { b.disabled = false; });
                }
            });
        });
    }

    function enhance(section) {
        section.querySelectorAll('form.samraad-agenda-request-new').forEach(function (form) {
            var toggle = section.querySelector('.samraad-agenda-request-propose');
            openedBy(toggle, form, function () { return form.querySelector('h3'); });
            submitting(form, function () {
                var path = '/meetings/' + encodeURIComponent(form.getAttribute('data-meeting-id')) + '/agenda-requests';
                return samraad().request('POST', path, {
                    title: form.elements.title.value,
                    description: form.elements.description.value
                });
            }, function (result) {
                refresh(section, function (fresh) {
                    samraad().focusOn(rowHeading(fresh, result.body.id));
                    samraad().announce(AJS.I18n.getText('samraad.agenda-request.macro.sent', result.body.title));
                });
            });
        });
        section.querySelectorAll('form.samraad-agenda-request-form').forEach(function (form) {
            var toggle = form.parentNode.querySelector('.samraad-agenda-request-toggle');
            openedBy(toggle, form, function () {
                return form.querySelector('textarea, .samraad-agenda-request-confirm') ;
            });
            var id = form.getAttribute('data-request-id');
            submitting(form, function (button) {
                var answer = form.elements.answer;
                return samraad().request('PUT', '/agenda-requests/' + encodeURIComponent(id), {
                    status: button ? button.value : null,
                    answer: answer ? answer.value : null,
                    version: Number(form.getAttribute('data-version'))
                });
            }, function (result, button) {
                refresh(section, function (fresh) {
                    samraad().focusOn(rowHeading(fresh, id));
                    var status = button.value;
                    samraad().announce(status === 'ACCEPTED'
                        ? AJS.I18n.getText('samraad.agenda-request.macro.done.ACCEPTED', result.body.title)
                        : status === 'DECLINED'
                            ? AJS.I18n.getText('samraad.agenda-request.macro.done.DECLINED', result.body.title)
                            : AJS.I18n.getText('samraad.agenda-request.macro.done.WITHDRAWN', result.body.title));
                    if (status === 'ACCEPTED') {
                        document.dispatchEvent(new CustomEvent('samraad:agenda-changed',
                            {detail: {meetingId: fresh.getAttribute('data-meeting-id')}}));
                    }
                });
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-agenda-requests').forEach(enhance);
    });
}());
