package org.samraad.meeting;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One item on a meeting's agenda, from case presentation to decision, with its easy-read version. */
@Preload
@Table("AgendaItem")
public interface AgendaItemEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    /** Item numbers and start times are computed from this order. */
    @NotNull
    @Default("0")
    int getSortOrder();
    void setSortOrder(int sortOrder);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    /** INFORMATION, DISCUSSION, DECISION, HEARING. */
    @NotNull
    String getKind();
    void setKind(String kind);

    /** APPROVE_AGENDA, APPROVE_MINUTES, FOLLOW_UP, AOB; null for an ordinary item. */
    String getStandingKind();
    void setStandingKind(String standingKind);

    String getPresenterUserKey();
    void setPresenterUserKey(String presenterUserKey);

    String getPresenterName();
    void setPresenterName(String presenterName);

    @NotNull
    @Default("0")
    int getDurationMinutes();
    void setDurationMinutes(int durationMinutes);

    /** A closed item (lukket punkt) is shown to council members only. */
    @NotNull
    @Default("false")
    boolean isClosed();
    void setClosed(boolean closed);

    @StringLength(StringLength.UNLIMITED)
    String getCasePresentation();
    void setCasePresentation(String casePresentation);

    @StringLength(StringLength.UNLIMITED)
    String getRecommendation();
    void setRecommendation(String recommendation);

    @StringLength(StringLength.UNLIMITED)
    String getDecision();
    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getDissent();
    void setDissent(String dissent);

    @StringLength(StringLength.UNLIMITED)
    String getEasyRead();
    void setEasyRead(String easyRead);

    /** The municipality's case number (Sagsnr., Ärendenr.), as its case system writes it. */
    @StringLength(TextLengths.NUMBER)
    String getCaseNumber();
    void setCaseNumber(String caseNumber);

    /** Set on a HEARING item: the hearing it discusses. */
    @Indexed
    Integer getHearingId();
    void setHearingId(Integer hearingId);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
