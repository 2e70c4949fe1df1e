package org.samraad.meeting;

import java.time.Instant;
import java.util.Date;

/**
 * The facts of a meeting that its minutes state: title, kind, start, end, place, open to the public, note-taker,
 * the councils it was held with. Compared as values (instants, not {@link Date}s, which a database hands back as
 * unequal {@code Timestamp}s).
 */
record StatedFacts(String title, String kind, Instant startsAt, Instant endsAt, String place, boolean openToPublic,
        Integer noteTakerId, String jointCouncilIds) {

    static StatedFacts of(MeetingEntity row) {
        return new StatedFacts(row.getTitle(), row.getKind(), instant(row.getStartsAt()), instant(row.getEndsAt()),
                row.getPlace(), row.isOpenToPublic(), row.getNoteTakerMemberId(), row.getJointCouncilIds());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
