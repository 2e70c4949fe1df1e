package org.samraad.council;

import static org.samraad.testing.Refusals.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

public class PersonErasureServiceTest extends AoTestSupport {
    private static final String SPACE_ADMIN = "key-secretary";
    private static final String EDITOR = "key-member";
    private static final String SITE_ADMIN = "key-admin";

    private FakeConfluence confluence;
    private PersonErasureService service;
    private MemberEntity member;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(SPACE_ADMIN, Permission.ADMINISTER, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .administrator(SITE_ADMIN);
        service = plugin().confluence(confluence).clock(() -> Instant.parse("2026-11-22T10:00:00Z")).start()
                .get(PersonErasureService.class);
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Rådet"), new DBParam("KIND", "SOCIAL_COUNCIL"));
        member = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council.getID()),
                new DBParam("ROLE", "MEMBER"), new DBParam("NAME", "Nanna Nørgaard"));
    }

    @Test
    public void aSpaceAdministratorErasesAMemberOfTheirCouncil() {
        confluence.actAs(SPACE_ADMIN);

        assertEquals(1, service.erasePerson(member.getID()).memberships());
        assertNull(ao.find(MemberEntity.class, "ID = ?", member.getID())[0].getName());
    }

    @Test
    public void anEditorMayNotEraseAndAnOutsiderCannotEvenSeeTheMember() {
        confluence.actAs(EDITOR);
        expect(ForbiddenException.class, () -> service.erasePerson(member.getID()));
        confluence.actAs(null);
        expect(NotFoundException.class, () -> service.erasePerson(member.getID()));
        confluence.actAs(SPACE_ADMIN);
        expect(NotFoundException.class, () -> service.erasePerson(987_654));
        assertEquals("Nanna Nørgaard", ao.find(MemberEntity.class, "ID = ?", member.getID())[0].getName());
    }

    @Test
    public void aMissingMemberIdIsAFieldError() {
        confluence.actAs(SPACE_ADMIN);
        ValidationException e = expect(ValidationException.class, () -> service.erasePerson(null));
        assertEquals(List.of(FieldError.of("memberId", "samraad.error.required")), e.errors());
    }

    @Test
    public void onlyConfluenceAdministratorsSeeAndChangeTheAnonymisationPeriod() {
        confluence.actAs(SPACE_ADMIN);
        expect(ForbiddenException.class, () -> service.settings());

        confluence.actAs(SITE_ADMIN);
        assertEquals(Integer.valueOf(365), service.settings().anonymiseAfterDays());
        service.updateSettings(new PersonErasureService.PrivacySettingsView(730));
        assertEquals(Integer.valueOf(730), service.settings().anonymiseAfterDays());
    }

    @Test
    public void theAnonymisationPeriodMustBeBetweenOneMonthAndTenYears() {
        confluence.actAs(SITE_ADMIN);
        for (int days : new int[] {0, 29, 3651}) {
            ValidationException e = expect(ValidationException.class,
                    () -> service.updateSettings(new PersonErasureService.PrivacySettingsView(days)));
            assertEquals("anonymiseAfterDays", e.errors().get(0).field());
        }
        assertEquals(Integer.valueOf(365), service.settings().anonymiseAfterDays());
    }
}
