/* Samråd: progressive enhancement of the server-rendered macros. Edits go through the REST API as JSON. */
(function () {
    'use strict';

    var API = '/rest/samraad/1.0';

    function text(key) {
        return AJS.I18n.getText(key);
    }

    function sendJson(method, path, body) {
        return fetch(AJS.contextPath() + API + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {ok: response.ok, status: response.status, body: json};
            });
        });
    }

    /** Shows the server's field errors beside their inputs and links them for screen readers. */
    function showErrors(form, result) {
        form.querySelectorAll('.samraad-field-error').forEach(function (p) { p.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
        var status = form.querySelector('.samraad-form-status');
        status.textContent = result.body.message || text('samraad.error.unexpected');
        (result.body.errors || []).forEach(function (error) {
            var input = form.querySelector('[name="' + CSS.escape(error.field) + '"]');
            if (!input) { return; }
            var holder = document.getElementById(input.id + '-error');
            holder.textContent = error.message;
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', holder.id);
        });
    }

    function enhanceCouncilSetup(form) {
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            sendJson('POST', '/councils', {
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
