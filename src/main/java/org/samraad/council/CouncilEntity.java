package org.samraad.council;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/** One council or dialogue forum, living in one Confluence space. */
@Preload
@Table("Council")
public interface CouncilEntity extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();
    void setName(String name);

    /** SOCIAL_COUNCIL, DIALOGUE_FORUM, DEVELOPMENT_GROUP, INVOLVEMENT, OTHER: picks the council's words. */
    @NotNull
    String getKind();
    void setKind(String kind);

    /** da, sv or en: the language of generated pages and e-mails to people without accounts. */
    String getLocale();
    void setLocale(String locale);

    String getMunicipality();
    void setMunicipality(String municipality);

    @StringLength(StringLength.UNLIMITED)
    String getPurpose();
    void setPurpose(String purpose);

    /** Members may request agenda items until this many days before a meeting. */
    @NotNull
    @Default("10")
    int getRequestDays();
    void setRequestDays(int requestDays);

    /** The agenda is due out this many days before a meeting. */
    @NotNull
    @Default("7")
    int getDispatchDays();
    void setDispatchDays(int dispatchDays);

    /** Minutes count as approved on time within this many days of the meeting (a key figure). */
    @NotNull
    @Default("14")
    int getMinutesDays();
    void setMinutesDays(int minutesDays);

    /**
     * How a new meeting's page title is made, with the placeholders {council}, {kind} and {date} (the date
     * written out in the council's language); null means the product's pattern "{council} – {kind} {date}".
     */
    @StringLength(TextLengths.LINE)
    String getMeetingTitlePattern();
    void setMeetingTitlePattern(String meetingTitlePattern);

    /** Action owners are reminded this many days before an action's due date. */
    @NotNull
    @Default("3")
    int getActionReminderDays();
    void setActionReminderDays(int actionReminderDays);

    /**
     * Days before a hearing's deadline on which its responsible person is reminded, largest first, as text
     * ("7,2"); null means {@link CouncilSettings#HEARING_REMINDER_DAYS_DEFAULT}.
     */
    @StringLength(32)
    String getHearingReminderDays();
    void setHearingReminderDays(String hearingReminderDays);

    /** MINUTES or NOTES ({@link MinutesTerm}): the council's word for its minutes; null for the language's usual word. */
    @StringLength(16)
    String getMinutesTerm();
    void setMinutesTerm(String minutesTerm);
    /**
     * The Confluence page under which the council's public minutes are published, as a child page each, when the
     * council works in a space others cannot see; null: the minutes stay on the meeting pages.
     */
    @Indexed
    Long getPublicationPageId();
    void setPublicationPageId(Long publicationPageId);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
