package org.samraad.action;

import static org.samraad.platform.Validation.isBlank;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samraad.platform.FieldError;
import org.samraad.platform.Paging;
import org.samraad.platform.ValidationException;

/**
 * Which actions a register request asks for (ARCHITECTURE.md §7): all filters are combined with AND, the statuses
 * with OR. {@code dueWithinDays} is about dates only (due today up to N days ahead); combine it with a status to
 * leave out finished actions. {@code overdue} means due before today and still open or in progress.
 *
 * @param owner a user key, or {@link #ME} for the caller
 * @param statuses empty for any status
 */
public record ActionFilter(
        Integer councilId,
        Integer organisationId,
        String owner,
        Set<ActionStatus> statuses,
        boolean overdue,
        Integer dueWithinDays,
        Integer meetingId,
        ActionSort sort,
        boolean descending,
        int limit,
        int offset) {
    public static final String ME = "@me";
    static final int DEFAULT_LIMIT = Paging.DEFAULT_LIMIT;
    static final Paging.Rule PAGING = Paging.Rule.lowering("action", DEFAULT_LIMIT);
    static final int MAX_DAYS = 3650;
    /** For the CSV export, which takes every matching action. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    public ActionFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || offset < 0 || sort == null) {
            throw new IllegalArgumentException("limit must be positive, offset not negative, sort given");
        }
    }

    /** Everything the caller can see, in due-date order: a starting point for tests and callers in code. */
    public static ActionFilter everything() {
        return new ActionFilter(null, null, null, Set.of(), false, null, null, ActionSort.DUE_DATE, false,
                DEFAULT_LIMIT, 0);
    }

    ActionFilter unlimited() {
        return new ActionFilter(councilId, organisationId, owner, statuses, overdue, dueWithinDays, meetingId, sort,
                descending, UNLIMITED, 0);
    }

    /**
     * The query parameters of {@code GET /actions} and {@code /actions.csv}, as text so a wrong value is a 400 naming
     * the parameter (JAX-RS would answer 404 for an unparsable number). {@code status} may repeat and each value may
     * be a comma list; {@code sort} is a name with an optional {@code ,asc} or {@code ,desc}. A limit above the
     * maximum is lowered to it, as Confluence's own REST API does; the response reports the limit used.
     */
    public static ActionFilter parse(
            String councilId,
            String organisationId,
            String owner,
            List<String> status,
            String overdue,
            String dueWithinDays,
            String meetingId,
            String sort,
            String limit,
            String offset) {
        List<FieldError> errors = new ArrayList<>();
        Integer council = id("councilId", councilId, errors);
        Integer organisation = id("organisationId", organisationId, errors);
        Integer meeting = id("meetingId", meetingId, errors);
        ActionFilterText.Reading<Set<ActionStatus>> statuses = ActionFilterText.statuses(status);
        if (!statuses.readable()) {
            errors.add(FieldError.of("status", "samraad.error.invalid-choice"));
        }
        ActionFilterText.Reading<Boolean> overdueOnly = ActionFilterText.overdue(overdue);
        if (!overdueOnly.readable()) {
            errors.add(FieldError.of("overdue", "samraad.action.error.overdue-flag"));
        }
        ActionFilterText.Reading<Integer> days = ActionFilterText.dueWithinDays(dueWithinDays);
        if (!days.readable()) {
            errors.add(FieldError.of("dueWithinDays", "samraad.action.error.days", MAX_DAYS));
        }
        ActionSort sortBy = ActionSort.DUE_DATE;
        boolean descending = false;
        if (!isBlank(sort)) {
            String[] parts = sort.split(",", -1);
            sortBy = ActionSort.byApiName(parts[0]);
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (sortBy == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add(FieldError.of("sort", "samraad.action.error.sort"));
                sortBy = ActionSort.DUE_DATE;
            }
            descending = direction.equals("desc");
        }
        Paging paging = Paging.read(limit, offset, PAGING, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        return new ActionFilter(council, organisation, ActionFilterText.owner(owner), statuses.value(),
                overdueOnly.value(), days.value(), meeting, sortBy, descending, paging.limit(), paging.offset());
    }

    private static Integer id(String field, String value, List<FieldError> errors) {
        ActionFilterText.Reading<Integer> id = ActionFilterText.id(value);
        if (!id.readable()) {
            errors.add(FieldError.of(field, "samraad.action.error.id"));
        }
        return id.value();
    }
}
