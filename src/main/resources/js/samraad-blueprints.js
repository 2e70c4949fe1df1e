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

// meeting wizard (issue 15): the council's planned meetings without a page come first, so the secretary makes the
// page of a meeting planned in a series or in the plan instead of a second meeting on its day. Works in Confluence's
// create dialog (after the wizard page renders) and on a plain wizard page; the server binds the page to the picked
// meeting (plannedMeeting), and also to a planned meeting on the day typed, so nothing is planned twice without it.
(function () {
    "use strict";
    var API = "/rest/samraad/1.0";

    function json(path) {
        return fetch(AJS.contextPath() + API + path, {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) { return response.ok ? response.json() : null; }, function () { return null; });
    }

    function kindText(kind) {
        // literal keys: Confluence's jsI18n transformer inlines only those
        switch (kind) {
        case "EXTRAORDINARY": return AJS.I18n.getText("samraad.meeting.kind.EXTRAORDINARY");
        case "DIALOGUE": return AJS.I18n.getText("samraad.meeting.kind.DIALOGUE");
        case "THEME_DAY": return AJS.I18n.getText("samraad.meeting.kind.THEME_DAY");
        default: return AJS.I18n.getText("samraad.meeting.kind.ORDINARY");
        }
    }

    /** "tirsdag 12. maj 2026" in the page's language, from the meeting's wall-clock date (no zone arithmetic). */
    function dateText(iso) {
        var parts = iso.split("-").map(Number);
        var language = document.documentElement.lang || undefined;
        return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).toLocaleDateString(language,
            {weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
    }

    function radio(container, value, label, checked) {
        var id = "samraad-planned-" + (value || "new");
        var line = document.createElement("div");
        line.className = "radio";
        var input = document.createElement("input");
        input.type = "radio";
        input.className = "radio";
        input.name = "plannedMeeting";
        input.id = id;
        input.value = value;
        input.checked = checked;
        var text = document.createElement("label");
        text.htmlFor = id;
        text.textContent = label;
        line.appendChild(input);
        line.appendChild(text);
        container.appendChild(line);
        return input;
    }

    function fill(form, meeting) {
        function set(name, value) {
            var field = form.querySelector("[name=" + name + "]");
            if (field) {
                field.value = value;
            }
        }
        set("meetingKind", meeting.kind);
        set("meetingDate", meeting.startsAt.slice(0, 10));
        set("startTime", meeting.startsAt.slice(11, 16));
        set("endTime", meeting.endsAt ? meeting.endsAt.slice(11, 16) : "");
        set("place", meeting.place || "");
        var open = form.querySelector("[name=openToPublic]");
        if (open) {
            open.checked = !!meeting.openToPublic;
        }
    }

    function offerPlanned(fieldset, spaceKey) {
        if (!fieldset || !spaceKey || fieldset.getAttribute("data-offered")) {
            return;
        }
        fieldset.setAttribute("data-offered", "true");
        var form = fieldset.closest("form") || document;
        json("/councils?spaceKey=" + encodeURIComponent(spaceKey)).then(function (councils) {
            var council = councils && councils.items && councils.items[0];
            if (!council) {
                return null;
            }
            var today = new Date().toISOString().slice(0, 10);
            return json("/councils/" + council.id + "/meetings?status=PLANNED&from=" + today + "&limit=100");
        }).then(function (meetings) {
            var planned = ((meetings && meetings.items) || []).filter(function (m) { return !m.pageId; });
            if (!planned.length) {
                return;
            }
            var options = fieldset.querySelector(".samraad-meeting-planned-options");
            radio(options, "", AJS.I18n.getText("samraad.meeting.blueprint.planned.new"), true);
            planned.forEach(function (meeting) {
                var input = radio(options, String(meeting.id), AJS.I18n.getText("samraad.meeting.blueprint.planned.option",
                    dateText(meeting.startsAt.slice(0, 10)), kindText(meeting.kind) + " – " + meeting.title), false);
                input.addEventListener("change", function () {
                    if (input.checked) {
                        fill(form, meeting);
                    }
                });
            });
            fieldset.hidden = false;
        });
    }

    if (window.Confluence && Confluence.Blueprint && Confluence.Blueprint.setWizard) {
        Confluence.Blueprint.setWizard("org.samraad.samraad-confluence:meeting-create-item", function (wizard) {
            wizard.on("post-render.meetingPage", function (e, state) {
                offerPlanned(state.$container[0].querySelector(".samraad-meeting-planned"),
                    state.wizardData && state.wizardData.spaceKey);
            });
        });
    }
    // a wizard page of its own (no create dialog): the space is the form's own field
    function onPage() {
        document.querySelectorAll(".samraad-meeting-planned").forEach(function (fieldset) {
            var form = fieldset.closest("form");
            var space = form && form.querySelector("input[name=spaceKey]");
            offerPlanned(fieldset, space && space.value);
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", onPage);
    } else {
        onPage();
    }
}());
