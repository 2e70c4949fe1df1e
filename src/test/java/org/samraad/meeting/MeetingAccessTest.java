package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The one gate to a meeting: who counts as an insider (space administrators, and council members serving today in
 * a role other than observer), 404 for a space the caller cannot view, 403 for editing without space EDIT, and one
 * statement for each way in.
 */
public class MeetingAccessTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-05-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final String ADMIN = "key-admin";
    private static final String MEMBER = "key-member";
    private static final String OBSERVER = "key-observer";
    private static final String FORMER = "key-former";
    private static final String FUTURE = "key-future";
    private static final String ANONYMISED = "key-anonymised";
    private static final String READER = "key-reader";
    private static final String EDITOR = "key-editor";
    private static final String SECRETARY = "key-secretary";
    private static final String FORMER_SECRETARY = "key-former-secretary";
    private static final String READING_SECRETARY = "key-reading-secretary";
    private static final String EDITING_MEMBER = "key-editing-chair";

    private FakeConfluence confluence;
    private MeetingAccess access;
    private int council;
    private int meeting;
    private int secret;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "INT");
        for (String user : new String[] {SECRETARY, FORMER_SECRETARY, EDITING_MEMBER}) {
            confluence.grant(user, Permission.EDIT, "UDS");
        }
        for (String user : new String[] {MEMBER, OBSERVER, FORMER, FUTURE, ANONYMISED, READER, READING_SECRETARY}) {
            confluence.grant(user, Permission.VIEW, "UDS");
        }
        access = plugin().confluence(confluence).clock(() -> NOW).start().get(MeetingAccess.class);
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
        int internal = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "INT"), new DBParam("NAME", "Internt"),
                new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0)).getID();
        meeting = meeting(council, 4711L);
        secret = meeting(internal, 4712L);
        member(MEMBER, "MEMBER", TODAY.minusYears(1), TODAY, false);
        member(OBSERVER, "OBSERVER", TODAY.minusYears(1), null, false);
        member(FORMER, "CHAIR", TODAY.minusYears(2), TODAY.minusDays(1), false);
        member(FUTURE, "MEMBER", TODAY.plusDays(1), null, false);
        member(ANONYMISED, "MEMBER", null, null, true);
        member(SECRETARY, "SECRETARY", TODAY.minusYears(1), null, false);
        member(FORMER_SECRETARY, "SECRETARY", TODAY.minusYears(2), TODAY.minusDays(1), false);
        member(READING_SECRETARY, "SECRETARY", null, null, false);
        member(EDITING_MEMBER, "CHAIR", null, null, false);
    }

    @Test
    public void theSecretariatIsSpaceAdministratorsAndServingSecretariesWhoCanEditTheSpace() {
        assertSecretariat(ADMIN, true);
        assertSecretariat(SECRETARY, true);
        assertSecretariat(FORMER_SECRETARY, false);
        assertSecretariat(READING_SECRETARY, false);
        assertSecretariat(EDITOR, false);
        assertSecretariat(EDITING_MEMBER, false);
        assertSecretariat(MEMBER, false);
        assertSecretariat(null, false);
        confluence.actAs(EDITOR);
        expect(ForbiddenException.class, () -> access.secretariat(meeting));
        confluence.actAs(SECRETARY);
        assertEquals(meeting, access.secretariat(meeting).meeting().id());
        assertEquals("still one statement", 1, sql.statementsDuring(() -> access.secretariat(meeting)).size());
    }

    @Test
    public void insidersAreSpaceAdministratorsAndServingMembersOtherThanObservers() {
        assertInsider(ADMIN, true);
        assertInsider(MEMBER, true);
        assertInsider(OBSERVER, false);
        assertInsider(FORMER, false);
        assertInsider(FUTURE, false);
        assertInsider(ANONYMISED, false);
        assertInsider(READER, false);
        assertInsider(null, false);
        assertInsider(EDITOR, false);
    }

    @Test
    public void theViewerKnowsWhoMayEditAndAdminister() {
        confluence.actAs(EDITOR);
        MeetingContext editor = access.view(meeting);
        assertTrue(editor.viewer().editor());
        assertFalse(editor.viewer().administrator());
        confluence.actAs(ADMIN);
        assertTrue(access.view(meeting).viewer().administrator());
        assertTrue(access.view(meeting).viewer().editor());
        assertEquals("Udsatterådet", access.view(meeting).council().name());
        assertEquals("UDS", access.view(meeting).spaceKey());
    }

    @Test
    public void aMeetingInASpaceTheCallerCannotViewDoesNotExist() {
        confluence.actAs(READER);
        expect(NotFoundException.class, () -> access.view(secret));
        expect(NotFoundException.class, () -> access.edit(secret));
        assertTrue(access.onPage(4712L).isEmpty());
        expect(NotFoundException.class, () -> access.view(987_654));
        assertTrue(access.onPage(999L).isEmpty());
        confluence.actAs(EDITOR);
        assertEquals(secret, access.view(secret).meeting().id());
    }

    @Test
    public void aMeetingWhosePageIsRestrictedExistsOnlyForThoseThePageAllows() {
        confluence.page(4711L, "UDS").restrictPage(4711L, MEMBER, ADMIN);
        for (String shut : new String[] {READER, EDITOR, null}) {
            confluence.actAs(shut);
            expect(NotFoundException.class, () -> access.view(meeting));
            expect(NotFoundException.class, () -> access.edit(meeting));
            assertTrue("a macro finds nothing on the page", access.onPage(4711L).isEmpty());
        }
        for (String allowed : new String[] {MEMBER, ADMIN}) {
            confluence.actAs(allowed);
            assertEquals(meeting, access.view(meeting).meeting().id());
            assertEquals(meeting, access.onPage(4711L).orElseThrow().meeting().id());
            sql.assertAtMost(1, () -> access.view(meeting));
        }
        confluence.restrictPage(4711L, READER);
        confluence.actAs(MEMBER);
        expect(NotFoundException.class, () -> access.view(meeting));
        confluence.actAs(READER);
        assertEquals(meeting, access.view(meeting).meeting().id());
    }

    @Test
    public void readersMayNotEdit() {
        for (String reader : new String[] {READER, MEMBER, null}) {
            confluence.actAs(reader);
            expect(ForbiddenException.class, () -> access.edit(meeting));
        }
        confluence.actAs(EDITOR);
        assertEquals(meeting, access.edit(meeting).meeting().id());
    }

    @Test
    public void eachWayInCostsExactlyOneStatement() {
        confluence.actAs(MEMBER);
        assertEquals(1, sql.statementsDuring(() -> access.view(meeting)).size());
        assertEquals(1, sql.statementsDuring(() -> access.onPage(4711L)).size());
        confluence.actAs(EDITOR);
        assertEquals(1, sql.statementsDuring(() -> access.edit(meeting)).size());
        confluence.actAs(null);
        assertEquals(1, sql.statementsDuring(() -> access.onPage(4711L)).size());
    }

    private void assertSecretariat(String user, boolean secretariat) {
        confluence.actAs(user);
        assertEquals(String.valueOf(user), secretariat, access.view(meeting).viewer().secretariat());
        assertEquals(String.valueOf(user), secretariat, access.onPage(4711L).orElseThrow().viewer().secretariat());
    }

    private void assertInsider(String user, boolean insider) {
        confluence.actAs(user);
        assertEquals(String.valueOf(user), insider, access.view(meeting).viewer().insider());
        assertEquals(String.valueOf(user), insider, access.onPage(4711L).orElseThrow().viewer().insider());
    }

    private int meeting(int councilId, long pageId) {
        return ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId), new DBParam("PAGE_ID", pageId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", "PLANNED"),
                new DBParam("STARTS_AT", Date.from(NOW)), new DBParam("VERSION", 0)).getID();
    }

    private void member(String userKey, String role, LocalDate start, LocalDate end, boolean anonymised) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("ROLE", role),
                new DBParam("VERSION", 0));
        row.setUserKey(userKey);
        row.setTermStart(CalendarDays.toDate(start));
        row.setTermEnd(CalendarDays.toDate(end));
        row.setAnonymisedAt(anonymised ? Date.from(NOW) : null);
        row.save();
    }
}
