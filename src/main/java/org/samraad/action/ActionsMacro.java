package org.samraad.action;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samraad.platform.BlockMacro;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Validation;
import org.samraad.platform.TextRule;

/**
 * {@code samraad-actions}: the action register of one council, filtered as the page's author configured it, with
 * totals per status and per organisation of everything that matches, the first {@code pageSize} actions as a real
 * table, and a CSV download of all of them. Static, accessible HTML in every output type (an overdue action says
 * so in words); in the live page, space editors also change status and progress in place through the REST API.
 *
 * <p>The HTML holds the first page, with "n of N shown" and the CSV link for the rest: a page of a wiki is
 * exported, printed, cached and mailed as it is, so the macro's output does not depend on the request's URL. In
 * the live page the script pages through the rest over the REST list ({@code GET /actions}) with the same
 * filters, offers each action's history on demand, and gives editors an "add action" form; without the script
 * readers keep the first page and the CSV. The {@code columns} parameter picks the table's columns (an unknown
 * name is a macro error that lists the known ones).
 *
 * <p>Three SQL statements whatever the number of actions: the council, the totals per status and organisation
 * (one GROUP BY), and the window's full rows in order (the database's row limit).
 */
public class ActionsMacro extends BlockMacro {
    static final String TEMPLATE = "templates/action/actions.vm";
    static final String ALL_COUNCILS = "all";
    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 100;
    static final Set<ActionStatus> DEFAULT_STATUSES = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final CouncilParameter councilParameter;
    private final ActionReads actions;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;
    private final I18n i18n;
    private final CurrentUser currentUser;

    public ActionsMacro(CouncilParameter councilParameter, ActionReads actions, SpacePermissions permissions,
            MacroRenderer renderer, I18n i18n, CurrentUser currentUser) {
        this.councilParameter = councilParameter;
        this.actions = actions;
        this.permissions = permissions;
        this.renderer = renderer;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ActionFilter filter = filter(parameters);
        ActionColumns columns = ActionColumns.parse(parameters.get("columns"));
        if (columns == null) {
            throw error("samraad.action.macro.bad-columns", String.join(", ", ActionColumns.NAMES));
        }
        boolean interactive = OutputTypes.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        if (across(parameters.get("councils"))) {
            ActionReads.Across across = actions.registerAcross(filter);
            model.put("actions", ActionsView.of(null, across.councils(), across.register(), filter, columns,
                    interactive, c -> permissions.canEdit(c.spaceKey()), currentUser.userKey().isPresent(),
                    MacroRenderer.uniqueElementId("samraad-actions-all"), i18n));
            return renderer.render(TEMPLATE, model, context);
        }
        // the page's council as the home page's other council macros read it: once per render
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context);
        if (council.isPresent()) {
            Council c = council.get();
            boolean editable = interactive && permissions.canEdit(c.spaceKey());
            model.put("actions", ActionsView.of(c, List.of(c), actions.register(c, filter), filter, columns, interactive,
                    x -> editable, currentUser.userKey().isPresent(),
                    MacroRenderer.uniqueElementId("samraad-actions-" + c.id()), i18n));
        }
        return renderer.render(TEMPLATE, model, context);
    }

    /**
     * {@code councils=all}: the register across every council the reader can view (the {@code council} parameter
     * is then ignored); blank is the one council. Anything else is a macro error.
     */
    private boolean across(String value) throws MacroExecutionException {
        if (Validation.isBlank(value)) {
            return false;
        }
        if (!ALL_COUNCILS.equalsIgnoreCase(value.strip())) {
            throw error("samraad.action.macro.bad-councils");
        }
        return true;
    }

    /** The parameters as a register filter (without the council, which {@link CouncilParameter} resolves). */
    ActionFilter filter(Map<String, String> parameters) throws MacroExecutionException {
        Integer organisation = id(parameters.get("organisation"), "samraad.action.macro.bad-organisation");
        Integer meeting = id(parameters.get("meeting"), "samraad.action.macro.bad-meeting");
        String owner = owner(parameters.get("owner"));
        Set<ActionStatus> statuses = statuses(parameters.get("status"));
        boolean overdue = flag(parameters.get("overdue"));
        ActionFilterText.Reading<Integer> days = ActionFilterText.dueWithinDays(parameters.get("dueWithinDays"));
        if (!days.readable()) {
            throw error("samraad.action.macro.bad-days", ActionFilter.MAX_DAYS);
        }
        ActionSort sort = ActionSort.DUE_DATE;
        if (!Validation.isBlank(parameters.get("sort"))) {
            sort = ActionSort.byApiName(parameters.get("sort"));
            if (sort == null) {
                throw error("samraad.action.macro.bad-sort");
            }
        }
        int pageSize = DEFAULT_PAGE_SIZE;
        if (!Validation.isBlank(parameters.get("pageSize"))) {
            Integer size = Validation.wholeNumber(parameters.get("pageSize"));
            if (size == null || size < 1 || size > MAX_PAGE_SIZE) {
                throw error("samraad.action.macro.bad-page-size", MAX_PAGE_SIZE);
            }
            pageSize = size;
        }
        return new ActionFilter(null, organisation, owner, statuses, overdue, days.value(), meeting, sort, false, pageSize,
                0);
    }

    private Integer id(String value, String errorKey) throws MacroExecutionException {
        ActionFilterText.Reading<Integer> id = ActionFilterText.id(value);
        if (!id.readable()) {
            throw error(errorKey);
        }
        return id.value();
    }

    private String owner(String value) throws MacroExecutionException {
        String owner = ActionFilterText.owner(value);
        if (owner == null) {
            return null;
        }
        if (owner.length() > TextLengths.LINE || !TextRule.isOneLine(owner)) {
            throw error("samraad.action.macro.bad-owner");
        }
        return ActionFilter.ME.equalsIgnoreCase(owner) ? ActionFilter.ME : owner;
    }

    private Set<ActionStatus> statuses(String value) throws MacroExecutionException {
        ActionFilterText.Reading<Set<ActionStatus>> statuses = ActionFilterText.statuses(
                value == null ? List.of() : List.of(value));
        if (!statuses.readable()) {
            throw error("samraad.action.macro.bad-status");
        }
        return statuses.value().isEmpty() ? DEFAULT_STATUSES : statuses.value();
    }

    private boolean flag(String value) throws MacroExecutionException {
        ActionFilterText.Reading<Boolean> flag = ActionFilterText.overdue(value);
        if (!flag.readable()) {
            throw error("samraad.action.macro.bad-overdue");
        }
        return flag.value();
    }

    private MacroExecutionException error(String key, Object... arguments) {
        java.io.Serializable[] values = new java.io.Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return new MacroExecutionException(i18n.text(key, values));
    }
}
