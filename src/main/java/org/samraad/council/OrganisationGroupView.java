package org.samraad.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organisations of one kind, under one heading of the overview; kind is the enum name (for i18n keys). */
public record OrganisationGroupView(String kind, List<OrganisationView> organisations) {

    public OrganisationGroupView {
        organisations = List.copyOf(organisations);
    }

    /** Groups a list already sorted by kind, keeping its order; kinds without organisations get no heading. */
    static List<OrganisationGroupView> group(List<Organisation> sorted) {
        Map<OrganisationKind, List<OrganisationView>> byKind = new LinkedHashMap<>();
        for (Organisation organisation : sorted) {
            byKind.computeIfAbsent(organisation.kind(), k -> new ArrayList<>()).add(OrganisationView.of(organisation));
        }
        return byKind.entrySet().stream()
                .map(e -> new OrganisationGroupView(e.getKey().name(), e.getValue()))
                .toList();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
