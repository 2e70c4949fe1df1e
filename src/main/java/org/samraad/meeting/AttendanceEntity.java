package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One person's attendance at one meeting: a member, or a guest by user key or name. */
@Preload
@Table("Attendance")
public interface AttendanceEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    /** Null for a guest. */
    @Indexed
    Integer getMemberId();
    void setMemberId(Integer memberId);

    /** A guest with a Confluence account. */
    @Indexed
    String getUserKey();
    void setUserKey(String userKey);

    /** A guest without an account. */
    String getName();
    void setName(String name);

    /** The organisation the person came for (attendance by organisation). */
    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);

    /** PRESENT, APOLOGIES, ABSENT, SUBSTITUTE_ATTENDED, GUEST. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    /** With SUBSTITUTE_ATTENDED: the member who came instead. */
    @Indexed
    Integer getSubstituteId();
    void setSubstituteId(Integer substituteId);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
