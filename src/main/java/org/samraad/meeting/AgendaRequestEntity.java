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

/** One member's request for an agenda item, before the meeting's submission deadline. */
@Preload
@Table("AgendaRequest")
public interface AgendaRequestEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** The meeting asked for; null means "the next suitable meeting". */
    @Indexed
    Integer getMeetingId();
    void setMeetingId(Integer meetingId);

    @Indexed
    Integer getMemberId();
    void setMemberId(Integer memberId);

    @Indexed
    String getRequesterUserKey();
    void setRequesterUserKey(String requesterUserKey);

    String getRequesterName();
    void setRequesterName(String requesterName);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @NotNull
    Date getSubmittedAt();
    void setSubmittedAt(Date submittedAt);

    /** SUBMITTED, ACCEPTED, DECLINED, WITHDRAWN. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    /** The secretariat's answer, e.g. why a request was declined or moved. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswer();
    void setAnswer(String answer);

    /** The agenda item made from an accepted request. */
    @Indexed
    Integer getAgendaItemId();
    void setAgendaItemId(Integer agendaItemId);

    /** Submitted after the end of the meeting's request deadline (in the council's zone): accepted, but marked. */
    @NotNull
    @Default("false")
    boolean isLate();
    void setLate(boolean late);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
