/*
 * Samråd: what every macro's progressive enhancement shares (this file loads first in the web resource), and the
 * council set-up form. Edits go through the REST API as JSON. i18n keys are passed to AJS.I18n.getText as
 * literals, because Confluence's jsI18n transformer inlines only those.
 */
(function () {
    'use strict';

    var API = '/rest/samraad/1.0';

    /** JSON to and from /rest/samraad/1.0; resolves to {ok, status, body} and never rejects. */
    function request(method, path, body) {
        // the token header spares a body-less DELETE the XSRF check that form posts get; the API is same-origin JSON
        var options = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}};
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

    function failureMessage(result) {
        return result.body.message || AJS.I18n.getText('samraad.error.unexpected');
    }

    /** Removes field errors and their aria links, keeping other descriptions (e.g. help texts) on the inputs. */
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

    /**
     * The server's field errors beside their inputs (element id + "-error"), linked for screen readers; errors for
     * fields without a place go to the form's status line. The first invalid input in the form's order (not the
     * order the server checked them in), else the status, gets focus.
     */
    function showErrors(form, result) {
        clearErrors(form);
        var status = form.querySelector('.samraad-form-status');
        status.textContent = failureMessage(result);
        (result.body.errors || []).forEach(function (error) {
            var input = form.elements[error.field];
            // a picker's value travels in a hidden input; its error belongs beside the control people use
            if (input && input.type === 'hidden' && input.getAttribute('data-shown-by')) {
                input = document.getElementById(input.getAttribute('data-shown-by'));
            }
            var holder = input && input.id ? document.getElementById(input.id + '-error') : null;
            if (!holder) {
                status.textContent += ' ' + error.message;
                return;
            }
            holder.textContent = error.message;
            input.setAttribute('aria-invalid', 'true');
            var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            described.push(holder.id);
            input.setAttribute('aria-describedby', described.join(' '));
        });
        (form.querySelector('[aria-invalid="true"]') || status).focus();
    }

    /**
     * A form shown on request: the toggle (aria-expanded) opens and closes it, focus moves to the form's heading and
     * back to the toggle, and Cancel closes it without its changes and errors. Returns that close, for other ways out.
     */
    function disclosure(toggle, form, cancel) {
        toggle.hidden = false;
        function show(open) {
            form.hidden = !open;
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (open) {
                form.querySelector('h3').focus();
            } else {
                toggle.focus();
            }
        }
        function close() {
            form.reset();
            clearErrors(form);
            show(false);
        }
        toggle.addEventListener('click', function () { show(form.hidden); });
        cancel.addEventListener('click', close);
        return close;
    }

    var confirmations = 0;

    /**
     * Asks before a destructive step, inline and in AUI's danger style, as Confluence apps do (not window.confirm,
     * which cannot be styled, translated in its buttons or shown in some embedded contexts): a warning message right
     * after the anchor (the danger button that asked) with the question, a danger "yes" and a link-style "keep".
     * Focus goes to the question; Escape or "keep" closes it and returns focus to the anchor (resolves false), "yes"
     * closes it with focus on the anchor (resolves true). Texts come from the caller; one confirmation per anchor at a
     * time: asking again while it is open moves focus back to its question and resolves false at once.
     */
    function confirmInline(anchor, question, yesLabel, noLabel) {
        var open = anchor.samraadConfirmation;
        if (open && open.isConnected) {
            open.querySelector('.samraad-confirm-question').focus();
            return Promise.resolve(false);
        }
        var id = 'samraad-confirm-' + (++confirmations);
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-warning samraad-confirm';
        box.id = id;
        box.setAttribute('role', 'group');
        box.setAttribute('aria-labelledby', id + '-question');
        var text = document.createElement('p');
        text.className = 'samraad-confirm-question';
        text.id = id + '-question';
        text.tabIndex = -1;
        text.textContent = question;
        var buttons = document.createElement('p');
        buttons.className = 'samraad-confirm-buttons';
        var yes = document.createElement('button');
        yes.type = 'button';
        yes.className = 'aui-button aui-button-danger samraad-button-danger samraad-confirm-yes';
        yes.textContent = yesLabel;
        var no = document.createElement('button');
        no.type = 'button';
        no.className = 'aui-button aui-button-link samraad-confirm-no';
        no.textContent = noLabel;
        buttons.appendChild(yes);
        buttons.appendChild(no);
        box.appendChild(text);
        box.appendChild(buttons);
        anchor.insertAdjacentElement('afterend', box);
        anchor.samraadConfirmation = box;
        anchor.setAttribute('aria-expanded', 'true');
        anchor.setAttribute('aria-controls', id);
        text.focus();
        return new Promise(function (resolve) {
            function close(answer) {
                box.remove();
                anchor.samraadConfirmation = null;
                anchor.setAttribute('aria-expanded', 'false');
                anchor.removeAttribute('aria-controls');
                anchor.focus();
                resolve(answer);
            }
            yes.addEventListener('click', function () { close(true); });
            no.addEventListener('click', function () { close(false); });
            box.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' || event.key === 'Esc') {
                    // the confirmation's own way out; a form or dialog around it stays open
                    event.preventDefault();
                    event.stopPropagation();
                    close(false);
                }
            });
        });
    }

    /**
     * Says a result to screen readers through one polite live region kept on the body, outside every macro, so the
     * message survives the region it speaks of being replaced. Cleared first, so the same words twice are said twice.
     */
    function announce(message) {
        var region = document.getElementById('samraad-announcer');
        if (!region) {
            region = document.createElement('div');
            region.id = 'samraad-announcer';
            region.className = 'assistive';
            region.setAttribute('role', 'status');
            region.setAttribute('aria-live', 'polite');
            document.body.appendChild(region);
        }
        region.textContent = '';
        window.setTimeout(function () { region.textContent = message; }, 50);
    }

    /** Moves focus to what changed; an element that is not focusable by itself gets tabindex -1 for it. */
    function focusOn(element) {
        if (!element) {
            return;
        }
        if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus();
    }

    /**
     * Puts the server's fresh HTML of a region (a macro section from a REST reply) in the old one's place without
     * reloading the page, runs the region's enhancement on it, and returns the new element.
     */
    function swap(oldRoot, html, enhance) {
        var holder = document.createElement('div');
        holder.innerHTML = html.trim();
        var fresh = holder.firstElementChild;
        oldRoot.replaceWith(fresh);
        if (enhance) {
            enhance(fresh);
        }
        return fresh;
    }

    /**
     * A region's HTML as the server renders it now (a GET …/view section of the REST API, see AnnualPlanSection);
     * resolves to {ok, status, html} and never rejects.
     */
    function fragment(path) {
        return fetch(AJS.contextPath() + API + path, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                return response.text().then(function (html) {
                    return {ok: response.ok, status: response.status, html: html};
                });
            }, function () {
                return {ok: false, status: 0, html: ''};
            });
    }

    /** A region's fresh HTML (e.g. after a save, for swap); resolves to the HTML, or null when it could not be had. */
    function view(path) {
        return fragment(path).then(function (result) {
            return result.ok ? result.html : null;
        });
    }

    /** As view, but only when the answer is a macro's section (see AgendaSection); else null. */
    function sectionHtml(path) {
        return view(path).then(function (html) {
            return html && html.trim().indexOf('<section') === 0 ? html : null;
        });
    }

    /**
     * An ISO day ("2027-03-09") as a table cell shows it to the reader, as ReaderDates.shortDay does on the server:
     * "9 Mar 2027", "9.3.2027", "2027-03-09". The reader's language comes with the texts; ISO stays in datetime.
     */
    function shortDay(iso) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
        if (!parts) {
            return iso;
        }
        var day = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
        var language = AJS.I18n.getText('samraad.meeting.locale');
        var locale = language === 'da' ? 'da' : language === 'sv' ? 'sv' : 'en-GB';
        var style = language === 'da' ? {day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC'}
            : language === 'sv' ? null : {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'};
        return style ? new Intl.DateTimeFormat(locale, style).format(day) : iso;
    }

    window.Samraad = {request: request, failureMessage: failureMessage, clearErrors: clearErrors, showErrors: showErrors,
        disclosure: disclosure, confirmInline: confirmInline, announce: announce, focusOn: focusOn, swap: swap,
        fragment: fragment, view: view, sectionHtml: sectionHtml, shortDay: shortDay};

    /**
     * A form that adds (opened empty by its toggle) or changes (opened by a row's "Change" once the caller has filled
     * it): returns open(trigger). The toggle pressed again, Cancel and Escape close it through {@code empty} (which
     * resets it) and give the focus back to what opened it; {@code changing()} says whether it holds a change.
     */
    window.Samraad.addOrChange = function (toggle, form, cancel, empty, changing) {
        var heading = document.getElementById(form.getAttribute('aria-labelledby'));
        var opener = toggle;
        function open(trigger) {
            opener = trigger;
            form.hidden = false;
            toggle.setAttribute('aria-expanded', trigger === toggle ? 'true' : 'false');
            heading.focus();
        }
        function close() {
            empty();
            form.hidden = true;
            toggle.setAttribute('aria-expanded', 'false');
            opener.focus();
        }
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            if (form.hidden || changing()) {
                empty();
                open(toggle);
            } else {
                close();
            }
        });
        cancel.addEventListener('click', close);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        return open;
    };

    /**
     * A region's fresh HTML from its REST view (GET /rest/samraad/1.0 + path, e.g. …/members/view) swapped in for
     * oldRoot and enhanced; resolves to the new element, or null (the old region stays) when the view cannot be had.
     */
    window.Samraad.refresh = function (oldRoot, path, enhance) {
        return view(path).then(function (html) {
            var fresh = html && html.trim() ? swap(oldRoot, html, enhance) : null;
            if (fresh) {
                // other regions that count what changed (the first-day checklist) update themselves
                document.dispatchEvent(new CustomEvent('samraad:changed'));
            }
            return fresh;
        });
    };

    function enhanceCouncilSetup(form) {
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            request('POST', '/councils', {
                spaceKey: form.getAttribute('data-space-key'),
                name: form.elements.name.value,
                kind: form.elements.kind.value,
                purpose: form.elements.purpose.value
            }).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else {
                    showErrors(form, result);
                    button.disabled = false;
                }
            });
        });
    }

    AJS.toInit(function () {
        document.querySelectorAll('form.samraad-council-setup').forEach(enhanceCouncilSetup);
    });
}());
