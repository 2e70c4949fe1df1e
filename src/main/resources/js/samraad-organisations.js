/*
 * Samråd organisations directory: progressive enhancement of the server-rendered samraad-organisations macro for
 * space editors. The macro renders the form and the buttons hidden; this script shows them and adds, changes and
 * deletes organisations through /rest/samraad/1.0/organisations as JSON. After a change the directory is fetched
 * again as the macro renders it (GET /organisations/view) and put in place without reloading, so what the editor
 * sees is always the server's rendering; the focus goes to what changed and the result is announced.
 */
(function () {
    'use strict';

    var FIELDS = ['name', 'kind', 'website', 'offers', 'targetGroup', 'contactName', 'contactEmail', 'contactPhone'];

    function request(method, path, body) {
        return Samraad.request(method, '/organisations' + path, body);
    }

    var failureMessage = Samraad.failureMessage;

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
                self.refresh(AJS.I18n.getText('samraad.organisation.saved', result.body.name), result.body.id);
            } else {
                self.showErrors(result);
            }
        });
    };

    Directory.prototype.remove = function (button) {
        var self = this;
        var name = button.getAttribute('data-name');
        Samraad.confirmInline(button, AJS.I18n.getText('samraad.organisation.delete.confirm', name),
            AJS.I18n.getText('samraad.confirm.delete'), AJS.I18n.getText('samraad.confirm.keep')).then(function (yes) {
            if (yes) {
                self.removeConfirmed(button, name);
            }
        });
    };

    Directory.prototype.removeConfirmed = function (button, name) {
        var self = this;
        self.alert.textContent = '';
        button.disabled = true;
        request('DELETE', '/' + encodeURIComponent(button.getAttribute('data-organisation-id'))).then(function (result) {
            button.disabled = false;
            if (result.ok) {
                self.refresh(AJS.I18n.getText('samraad.organisation.deleted', name), null);
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

    /**
     * The directory as the server renders it now, in this one's place; the focus goes to the changed organisation's
     * heading (or to "Add organisation" after a delete) and the result is said in the page's live region.
     */
    Directory.prototype.refresh = function (message, organisationId) {
        var root = this.root;
        var path = '/organisations/view?spaceKey=' + encodeURIComponent(root.getAttribute('data-space-key'))
                + '&kind=' + encodeURIComponent(root.getAttribute('data-kind') || '');
        Samraad.refresh(root, path, enhanceDirectory).then(function (fresh) {
            if (!fresh) {
                Samraad.announce(AJS.I18n.getText('samraad.refresh-failed'));
                return;
            }
            var heading = organisationId === null ? null : fresh.querySelector('article[data-organisation-id="'
                    + CSS.escape(String(organisationId)) + '"] h3');
            Samraad.focusOn(heading || fresh.querySelector('.samraad-organisation-add'));
            Samraad.announce(message);
        });
    };

    function enhanceDirectory(root) {
        if (root.matches('[data-space-key]') && root.querySelector('form.samraad-organisation-form')) {
            new Directory(root).enhance();
        }
    }

    AJS.toInit(function () {
        document.querySelectorAll('section.samraad-organisations[data-space-key]').forEach(enhanceDirectory);
    });
}());
