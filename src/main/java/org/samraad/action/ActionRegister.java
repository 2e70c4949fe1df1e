package org.samraad.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One window of the register with the totals of the whole match (not just the window), as the register macro
 * shows them: per status in the statuses' own order, and per organisation by name, actions without an
 * organisation last.
 *
 * @param unreached the ids of the window's open actions nobody can be mailed about, for those who look after the
 *     council (empty for anyone else)
 */
public record ActionRegister(ActionPage page, Map<ActionStatus, Integer> statusTotals, List<OrganisationTotal> organisationTotals,
        List<Integer> unreached) {

    /** @param organisationId null for the actions owned by a person alone */
    public record OrganisationTotal(Integer organisationId, String name, int count) {}

    public ActionRegister {
        statusTotals = Map.copyOf(statusTotals);
        organisationTotals = List.copyOf(organisationTotals);
        unreached = List.copyOf(unreached);
    }

    static ActionRegister empty() {
        return new ActionRegister(new ActionPage(List.of(), 0), Map.of(), List.of(), List.of());
    }

    static ActionRegister of(ActionPage page, List<ActionsQuery.Group> groups) {
        Map<ActionStatus, Integer> statuses = new EnumMap<>(ActionStatus.class);
        Map<Integer, OrganisationTotal> organisations = new LinkedHashMap<>();
        int withoutOrganisation = 0;
        for (ActionsQuery.Group group : groups) {
            statuses.merge(group.status(), group.count(), Integer::sum);
            if (group.organisationId() == null) {
                withoutOrganisation += group.count();
            } else {
                organisations.merge(group.organisationId(),
                        new OrganisationTotal(group.organisationId(), group.organisationName(), group.count()),
                        (a, b) -> new OrganisationTotal(a.organisationId(), a.name(), a.count() + b.count()));
            }
        }
        List<OrganisationTotal> totals = new ArrayList<>(organisations.values());
        totals.sort(Comparator.comparing((OrganisationTotal t) -> t.name() == null ? "" : t.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(OrganisationTotal::organisationId));
        if (withoutOrganisation > 0) {
            totals.add(new OrganisationTotal(null, null, withoutOrganisation));
        }
        return new ActionRegister(page, statuses, totals, List.of());
    }

    ActionRegister withUnreached(List<Integer> ids) {
        return new ActionRegister(page, statusTotals, organisationTotals, ids);
    }

    /** The number of matching actions with this status (0 if none). */
    public int total(ActionStatus status) {
        return statusTotals.getOrDefault(status, 0);
    }
}
