package org.samraad.action;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One action item, owned by a person and/or an organisation or volunteer group, usually born in a meeting. */
@Preload
@Table("ActionItem")
// The register: a council's actions with these statuses (often of one organisation), counted and sorted by due date.
// This index holds every column the totals and the window's sorted ids read, so PostgreSQL answers both from the
// index alone; with single-column indexes it fetched every match's row (1 000 000 actions: window 22 ms, then 0.9 ms)
// A meeting page lists the actions from its meeting among the council's (council and meeting in one condition): with
// the meeting first, HSQLDB reads that meeting's rows alone rather than all of the council's (mvn -Pbenchmark)
@Indexes({@Index(name = "register", methodNames = {"getCouncilId", "getStatus", "getOrganisationId", "getDueDate",
        "getID"}), @Index(name = "meeting", methodNames = {"getMeetingId", "getCouncilId"})})
public interface ActionItemEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @Indexed
    String getOwnerUserKey();
    void setOwnerUserKey(String ownerUserKey);

    /** An owner without an account. */
    String getOwnerName();
    void setOwnerName(String ownerName);

    /** Set when the owner is a council member, so reminders can use the member's contact details. */
    @Indexed
    Integer getOwnerMemberId();
    void setOwnerMemberId(Integer ownerMemberId);

    /** The owning organisation or volunteer group. */
    @Indexed
    Integer getOrganisationId();
    void setOrganisationId(Integer organisationId);

    @Indexed
    Date getDueDate();
    void setDueDate(Date dueDate);

    /** OPEN, IN_PROGRESS, DONE, CANCELLED. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    /** How far the work is, 0–100; DONE always means 100. The note below says what happened. */
    @NotNull
    @Default("0")
    int getPercentDone();
    void setPercentDone(int percentDone);

    /** The latest progress note; earlier ones are in the history. */
    @StringLength(StringLength.UNLIMITED)
    String getProgress();
    void setProgress(String progress);

    /** The meeting the action came from (indexed by the "meeting" index, which starts with it). */
    Integer getMeetingId();
    void setMeetingId(Integer meetingId);

    @Indexed
    Integer getAgendaItemId();
    void setAgendaItemId(Integer agendaItemId);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    String getCreatedBy();
    void setCreatedBy(String createdBy);

    /** The last change of any kind, for the register's "recently updated" sort. */
    @Indexed
    Date getUpdatedAt();
    void setUpdatedAt(Date updatedAt);

    Date getCompletedAt();
    void setCompletedAt(Date completedAt);

    /** When the reminder before the due date went out; null until then. */
    Date getDueReminderAt();
    void setDueReminderAt(Date dueReminderAt);

    /** When the overdue reminder went out; null until then. */
    Date getOverdueReminderAt();
    void setOverdueReminderAt(Date overdueReminderAt);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
