package org.samraad.hearing;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One recorded step of a hearing, with who made it and when: a status transition ({@code kind} null), or a change of
 * the facts the reminders hang on — the responsible person ({@code RESPONSIBLE}) or the deadline ({@code DEADLINE},
 * its {@code detail} the old and new day as an ISO 8601 interval, e.g. 2026-12-01/2026-12-15; an open end is "..").
 * A fact change keeps the status it happened in as both from and to.
 */
@Preload
@Table("HearingEvent")
public interface HearingEventEntity extends Entity {

    @NotNull
    @Indexed
    int getHearingId();
    void setHearingId(int hearingId);

    /** Null for the first event (intake). */
    String getFromStatus();
    void setFromStatus(String fromStatus);

    @NotNull
    String getToStatus();
    void setToStatus(String toStatus);

    @NotNull
    Date getOccurredAt();
    void setOccurredAt(Date occurredAt);

    @Indexed
    String getUserKey();
    void setUserKey(String userKey);

    /** Null for a status transition; RESPONSIBLE or DEADLINE for a change of those facts. */
    String getKind();
    void setKind(String kind);

    /** What changed, without names: for DEADLINE the old and new day as an ISO interval. */
    String getDetail();
    void setDetail(String detail);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);
}
