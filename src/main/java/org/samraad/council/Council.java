package org.samraad.council;

import java.util.List;

/**
 * A council as it leaves the service: immutable, no AO proxy behind it. The settings drive its meetings: the
 * language (and so the time zone) of generated titles and pages, the deadlines counted from a meeting's date, the
 * pattern of a new meeting's title, and when action owners are reminded.
 *
 * @param locale da, sv or en
 * @param meetingTitlePattern null for the product's pattern {@value #DEFAULT_TITLE_PATTERN}
 * @param hearingReminderDays the days before a hearing's deadline its responsible person is reminded, largest first
 * @param minutesTerm what the council calls its minutes; null for each language's usual word
 * @param publicationPageId the page under which published minutes get a page of their own; null for none
 */
public record Council(
        int id,
        String spaceKey,
        String name,
        CouncilKind kind,
        String purpose,
        String locale,
        int requestDays,
        int dispatchDays,
        int minutesDays,
        String meetingTitlePattern,
        int actionReminderDays,
        List<Integer> hearingReminderDays,
        MinutesTerm minutesTerm,
        Long publicationPageId,
        int version) {
    public static final String DEFAULT_LOCALE = "da";
    public static final String DEFAULT_TITLE_PATTERN = "{council} – {kind} {date}";

    public Council {
        locale = locale == null ? DEFAULT_LOCALE : locale;
        hearingReminderDays = hearingReminderDays == null ? CouncilSettings.HEARING_REMINDER_DAYS_DEFAULT
                : List.copyOf(hearingReminderDays);
    }

    /** A council read by a query that needs neither the hearing reminder days (the default) nor the minutes' term. */
    public Council(int id, String spaceKey, String name, CouncilKind kind, String purpose, String locale,
            int requestDays, int dispatchDays, int minutesDays, String meetingTitlePattern, int actionReminderDays,
            int version) {
        this(id, spaceKey, name, kind, purpose, locale, requestDays, dispatchDays, minutesDays, meetingTitlePattern,
                actionReminderDays, null, null, null, version);
    }

    /** A council with the settings' defaults, for callers that only know its identity. */
    public Council(int id, String spaceKey, String name, CouncilKind kind, String purpose, int version) {
        this(id, spaceKey, name, kind, purpose, DEFAULT_LOCALE, CouncilSettings.REQUEST_DAYS_DEFAULT,
                CouncilSettings.DISPATCH_DAYS_DEFAULT, CouncilSettings.MINUTES_DAYS_DEFAULT, null,
                CouncilSettings.REMINDER_DAYS_DEFAULT, null, null, null, version);
    }

    /** The pattern new meeting titles follow: the council's own, else the product's. */
    public String titlePattern() {
        return meetingTitlePattern == null ? DEFAULT_TITLE_PATTERN : meetingTitlePattern;
    }

    static Council of(CouncilEntity row) {
        return new Council(
                row.getID(),
                row.getSpaceKey(),
                row.getName(),
                CouncilKind.valueOf(row.getKind()),
                row.getPurpose(),
                row.getLocale(),
                row.getRequestDays(),
                row.getDispatchDays(),
                row.getMinutesDays(),
                row.getMeetingTitlePattern(),
                row.getActionReminderDays(),
                CouncilSettings.hearingReminderDays(row.getHearingReminderDays()),
                MinutesTerm.of(row.getMinutesTerm()),
                row.getPublicationPageId(),
                row.getVersion());
    }
}
