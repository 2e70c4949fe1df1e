/*
 * Samråd blueprint wizards in Confluence's create dialogs (context create-content). The forms work without this
 * script (the council is validated again on the server); it adds the checks Confluence's own wizards make before
 * submitting, and hides the member list wizard's council fields when the space already has a council.
 */
(function () {
    "use strict";
    if (!window.Confluence || !Confluence.Blueprint || !Confluence.Blueprint.setWizard) {
        return; // not in Confluence's create dialog
    }
    var PLUGIN = "org.samraad.samraad-confluence";
    var bindings = Confluence.SpaceBlueprint && Confluence.SpaceBlueprint.CommonWizardBindings;

    function blank(value) {
        return !value || !String(value).trim();
    }

    Confluence.Blueprint.setWizard(PLUGIN + ":council-space-create-item", function (wizard) {
        wizard.on("post-render.councilSpacePage", function (e, state) {
            if (bindings) {
                bindings.postRender(e, state);
            }
        });
        wizard.on("submit.councilSpacePage", function (e, state) {
            var field = state.$container.find("[name=councilName]");
            var error = field.closest(".field-group").find(".error");
            if (blank(state.pageData.councilName)) {
                error.text(AJS.I18n.getText("samraad.blueprint.error.council-name"));
                field.focus();
                return false;
            }
            error.text("");
            return bindings ? bindings.submit(e, state) : true;
        });
    });

    Confluence.Blueprint.setWizard(PLUGIN + ":member-list-create-item", function (wizard) {
        wizard.on("post-render.memberListPage", function (e, state) {
            var spaceKey = state.wizardData && state.wizardData.spaceKey;
            if (!spaceKey) {
                return;
            }
            AJS.$.ajax({
                url: AJS.contextPath() + "/rest/samraad/1.0/councils?spaceKey=" + encodeURIComponent(spaceKey),
                dataType: "json"
            }).done(function (page) {
                if (page && page.items && page.items.length > 0) {
                    state.$container.find(".samraad-council-fields, .samraad-council-fields-hint").hide();
                }
            });
        });
    });

    // action register wizard (issue 5)
    Confluence.Blueprint.setWizard(PLUGIN + ":action-register-create-item", function (wizard) {
        wizard.on("submit.actionRegisterPage", function (e, state) {
            var field = state.$container.find("[name=title]");
            var error = field.closest(".field-group").find(".error");
            if (blank(state.pageData.title)) {
                error.text(AJS.I18n.getText("samraad.blueprint.error.title"));
                field.focus();
                return false;
            }
            error.text("");
            return true;
        });
    });

    // meeting wizard (issue 4): the date is required, as on the server
    Confluence.Blueprint.setWizard(PLUGIN + ":meeting-create-item", function (wizard) {
        wizard.on("submit.meetingPage", function (e, state) {
            var field = state.$container.find("[name=meetingDate]");
            var error = field.closest(".field-group").find(".error");
            if (blank(state.pageData.meetingDate)) {
                error.text(AJS.I18n.getText("samraad.meeting.blueprint.error.date"));
                field.focus();
                return false;
            }
            error.text("");
            return true;
        });
    });

    // hearing response wizard (issue 6): a title and a deadline are needed to register the hearing
    Confluence.Blueprint.setWizard(PLUGIN + ":hearing-response-create-item", function (wizard) {
        var messages = {
            deadline: AJS.I18n.getText("samraad.blueprint.hearing.error.deadline"),
            title: AJS.I18n.getText("samraad.blueprint.hearing.error.title")
        };
        wizard.on("submit.hearingResponsePage", function (e, state) {
            var ok = true;
            ["deadline", "title"].forEach(function (name) {
                var field = state.$container.find("[name=" + name + "]");
                var error = field.closest(".field-group").find(".error");
                if (blank(state.pageData[name])) {
                    error.text(messages[name]);
                    field.focus();
                    ok = false;
                } else {
                    error.text("");
                }
            });
            return ok;
        });
    });
}());

// involvement process wizard (issue 19): a title is needed (the listener checks the deadline again)
(function () {
    "use strict";
    if (!window.Confluence || !Confluence.Blueprint || !Confluence.Blueprint.setWizard) {
        return;
    }
    Confluence.Blueprint.setWizard("org.samraad.samraad-confluence:involvement-create-item", function (wizard) {
        wizard.on("submit.involvementPage", function (e, state) {
            var field = state.$container.find("[name=title]");
            var error = field.closest(".field-group").find(".error");
            if (!state.pageData.title || !String(state.pageData.title).trim()) {
                error.text(AJS.I18n.getText("samraad.blueprint.error.title"));
                field.focus();
                return false;
            }
            error.text("");
            return true;
        });
    });
}());

// annual report wizard (issue 7): a title is needed; the year, if given, is four digits (the macro checks it again)
(function () {
    "use strict";
    if (!window.Confluence || !Confluence.Blueprint || !Confluence.Blueprint.setWizard) {
        return;
    }
    Confluence.Blueprint.setWizard("org.samraad.samraad-confluence:annual-report-create-item", function (wizard) {
        wizard.on("submit.annualReportPage", function (e, state) {
            var ok = true;
            // Confluence inlines only literal AJS.I18n.getText('key') calls, so the texts are looked up here, not
            // from keys in the array
            var checks = [
                ["title", !state.pageData.title || !String(state.pageData.title).trim(),
                    AJS.I18n.getText("samraad.blueprint.error.title")],
                ["reportYear", state.pageData.reportYear && !/^\s*\d{4}\s*$/.test(state.pageData.reportYear),
                    AJS.I18n.getText("samraad.blueprint.report.error.year")]
            ];
            checks.forEach(function (check) {
                var field = state.$container.find("[name=" + check[0] + "]");
                var error = field.closest(".field-group").find(".error");
                if (check[1]) {
                    error.text(check[2]);
                    field.focus();
                    ok = false;
                } else {
                    error.text("");
                }
            });
            return ok;
        });
    });
}());
