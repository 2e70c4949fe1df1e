package org.samraad.involvement;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.CalendarDays;

/** A process's row as stored, decoded; {@link #NONE} for a council whose process was never saved. */
record StoredSettings(
        Integer rowId,
        List<InvolvementTopic> targetGroups,
        List<InvolvementTopic> dimensions,
        int nextTopicId,
        LocalDate deadline,
        List<String> responsibleKeys,
        int version) {
    static final StoredSettings NONE = new StoredSettings(null, List.of(), List.of(), 1, null, List.of(), 0);

    static StoredSettings of(InvolvementEntity row) {
        return row == null ? NONE : new StoredSettings(row.getID(), Topics.decode(row.getTargetGroups()),
                Topics.decode(row.getDimensions()), row.getTopicCounter(),
                row.getDeadline() == null ? null : CalendarDays.toDay(row.getDeadline()),
                KeySet.decode(row.getResponsibleKeys()), row.getVersion());
    }

    boolean hasTargetGroup(int id) {
        return targetGroups.stream().anyMatch(t -> t.id() == id);
    }

    boolean hasDimension(int id) {
        return dimensions.stream().anyMatch(t -> t.id() == id);
    }
}
