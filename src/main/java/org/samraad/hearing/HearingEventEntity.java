package org.samraad.hearing;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One recorded status transition of a hearing, with who made it and when. */
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

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);
}
