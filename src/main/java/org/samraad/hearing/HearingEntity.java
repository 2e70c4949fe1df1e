package org.samraad.hearing;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One hearing a council was asked to answer, from intake through its response to what happened next. */
@Preload
@Table("Hearing")
public interface HearingEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getSubject();
    void setSubject(String subject);

    @StringLength(TextLengths.LONG_LINE)
    String getIssuingBody();
    void setIssuingBody(String issuingBody);

    /**
     * The municipality's own case number for the hearing (Sagsnr., Ärendenr.), as its case system writes it; the
     * issuer's is {@link #getIssuerReference()}.
     */
    @StringLength(TextLengths.NUMBER)
    String getCaseNumber();
    void setCaseNumber(String caseNumber);

    /** The issuer's case or journal number. */
    @Indexed
    String getIssuerReference();
    void setIssuerReference(String issuerReference);

    @StringLength(TextLengths.LONG_LINE)
    String getUrl();
    void setUrl(String url);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();
    void setSummary(String summary);

    Date getReceivedOn();
    void setReceivedOn(Date receivedOn);

    @Indexed
    Date getDeadline();
    void setDeadline(Date deadline);

    @Indexed
    String getResponsibleUserKey();
    void setResponsibleUserKey(String responsibleUserKey);

    String getResponsibleName();
    void setResponsibleName(String responsibleName);

    /** RECEIVED, DRAFTING, COUNCIL_REVIEW, APPROVED, SUBMITTED, DECLINED. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    /** The page holding the response (hearing response blueprint). */
    @Indexed
    Long getPageId();
    void setPageId(Long pageId);

    @StringLength(StringLength.UNLIMITED)
    String getResponse();
    void setResponse(String response);

    @StringLength(StringLength.UNLIMITED)
    String getDissent();
    void setDissent(String dissent);

    @StringLength(StringLength.UNLIMITED)
    String getEasyRead();
    void setEasyRead(String easyRead);

    /** The agenda item at which the council approved the response. */
    @Indexed
    Integer getAgendaItemId();
    void setAgendaItemId(Integer agendaItemId);

    Date getSubmittedOn();
    void setSubmittedOn(Date submittedOn);

    /** What the city council did with the response. */
    @StringLength(StringLength.UNLIMITED)
    String getOutcome();
    void setOutcome(String outcome);

    @Indexed
    Date getReviewDate();
    void setReviewDate(Date reviewDate);

    /** When the deadline reminder went out; null until then. */
    Date getDeadlineReminderAt();
    void setDeadlineReminderAt(Date deadlineReminderAt);

    /**
     * The council's reminder day (days before the deadline) the last reminder went out for; a run sends only for a
     * smaller one. Null until the first reminder, and again when the deadline changes.
     */
    Integer getDeadlineReminderDays();
    void setDeadlineReminderDays(Integer deadlineReminderDays);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
