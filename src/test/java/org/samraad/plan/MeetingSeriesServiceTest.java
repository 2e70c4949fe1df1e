package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.plan.AnnualPlanServiceTest.council;
import static org.samraad.plan.AnnualPlanServiceTest.fields;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingInput;
import org.samraad.meeting.MeetingService;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.platform.I18n;
import org.samraad.council.CouncilService;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/** "Plan next year": series of meetings from a pattern, validated field by field, all or nothing. */
public class MeetingSeriesServiceTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private CouncilService councils;
    private AnnualPlanService plans;
    private MeetingSeriesService series;
    private I18n i18n;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        // Confluence is the directory too: every user it knows exists (with its own made-up names)
        plugin = plugin().confluence(confluence).users(confluence).clock(() -> AnnualPlanServiceTest.NOW)
                .start();
        councils = plugin.get(CouncilService.class);
        plans = plugin.get(AnnualPlanService.class);
        series = plugin.get(MeetingSeriesService.class);
        i18n = plugin.get(I18n.class);
        uds = council(ao, "UDS", "da");
    }

    @Test
    public void theSecondTuesdayOfMarchJuneSeptemberAndDecemberNextYearAt16() {
        List<Meeting> created = series.create(uds, new MeetingSeriesInput("monthly", null, List.of(12, 3, 9, 6),
                "2", "tuesday", null, null, null, "16:00", "18:00", null, "Rådhuset", true));

        assertEquals(List.of(LocalDateTime.of(2027, 3, 9, 16, 0), LocalDateTime.of(2027, 6, 8, 16, 0),
                LocalDateTime.of(2027, 9, 14, 16, 0), LocalDateTime.of(2027, 12, 14, 16, 0)),
                created.stream().map(Meeting::startsAt).toList());
        for (Meeting meeting : created) {
            assertEquals(MeetingStatus.PLANNED, meeting.status());
            assertEquals(null, meeting.pageId());
            assertEquals("Rådhuset", meeting.place());
            assertEquals("deadlines are computed as for a single meeting", meeting.startsAt().toLocalDate()
                    .plusDays(14), meeting.minutesTarget());
        }
        assertEquals(4, plans.plan(uds, "2027").items().size());
    }

    @Test
    public void theLastThursdayAndEveryThreeWeeksFromADate() {
        assertEquals(List.of(LocalDate.of(2027, 1, 28), LocalDate.of(2027, 2, 25)),
                series.create(uds, new MeetingSeriesInput("MONTHLY", 2027, List.of(1, 2), "last", "THURSDAY", null,
                        null, null, "17:00", null, "THEME_DAY", null, null)).stream()
                        .map(m -> m.startsAt().toLocalDate()).toList());
        assertEquals(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 16)),
                series.create(uds, new MeetingSeriesInput("WEEKLY", null, null, null, null, "2027-01-05", 3, 3,
                        "10:00", null, null, null, null)).stream().map(m -> m.startsAt().toLocalDate()).toList());
    }

    @Test
    public void everyWrongFieldOfThePatternIsReportedAtOnce() {
        assertEquals(Set.of("pattern|samraad.error.required", "startTime|samraad.error.required"),
                fields(expectValidation(() -> series.create(uds, new MeetingSeriesInput(null, null, null, null,
                        null, null, null, null, " ", null, null, null, null)))));
        assertEquals(Set.of("months|samraad.plan.series.error.months", "week|samraad.error.invalid-choice",
                "weekday|samraad.error.invalid-choice", "endTime|samraad.meeting.error.end-before-start",
                "kind|samraad.error.invalid-choice"),
                fields(expectValidation(() -> series.create(uds, new MeetingSeriesInput("MONTHLY", 2027,
                        List.of(0, 13), "5", "<b>", null, null, null, "16:00", "15:00", "PARTY", null, null)))));
        assertEquals(Set.of("firstDate|samraad.error.date", "everyWeeks|samraad.plan.series.error.every-weeks",
                "count|samraad.plan.series.error.count"),
                fields(expectValidation(() -> series.create(uds, new MeetingSeriesInput("WEEKLY", null, null,
                        null, null, "5/1", 0, 53, "16:00", null, null, null, null)))));
        assertEquals(Set.of("year|samraad.plan.series.error.past"),
                fields(expectValidation(() -> series.create(uds, new MeetingSeriesInput("MONTHLY", 2026,
                        List.of(3, 12), "1", "MONDAY", null, null, null, "16:00", null, null, null, null)))));
        assertEquals(0, ao.count(MeetingEntity.class));
    }

    @Test
    public void aMeetingRefusedHalfwayLeavesNoPartOfTheSeries() {
        int[] calls = {0};
        MeetingService refusingTheThird = plugin.intercepting(MeetingService.class, "create", invocation -> {
            if (++calls[0] == 3) {
                throw new ValidationException(FieldError.of("date", "samraad.error.date"));
            }
            return invocation.proceed();
        });
        MeetingSeriesService series = plugin.getReplacing(MeetingSeriesService.class, MeetingService.class,
                refusingTheThird);

        expectValidation(() -> series.create(uds, new MeetingSeriesInput("WEEKLY", null, null, null, null,
                "2027-01-05", 1, 5, "10:00", null, null, null, null)));
        assertEquals(3, calls[0]);
        assertEquals(0, ao.count(MeetingEntity.class));
        assertEquals("standing agenda items of the first two went too", 0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void onlyEditorsPlanASeries() {
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> series.create(uds, new MeetingSeriesInput("WEEKLY", null, null,
                null, null, "2027-01-05", 1, 2, "10:00", null, null, null, null)));
        assertTrue(ao.count(MeetingEntity.class) == 0);
    }

    @Test
    public void thePreviewShowsTheDaysInTheReadersLanguageAndTheSaveSkipsTheDaysThatAlreadyHaveAMeeting() {
        MeetingService meetings = plugin.get(MeetingService.class);
        meetings.create(uds, new MeetingInput("EXTRAORDINARY", "2027-06-08", "10:00", null, null, false,
                "Ekstraordinært møde", null, null));
        Meeting cancelled = meetings.create(uds, new MeetingInput("ORDINARY", "2027-09-14", "10:00", null, null, false,
                "Aflyst møde", null, null));
        MeetingEntity row = ao.get(MeetingEntity.class, cancelled.id());
        row.setStatus(MeetingStatus.CANCELLED.name());
        row.save();
        MeetingSeriesInput input = new MeetingSeriesInput("MONTHLY", 2027, List.of(3, 6, 9), "2", "TUESDAY", null,
                null, null, "16:00", null, null, null, null);

        MeetingSeriesPreview english = series.preview(uds, input);
        MeetingSeriesPreview danish;
        try (var ignored = org.samraad.devhost.services.RequestContext.bind(null, java.util.Locale.forLanguageTag("da"))) {
            danish = series.preview(uds, input);
        }

        assertEquals(List.of("9 March 2027", "8 June 2027 – already has a meeting: Ekstraordinært møde. Skipped.",
                "14 September 2027"), english.days().stream().map(MeetingSeriesPreview.Day::text).toList());
        assertEquals("a cancelled meeting is no clash", 2, english.planned());
        assertEquals(1, english.skipped());
        assertEquals("2 meetings will be planned; 1 day already has a meeting and is skipped.", english.summary());
        assertEquals("9. marts 2027", danish.days().get(0).dateText());
        assertEquals("Ekstraordinært møde", danish.days().get(1).clash());
        assertEquals("writes nothing", 2, ao.count(MeetingEntity.class));

        List<Meeting> created = series.create(uds, input);

        assertEquals("the save skips exactly the days the preview marked",
                List.of(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 9, 14)),
                created.stream().map(m -> m.startsAt().toLocalDate()).toList());
        assertEquals("no second meeting on 8 June", 4, ao.count(MeetingEntity.class));
    }

    @Test
    public void thePreviewAsksWhatTheSaveAsks() {
        assertEquals(Set.of("pattern|samraad.error.required", "startTime|samraad.error.required"),
                fields(expectValidation(() -> series.preview(uds, new MeetingSeriesInput(null, null, null, null,
                        null, null, null, null, " ", null, null, null, null)))));
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> series.preview(uds, new MeetingSeriesInput("WEEKLY", null, null,
                null, null, "2027-01-05", 1, 2, "10:00", null, null, null, null)));
    }
}
