package org.samraad.involvement;

import java.time.LocalDate;
import java.util.List;
import org.samraad.council.ShownName;
import org.samraad.platform.rest.Iso8601;

/**
 * A council's involvement process as it leaves the service. A council whose process has never been saved has empty
 * lists, no deadline and version 0.
 *
 * @param responsible the people from the administration who run the process, named by the member list's rule
 */
public record InvolvementSettings(
        int councilId,
        List<InvolvementTopic> targetGroups,
        List<InvolvementTopic> dimensions,
        @Iso8601 LocalDate deadline,
        List<ShownName> responsible,
        int version) {

    public InvolvementSettings {
        targetGroups = List.copyOf(targetGroups);
        dimensions = List.copyOf(dimensions);
        responsible = List.copyOf(responsible);
    }
}
