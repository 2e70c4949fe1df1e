package org.samraad.action;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The action register as {@link ActionsMacro} renders it in the live page, for the page to put in the macro's place
 * after a save ({@code GET /actions/view} with the list's filters, the macro's columns and element id): one view, so
 * the register after an added, changed or deleted action (totals included) reads as it would after a reload, without
 * one. Three statements, as the macro: the council (404 if the caller cannot view it), the matches, the window.
 */
@Component
public class ActionsSection {
    /** The element id the page gave the macro, kept so its labels and the changed row's id still hold. */
    private static final Pattern DOM_ID = Pattern.compile("samraad-actions-[A-Za-z0-9-]{1,60}");

    private final CouncilService councils;
    private final ActionReads actions;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;
    private final CurrentUser currentUser;
    private final I18n i18n;

    public ActionsSection(CouncilService councils, ActionReads actions, SpacePermissions permissions,
            MacroRenderer renderer, CurrentUser currentUser, I18n i18n) {
        this.councils = councils;
        this.actions = actions;
        this.permissions = permissions;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    /**
     * @param across the register across every council the caller can view ({@code councils=all}); else the filter
     *     names the council
     */
    public String html(ActionFilter filter, String columnNames, boolean across, String domId) {
        ActionColumns columns = ActionColumns.parse(columnNames);
        if (columns == null || (!across && filter.councilId() == null)) {
            throw new ValidationException(List.of(FieldError.of(columns == null ? "columns" : "councilId",
                    "samraad.error.invalid-choice")));
        }
        boolean signedIn = currentUser.userKey().isPresent();
        ActionsView view;
        if (across) {
            ActionReads.Across all = actions.registerAcross(filter);
            view = ActionsView.of(null, all.councils(), all.register(), filter, columns, true,
                    c -> permissions.canEdit(c.spaceKey()), signedIn, id(domId, "samraad-actions-all"), i18n);
        } else {
            Council council = councils.get(filter.councilId());
            boolean editable = permissions.canEdit(council.spaceKey());
            view = ActionsView.of(council, List.of(council), actions.register(council, filter), filter, columns, true,
                    c -> editable, signedIn, id(domId, "samraad-actions-" + council.id()), i18n);
        }
        return renderer.renderFragment(ActionsMacro.TEMPLATE, Map.of("actions", view));
    }

    private static String id(String given, String prefix) {
        return given != null && DOM_ID.matcher(given).matches() ? given : MacroRenderer.uniqueElementId(prefix);
    }
}
