package org.samraad.plan;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.samraad.platform.TextLengths;

/**
 * One entry on a council's annual plan (årshjul) that is not a meeting or a hearing deadline,
 * which come from their own tables: theme days, conferences, campaigns, reports, budget, events.
 * Starts at a wall-clock time in the council's zone stored as an instant; an all-day entry starts at
 * midnight of its day in that zone.
 */
@Preload
@Table("PlanEntry")
public interface PlanEntryEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** A {@link PlanEntryKind}: THEME_DAY, CONFERENCE, CAMPAIGN, REPORT, BUDGET, EVENT, OTHER. */
    @NotNull
    @Indexed
    String getKind();
    void setKind(String kind);

    @NotNull
    @StringLength(TextLengths.LONG_LINE)
    String getTitle();
    void setTitle(String title);

    @NotNull
    @Indexed
    Date getStartsAt();
    void setStartsAt(Date startsAt);

    Date getEndsAt();
    void setEndsAt(Date endsAt);

    /** The last day of an entry that spans several days (a two-day conference), as a calendar day; null: one day. */
    Date getEndDate();
    void setEndDate(Date endDate);

    @NotNull
    @Default("false")
    boolean isAllDay();
    void setAllDay(boolean allDay);

    @StringLength(TextLengths.LONG_LINE)
    String getPlace();
    void setPlace(String place);

    @StringLength(TextLengths.LONG_LINE)
    String getUrl();
    void setUrl(String url);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    /** How many came to an event (a health day's 90 visitors), counted in the annual report; null: not counted. */
    Integer getVisitors();
    void setVisitors(Integer visitors);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
