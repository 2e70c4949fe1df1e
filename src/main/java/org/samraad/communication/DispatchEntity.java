package org.samraad.communication;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recipient's share of one dispatch about a meeting: the mail queued for them, or that they could not be
 * reached by e-mail. The dispatch key (meeting, kind, sequence, recipient) is unique in the database, so a repeated
 * or retried step, on any node, writes no second row and queues no second mail.
 */
@Preload
@Table("Dispatch")
public interface DispatchEntity extends Entity {

    @NotNull
    @Indexed
    int getMeetingId();
    void setMeetingId(int meetingId);

    /** A {@link DispatchKind}. */
    @NotNull
    @StringLength(32)
    String getKind();
    void setKind(String kind);

    /** The meeting's version the dispatch belongs to (an invitation's iCalendar SEQUENCE). */
    @NotNull
    int getSequence();
    void setSequence(int sequence);

    /** {@code member:<id>}, {@code guest:<id>} or {@code request:<id>} (an agenda request's requester). */
    @NotNull
    @StringLength(255)
    String getRecipient();
    void setRecipient(String recipient);

    /** The council member the row is for, or null (a guest, a requester). */
    @Indexed
    Integer getMemberId();
    void setMemberId(Integer memberId);

    /** The meeting's guest the row is for, or null. */
    @Indexed
    Integer getGuestId();

    /** The Confluence user an agenda request's answer went to, or null; cleared when the user is erased. */
    @Indexed
    @StringLength(255)
    String getUserKey();
    void setUserKey(String userKey);
    void setGuestId(Integer guestId);

    /** A {@link DispatchOutcome}. */
    @NotNull
    @StringLength(32)
    String getOutcome();
    void setOutcome(String outcome);

    /** The version of the agenda the recipient got: INSIDER, OUTSIDER or PUBLIC. */
    @StringLength(32)
    String getAudience();
    void setAudience(String audience);

    @NotNull
    Date getDispatchedAt();
    void setDispatchedAt(Date dispatchedAt);

    /** meeting/kind/sequence/recipient, unique: the database's guard against sending twice. */
    @NotNull
    @Unique
    @StringLength(255)
    String getDispatchKey();
    void setDispatchKey(String dispatchKey);
}
