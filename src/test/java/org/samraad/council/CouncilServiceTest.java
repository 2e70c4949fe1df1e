package org.samraad.council;

import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.devhost.services.RequestContext;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.CalendarFeedEntity;
import org.samraad.plan.PlanEntryEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ServiceException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

public class CouncilServiceTest extends AoTestSupport {
    private static final String ADMIN = "key-admin";
    private static final String EDITOR = "key-editor";
    private static final Instant TODAY = Instant.parse("2026-11-22T00:00:00Z");

    private FakeConfluence confluence;
    private CouncilService councils;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "INT")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(null, Permission.VIEW, "UDS")
                .actAs(ADMIN);
        councils = plugin().confluence(confluence).users(confluence).clock(() -> TODAY).start()
                .get(CouncilService.class);
    }

    @Test
    public void aSpaceAdministratorCreatesTheCouncilOfASpace() {
        Council created = councils.create(input("UDS", "Udsatterådet Nordby", "social-council", "Rådgiver byrådet."));

        assertEquals("Udsatterådet Nordby", created.name());
        assertEquals(CouncilKind.SOCIAL_COUNCIL, created.kind());
        assertEquals(0, created.version());
        assertEquals(List.of(created), councils.list("UDS"));
        assertEquals(created, councils.get(created.id()));
    }

    @Test
    public void aCouncilCreatedWithoutALanguageSpeaksItsSwedishOrDanishCreatorsLanguage() {
        try (var swedish = RequestContext.bind(null, Locale.forLanguageTag("sv"))) {
            assertEquals("sv", councils.create(input("UDS", "Utvecklingsgruppen", "OTHER", null)).locale());
        }
        try (var danish = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertEquals("da", councils.create(input("INT", "Dialogforum", "OTHER", null)).locale());
        }
    }

    @Test
    public void aCouncilCreatedWithoutALanguageByAnotherLanguagesSpeakerIsDanishAsDocumented() {
        try (var english = RequestContext.bind(null, Locale.ENGLISH)) {
            assertEquals("da", councils.create(input("UDS", "Udsatterådet", "OTHER", null)).locale());
        }
    }

    @Test
    public void missingNameUnknownKindAndTooLongPurposeAreReportedTogether() {
        ValidationException e = expectValidation(() -> councils.create(input("UDS", " ", "parliament", "x".repeat(10_001))));

        assertEquals(Set.of("name|samraad.error.required", "kind|samraad.error.invalid-choice",
                "purpose|samraad.error.too-long"), fields(e));
        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void aNameOfTenThousandCharactersIsRejectedNotTruncated() {
        ValidationException e = expectValidation(() -> councils.create(input("UDS", "n".repeat(10_000), "OTHER", null)));

        assertEquals(Set.of("name|samraad.error.too-long"), fields(e));
    }

    @Test
    public void aSpaceTheCallerCannotSeeIsReportedAsUnknown() {
        confluence.actAs(EDITOR);
        ValidationException e = expectValidation(() -> councils.create(input("INT", "Skjult råd", "OTHER", null)));
        assertEquals(Set.of("spaceKey|samraad.council.error.unknown-space"), fields(e));

        ValidationException missing = expectValidation(() -> councils.create(input("NOPE", "Råd", "OTHER", null)));
        assertEquals(Set.of("spaceKey|samraad.council.error.unknown-space"), fields(missing));
    }

    @Test
    public void anEditorWhoIsNotSpaceAdministratorIsForbiddenToCreateACouncil() {
        confluence.actAs(EDITOR);
        expect(ForbiddenException.class, () -> councils.create(input("UDS", "Råd", "OTHER", null)));
        assertEquals(0, ao.count(CouncilEntity.class));
    }

    @Test
    public void aSpaceHoldsOneCouncil() {
        councils.create(input("UDS", "Første", "OTHER", null));

        ValidationException e = expectValidation(() -> councils.create(input("UDS", "Andet", "OTHER", null)));

        assertEquals(Set.of("spaceKey|samraad.council.error.space-taken"), fields(e));
        assertEquals(1, ao.count(CouncilEntity.class));
    }

    @Test
    public void anonymousReadersSeeTheCouncilOfAPublicSpaceButNotOfARestrictedOne() {
        Council open = councils.create(input("UDS", "Åbent råd", "OTHER", null));
        Council closed = councils.create(input("INT", "Internt råd", "OTHER", null));

        confluence.actAs(null);

        assertEquals(open, councils.get(open.id()));
        expect(NotFoundException.class, () -> councils.get(closed.id()));
        expect(NotFoundException.class, () -> councils.list("INT"));
        assertEquals(List.of(open), councils.list(null));
    }

    @Test
    public void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        Council renamed = councils.update(council.id(), new CouncilInput(null, "Rådet 2026", "OTHER", null, 0));
        assertEquals(1, renamed.version());

        expect(StaleVersionException.class,
                () -> councils.update(council.id(), new CouncilInput(null, "Gammelt navn", "OTHER", null, 0)));

        assertEquals("Rådet 2026", councils.get(council.id()).name());
    }

    @Test
    public void theCouncilsWordForItsMinutesIsChosenKeptWhenLeftOutAndResetByABlank() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        assertEquals(null, council.minutesTerm());

        Council notes = councils.update(council.id(), settings("NOTES", 0));
        assertEquals(MinutesTerm.NOTES, notes.minutesTerm());
        assertEquals(MinutesTerm.NOTES, councils.update(council.id(), new CouncilInput(null, "Rådet", "OTHER", null, 1))
                .minutesTerm());
        assertEquals(null, councils.update(council.id(), settings(" ", 2)).minutesTerm());

        ValidationException e = expectValidation(() -> councils.update(council.id(), settings("protokoll", 3)));
        assertEquals(Set.of("minutesTerm|samraad.council.error.minutes-term"), fields(e));
        assertEquals(3, councils.get(council.id()).version());
    }

    private static CouncilInput settings(String minutesTerm, int version) {
        return new CouncilInput(null, "Rådet", "OTHER", null, null, null, null, null, null, null, null, minutesTerm,
                null, version);
    }

    @Test
    public void aCouncilCannotMoveToAnotherSpace() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));

        ValidationException e = expectValidation(
                () -> councils.update(council.id(), new CouncilInput("INT", "Rådet", "OTHER", null, 0)));

        assertEquals(Set.of("spaceKey|samraad.council.error.space-fixed"), fields(e));
    }

    @Test
    public void theOverviewCountsServingMembersMeetingsOpenActionsAndOpenHearings() {
        Council council = councils.create(input("UDS", "Rådet", "SOCIAL_COUNCIL", null));
        int id = council.id();
        member(id, null);
        member(id, Date.from(TODAY.plusSeconds(86_400 * 30)));
        member(id, Date.from(TODAY.minusSeconds(86_400)));
        meeting(id, "PLANNED");
        meeting(id, "CANCELLED");
        action(id, "OPEN");
        action(id, "IN_PROGRESS");
        action(id, "DONE");
        hearing(id, "DRAFTING");
        hearing(id, "SUBMITTED");

        assertEquals(new CouncilCounts(2, 1, 2, 1), councils.counts(council));
    }

    @Test
    public void theOverviewCostsAtMostThreeStatementsHoweverLargeTheCouncil() throws Exception {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        for (int i = 0; i < 200; i++) {
            member(council.id(), null);
            action(council.id(), "OPEN");
        }
        ao.flushAll();

        sql.assertAtMost(3, () -> councils.counts(councils.inSpace("UDS").orElseThrow()));
    }

    @Test
    public void onlyAnEmptyCouncilCanBeDeleted() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        meeting(council.id(), "PLANNED");

        ServiceException e = expect(CouncilNotEmptyException.class, () -> councils.delete(council.id()));
        assertEquals(409, e.status());

        ao.deleteWithSQL(MeetingEntity.class, "COUNCIL_ID = ?", council.id());
        councils.delete(council.id());
        assertFalse(councils.inSpace("UDS").isPresent());
    }

    @Test
    public void aCouncilWithOnlyPastRecordsIsNotEmptyAndKeepsThemAll() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        member(council.id(), Date.from(TODAY.minusSeconds(86_400 * 400)));
        meeting(council.id(), "CANCELLED");
        action(council.id(), "DONE");
        hearing(council.id(), "SUBMITTED");

        ServiceException e = expect(CouncilNotEmptyException.class, () -> councils.delete(council.id()));

        assertEquals(409, e.status());
        assertEquals(council, councils.get(council.id()));
        for (Class<? extends RawEntity<Integer>> record : List.<Class<? extends RawEntity<Integer>>>of(
                MemberEntity.class, MeetingEntity.class, ActionItemEntity.class, HearingEntity.class)) {
            assertEquals(record.getSimpleName(), 1, ao.count(record, "COUNCIL_ID = ?", council.id()));
        }
    }

    @Test
    public void anyRecordThatNamesTheCouncilAloneKeepsItFromBeingDeleted() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        Map<String, Runnable> records = new LinkedHashMap<>();
        records.put("seat", () -> ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", council.id()),
                new DBParam("SEAT_GROUP", "USER"), new DBParam("REQUIRED_COUNT", 1)));
        records.put("anonymised member", () -> ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council.id()),
                new DBParam("ROLE", "MEMBER"), new DBParam("ANONYMISED_AT", Date.from(TODAY))));
        records.put("agenda request", () -> ao.create(AgendaRequestEntity.class,
                new DBParam("COUNCIL_ID", council.id()), new DBParam("TITLE", "Ønske"),
                new DBParam("SUBMITTED_AT", Date.from(TODAY)), new DBParam("STATUS", "WITHDRAWN")));
        records.put("plan entry", () -> ao.create(PlanEntryEntity.class, new DBParam("COUNCIL_ID", council.id()),
                new DBParam("KIND", "OTHER"), new DBParam("TITLE", "Temadag"), new DBParam("STARTS_AT", Date.from(TODAY))));
        records.put("declined hearing", () -> hearing(council.id(), "DECLINED"));
        records.forEach((name, record) -> {
            record.run();
            expect(CouncilNotEmptyException.class, () -> councils.delete(council.id()));
            for (Class<? extends RawEntity<Integer>> type : List.<Class<? extends RawEntity<Integer>>>of(
                    SeatEntity.class, MemberEntity.class, AgendaRequestEntity.class, PlanEntryEntity.class,
                    HearingEntity.class)) {
                ao.deleteWithSQL(type, "COUNCIL_ID = ?", council.id());
            }
        });

        councils.delete(council.id());
        assertFalse(councils.inSpace("UDS").isPresent());
    }

    @Test
    public void calendarFeedsAreSubscriptionsNotRecordsAndGoWithTheCouncil() {
        Council council = councils.create(input("UDS", "Rådet", "OTHER", null));
        ao.create(CalendarFeedEntity.class, new DBParam("COUNCIL_ID", council.id()), new DBParam("USER_KEY", EDITOR),
                new DBParam("TOKEN_HASH", "a".repeat(64)), new DBParam("CREATED_AT", Date.from(TODAY)));

        councils.delete(council.id());

        assertEquals(0, ao.count(CalendarFeedEntity.class));
        assertEquals(0, ao.count(CouncilEntity.class));
    }

    private static CouncilInput input(String space, String name, String kind, String purpose) {
        return new CouncilInput(space, name, kind, purpose, null);
    }

    private void member(int councilId, Date termEnd) {
        MemberEntity m = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "MEMBER"), new DBParam("NAME", "Medlem"));
        m.setTermEnd(termEnd);
        m.save();
    }

    private void meeting(int councilId, String status) {
        ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("STATUS", status),
                new DBParam("KIND", "ORDINARY"), new DBParam("TITLE", "Møde"),
                new DBParam("STARTS_AT", Date.from(TODAY)));
    }

    private void action(int councilId, String status) {
        ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("STATUS", status),
                new DBParam("TITLE", "Opfølgning"), new DBParam("CREATED_AT", Date.from(TODAY)));
    }

    private void hearing(int councilId, String status) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("STATUS", status),
                new DBParam("SUBJECT", "Høring"), new DBParam("DEADLINE", Date.from(TODAY)));
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
