package org.samraad.meeting;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Approved minutes as they were approved: the rows the meeting's views are built from (agenda with decisions,
 * dissenters and attachments, attendance, the follow-up list), frozen as JSON ({@link FrozenMinutes}). Written once
 * per approval and never changed, except by an erasure, which takes the person out and says when. A reopened
 * meeting keeps its old snapshots; approving again adds the next in {@code sequence}, and the newest is the record
 * while the meeting's decisions are locked. Who approved is part of the content (so that erasure and the per-person
 * export reach it through {@link MinutesPersonEntity}, never handing out the content itself).
 */
@Table("MinutesSnapshot")
public interface MinutesSnapshotEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    /** 1 for the first approval, 2 after a reopen and a second approval, … */
    @NotNull
    int getSequence();
    void setSequence(int sequence);

    @NotNull
    Date getApprovedAt();
    void setApprovedAt(Date approvedAt);

    /** The frozen minutes, as JSON. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getContent();
    void setContent(String content);

    /** When a person was last erased from these minutes; null if never. */
    Date getErasedAt();
    void setErasedAt(Date erasedAt);
}
