/*
 * Samråd organisations directory: progressive enhancement of the server-rendered samraad-organisations macro for
 * space editors. The macro renders the form and the buttons hidden; this script shows them and adds, changes and
 * deletes organisations through /rest/samraad/1.0/organisations as JSON. After a change the page reloads, so what
 * the editor sees is always the server's rendering; a short message and the focus carry over the reload.
 */
(function () {
    'use strict';

    var FIELDS = ['name', 'kind', 'website', 'offers', 'targetGroup', 'contactName', 'contactEmail', 'contactPhone'];
    var AFTER_RELOAD = 'samraadOrganisationsAfterReload'; // a storage key, not an i18n key

    function request(method, path, body) {
        return Samraad.request(method, '/organisations' + path, body);
    }

    var failureMessage = Samraad.failureMessage;

    /** Remembers a message (and the organisation to focus) across the reload that shows the change. */
    function reloadWith(message, organisationId) {
        try {
            window.sessionStorage.setItem(AFTER_RELOAD, JSON.stringify({message: message, id: organisationId}));
        } catch (e) {
            // storage disabled: the change is still saved and shown after the reload
        }
        window.location.reload();
    }

    function takeAfterReload() {
        try {
            var stored = window.sessionStorage.getItem(AFTER_RELOAD);
            window.sessionStorage.removeItem(AFTER_RELOAD);
            return stored ? JSON.parse(stored) : null;
        } catch (e) {
            return null;
        }
    }

    function Directory(root) {
        this.root = root;
        this.form = root.querySelector('form.samraad-organisation-form');
        this.addButton = root.querySelector('.samraad-organisation-add');
        this.status = root.querySelector('.samraad-organisations-status');
        this.alert = root.querySelector('.samraad-organisations-alert');
        this.editing = null;   // {id, version} while an existing organisation is edited
        this.opener = null;    // the button that opened the form, to return focus to
    }

    Directory.prototype.enhance = function () {
        var self = this;
        self.addButton.hidden = false;
        self.root.querySelectorAll('.samraad-organisation-actions').forEach(function (actions) { actions.hidden = false; });
        self.addButton.addEventListener('click', function () { self.openForAdd(); });
        self.root.addEventListener('click', function (event) {
            var edit = event.target.closest('.samraad-organisation-edit');
            var remove = event.target.closest('.samraad-organisation-delete');
            if (edit && self.root.contains(edit)) {
                self.openForEdit(edit);
            } else if (remove && self.root.contains(remove)) {
                self.remove(remove);
            }
        });
        self.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        self.form.querySelector('.samraad-organisation-cancel').addEventListener('click', function () { self.close(); });
        self.form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                self.close();
            }
        });
    };

    Directory.prototype.openForAdd = function () {
        this.editing = null;
        this.reset(AJS.I18n.getText('samraad.organisation.form.add'));
        var kind = this.root.getAttribute('data-kind');
        if (kind) {
            this.form.elements.kind.value = kind;
        }
        this.addButton.insertAdjacentElement('afterend', this.form);
        this.show(this.addButton);
    };

    Directory.prototype.openForEdit = function (button) {
        var self = this;
        var id = button.getAttribute('data-organisation-id');
        self.alert.textContent = '';
        button.disabled = true;
        request('GET', '/' + encodeURIComponent(id)).then(function (result) {
            button.disabled = false;
            if (!result.ok) {
                self.alert.textContent = failureMessage(result);
                return;
            }
            var organisation = result.body;
            self.editing = {id: organisation.id, version: organisation.version};
            self.reset(AJS.I18n.getText('samraad.organisation.form.edit', organisation.name));
            FIELDS.forEach(function (field) {
                var value = organisation[field];
                self.form.elements[field].value = value === null || value === undefined ? '' : value;
            });
            button.closest('article').insertAdjacentElement('afterend', self.form);
            self.show(button);
        });
    };

    Directory.prototype.reset = function (legend) {
        this.form.reset();
        this.form.querySelector('legend').textContent = legend;
        this.clearErrors();
    };

    Directory.prototype.show = function (opener) {
        this.opener = opener;
        this.form.hidden = false;
        this.form.elements.name.focus();
    };

    Directory.prototype.close = function () {
        this.form.hidden = true;
        this.editing = null;
        if (this.opener) {
            this.opener.focus();
        }
    };

    Directory.prototype.save = function () {
        var self = this;
        var body = {};
        FIELDS.forEach(function (field) { body[field] = self.form.elements[field].value; });
        var submit = self.form.querySelector('button[type="submit"]');
        var call;
        if (self.editing) {
            body.version = self.editing.version;
            call = request('PUT', '/' + encodeURIComponent(self.editing.id), body);
        } else {
            body.spaceKey = self.root.getAttribute('data-space-key');
            call = request('POST', '', body);
        }
        submit.disabled = true;
        call.then(function (result) {
            submit.disabled = false;
            if (result.ok) {
                reloadWith(AJS.I18n.getText('samraad.organisation.saved', result.body.name), result.body.id);
            } else {
                self.showErrors(result);
            }
        });
    };

    Directory.prototype.remove = function (button) {
        var self = this;
        var name = button.getAttribute('data-name');
        if (!window.confirm(AJS.I18n.getText('samraad.organisation.delete.confirm', name))) {
            return;
        }
        self.alert.textContent = '';
        button.disabled = true;
        request('DELETE', '/' + encodeURIComponent(button.getAttribute('data-organisation-id'))).then(function (result) {
            button.disabled = false;
            if (result.ok) {
                reloadWith(AJS.I18n.getText('samraad.organisation.deleted', name), null);
            } else {
                self.alert.textContent = failureMessage(result);
                button.focus();
            }
        });
    };

    Directory.prototype.clearErrors = function () {
        Samraad.clearErrors(this.form);
    };

    Directory.prototype.showErrors = function (result) {
        Samraad.showErrors(this.form, result);
    };

    Directory.prototype.announce = function (afterReload) {
        if (!afterReload) {
            return;
        }
        this.status.textContent = afterReload.message || '';
        var heading = afterReload.id === null ? null
            : this.root.querySelector('article[data-organisation-id="' + CSS.escape(String(afterReload.id)) + '"] h3');
        (heading || this.addButton).focus();
    };

    AJS.toInit(function () {
        var directories = [];
        document.querySelectorAll('section.samraad-organisations[data-space-key]').forEach(function (root) {
            if (root.querySelector('form.samraad-organisation-form')) {
                var directory = new Directory(root);
                directory.enhance();
                directories.push(directory);
            }
        });
        var afterReload = takeAfterReload();
        if (afterReload && directories.length > 0) {
            var holder = directories.filter(function (directory) {
                return afterReload.id !== null && directory.root.querySelector(
                    'article[data-organisation-id="' + CSS.escape(String(afterReload.id)) + '"]');
            })[0];
            (holder || directories[0]).announce(afterReload);
        }
    });
}());
