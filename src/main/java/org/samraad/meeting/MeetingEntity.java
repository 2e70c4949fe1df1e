package org.samraad.meeting;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One meeting of a council, shown on its own Confluence page. */
@Preload
@Table("Meeting")
public interface MeetingEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** The meeting page; null until the blueprint has created it. */
    @Indexed
    Long getPageId();
    void setPageId(Long pageId);

    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    /** ORDINARY, EXTRAORDINARY, DIALOGUE, THEME_DAY. */
    @NotNull
    String getKind();
    void setKind(String kind);

    /** PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_APPROVED, PUBLISHED, CANCELLED. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    @NotNull
    @Indexed
    Date getStartsAt();
    void setStartsAt(Date startsAt);

    Date getEndsAt();
    void setEndsAt(Date endsAt);

    @StringLength(TextLengths.LONG_LINE)
    String getPlace();
    void setPlace(String place);

    /**
     * Who takes the notes (seed 004: "antecknar"): a member of the meeting's council, named wherever the meeting is
     * shown by the member list's rule, so a name without consent never reaches outsiders and erasing the member
     * leaves "former member".
     */
    @Indexed
    Integer getNoteTakerMemberId();
    void setNoteTakerMemberId(Integer noteTakerMemberId);

    @NotNull
    @Default("false")
    boolean isOpenToPublic();
    void setOpenToPublic(boolean openToPublic);

    Date getRequestDeadline();
    void setRequestDeadline(Date requestDeadline);

    Date getDispatchDeadline();
    void setDispatchDeadline(Date dispatchDeadline);

    /** The minutes are due approved by this day: the meeting's date plus the council's MinutesDays. */
    Date getMinutesTarget();
    void setMinutesTarget(Date minutesTarget);

    Date getAgendaPublishedAt();
    void setAgendaPublishedAt(Date agendaPublishedAt);

    /**
     * When the agenda's invitation was actually dispatched (written by {@link AgendaDispatchRecord} for the
     * communication package; the first dispatch counts); null while nothing went out, cleared with the publishing
     * when the meeting goes back to planned. What "agenda out on time" is measured from.
     */
    Date getAgendaSentAt();
    void setAgendaSentAt(Date agendaSentAt);

    Date getMinutesApprovedAt();
    void setMinutesApprovedAt(Date minutesApprovedAt);

    String getMinutesApprovedBy();
    void setMinutesApprovedBy(String minutesApprovedBy);

    /** The last reopening of approved minutes (decisions locked until then), and by whom (user key). */
    Date getMinutesReopenedAt();
    void setMinutesReopenedAt(Date minutesReopenedAt);

    String getMinutesReopenedBy();
    void setMinutesReopenedBy(String minutesReopenedBy);

    /**
     * Why the minutes were last reopened, as the secretariat gave it; kept after a new approval, like who and when.
     * Earlier reasons stay in the meeting page's version history ("Minutes reopened: <reason>").
     */
    @StringLength(TextLengths.LONG_LINE)
    String getMinutesReopenReason();
    void setMinutesReopenReason(String minutesReopenReason);

    /**
     * The other councils this meeting is held with (a joint meeting), as their ids in the order given, separated by
     * commas ("12,15"); null for a meeting of the council alone. Never filtered in SQL: read with the meeting row.
     */
    String getJointCouncilIds();
    void setJointCouncilIds(String jointCouncilIds);

    Date getMinutesPublishedAt();
    void setMinutesPublishedAt(Date minutesPublishedAt);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);

    /**
     * Guards the meeting's attendance as a whole (every {@link AttendanceEntity} row of the meeting), so recording
     * attendance neither bumps {@link #getVersion()} nor is blocked by an edit of the meeting itself.
     */
    @NotNull
    @Default("0")
    int getAttendanceVersion();
    void setAttendanceVersion(int attendanceVersion);
}
