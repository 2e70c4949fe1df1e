package org.samraad.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samraad.platform.FieldError;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Validation;

/** The rules for a council's meeting settings, shared by create and update. */
public final class CouncilSettings {
    public static final Set<String> LOCALES = Set.of("da", "sv", "en");
    /** The languages in the order forms offer them. */
    public static final List<String> LOCALE_ORDER = List.of("da", "sv", "en");
    public static final Set<String> PLACEHOLDERS = Set.of("council", "kind", "date");
    public static final int REQUEST_DAYS_DEFAULT = 10;
    public static final int DISPATCH_DAYS_DEFAULT = 7;
    public static final int MINUTES_DAYS_DEFAULT = 14;
    public static final int REMINDER_DAYS_DEFAULT = 3;
    static final int DAYS_MAX = 90;
    static final int REMINDER_DAYS_MAX = 30;
    public static final List<Integer> HEARING_REMINDER_DAYS_DEFAULT = List.of(7, 2);
    static final int HEARING_REMINDERS_MAX = 3;
    public static final int HEARING_REMINDER_DAYS_MAX = 90;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private CouncilSettings() {}

    static void validate(Validation validation, CouncilInput input) {
        if (input.locale() != null && !LOCALES.contains(input.locale().trim().toLowerCase(Locale.ROOT))) {
            validation.add(FieldError.of("locale", "samraad.council.error.locale"));
        }
        days(validation, "requestDays", input.requestDays(), DAYS_MAX);
        days(validation, "dispatchDays", input.dispatchDays(), DAYS_MAX);
        days(validation, "minutesDays", input.minutesDays(), DAYS_MAX);
        days(validation, "actionReminderDays", input.actionReminderDays(), REMINDER_DAYS_MAX);
        List<Integer> hearingDays = input.hearingReminderDays();
        if (hearingDays != null && (hearingDays.isEmpty() || hearingDays.size() > HEARING_REMINDERS_MAX
                || hearingDays.stream().anyMatch(d -> d == null || d < 0 || d > HEARING_REMINDER_DAYS_MAX)
                || new HashSet<>(hearingDays).size() != hearingDays.size())) {
            validation.add(FieldError.of("hearingReminderDays", "samraad.council.error.hearing-reminder-days",
                    HEARING_REMINDERS_MAX, HEARING_REMINDER_DAYS_MAX));
        }
        String term = input.minutesTerm();
        if (term != null && !term.isBlank() && MinutesTerm.of(term.trim()) == null) {
            validation.add(FieldError.of("minutesTerm", "samraad.council.error.minutes-term"));
        }
        String pattern = input.meetingTitlePattern();
        validation.line("meetingTitlePattern", pattern, TextLengths.LINE);
        if (pattern != null && !validation.hasErrorFor("meetingTitlePattern")) {
            if (!knownPlaceholdersOnly(pattern)) {
                validation.add(FieldError.of("meetingTitlePattern", "samraad.council.error.title-pattern"));
            }
        }
    }

    /**
     * The council language for a person's language, for a council set up without a choice: Danish and Swedish as
     * they are, every other language English (the language Confluence shows the plugin's texts in for it).
     */
    public static String localeFor(Locale language) {
        String code = language == null ? "" : language.getLanguage();
        return LOCALES.contains(code) ? code : "en";
    }

    /**
     * The publication page, when one is named: a page the caller may edit (they write the minutes under it when
     * they publish them), or 0 for none.
     */
    static void publicationPage(Validation validation, CouncilInput input, PagePermissions pages) {
        Long pageId = input.publicationPageId();
        if (pageId != null && pageId != 0 && (pageId < 0 || !pages.canEdit(pageId))) {
            validation.add(FieldError.of("publicationPageId", "samraad.council.error.publication-page"));
        }
    }

    /** Every brace belongs to one of {council}, {kind} or {date}. */
    static boolean knownPlaceholdersOnly(String pattern) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        String rest = placeholder.replaceAll(match -> PLACEHOLDERS.contains(match.group(1)) ? "" : "{");
        return rest.indexOf('{') < 0 && rest.indexOf('}') < 0;
    }

    private static void days(Validation validation, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            validation.add(FieldError.of(field, "samraad.council.error.days", max));
        }
    }

    static void apply(CouncilInput input, CouncilEntity row) {
        if (input.locale() != null) {
            row.setLocale(input.locale().trim().toLowerCase(Locale.ROOT));
        }
        if (input.requestDays() != null) {
            row.setRequestDays(input.requestDays());
        }
        if (input.dispatchDays() != null) {
            row.setDispatchDays(input.dispatchDays());
        }
        if (input.minutesDays() != null) {
            row.setMinutesDays(input.minutesDays());
        }
        if (input.meetingTitlePattern() != null) {
            row.setMeetingTitlePattern(Validation.blankToNull(input.meetingTitlePattern()));
        }
        if (input.actionReminderDays() != null) {
            row.setActionReminderDays(input.actionReminderDays());
        }
        if (input.minutesTerm() != null) {
            MinutesTerm term = MinutesTerm.of(input.minutesTerm().trim());
            row.setMinutesTerm(term == null ? null : term.name());
        }
        if (input.publicationPageId() != null) {
            row.setPublicationPageId(input.publicationPageId() == 0 ? null : input.publicationPageId());
        }
        if (input.hearingReminderDays() != null) {
            row.setHearingReminderDays(String.join(",", largestFirst(input.hearingReminderDays()).stream()
                    .map(String::valueOf).toList()));
        }
    }

    /** The stored hearing reminder days ("7,2"), largest first; the default when none are stored. */
    public static List<Integer> hearingReminderDays(String stored) {
        if (stored == null || stored.isBlank()) {
            return HEARING_REMINDER_DAYS_DEFAULT;
        }
        List<Integer> days = new ArrayList<>();
        for (String day : stored.split(",")) {
            days.add(Integer.parseInt(day.strip()));
        }
        return largestFirst(days);
    }

    private static List<Integer> largestFirst(List<Integer> days) {
        return days.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
