package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A person named in a snapshot of approved minutes ({@link MinutesSnapshotEntity}), or its approver, by user key,
 * member id or invited guest ({@link GuestEntity}): what erasure and the per-person export find, since the snapshot itself is JSON that SQL cannot search.
 */
@Preload
@Table("MinutesPerson")
public interface MinutesPersonEntity extends Entity {

    @NotNull
    @Indexed
    int getSnapshotId();
    void setSnapshotId(int snapshotId);

    @Indexed
    String getUserKey();
    void setUserKey(String userKey);

    @Indexed
    Integer getMemberId();
    void setMemberId(Integer memberId);

    @Indexed
    Integer getGuestId();
    void setGuestId(Integer guestId);
}
