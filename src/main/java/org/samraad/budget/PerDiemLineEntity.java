package org.samraad.budget;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One member's line of a meeting's per-diem list: the kilometres the secretary recorded (for transport per km) and,
 * once the list is approved, the amounts frozen in whole minor units.
 */
@Table("PerDiemLine")
public interface PerDiemLineEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    @Indexed
    int getMemberId();
    void setMemberId(int memberId);

    /** A member who came as a substitute for another. */
    @NotNull
    @Default("false")
    boolean isSubstitute();
    void setSubstitute(boolean substitute);

    Integer getKm();
    void setKm(Integer km);

    @NotNull
    @Default("0")
    long getPerDiem();
    void setPerDiem(long perDiem);

    @NotNull
    @Default("0")
    long getTransport();
    void setTransport(long transport);
}
