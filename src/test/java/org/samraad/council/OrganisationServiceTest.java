package org.samraad.council;

import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ServiceException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The organisations directory on a real database: validation, permissions (anonymous, reader, editor, a
 * restricted space), optimistic locking, the in-use check, filtering, sorting, paging and the statement budget.
 */
public class OrganisationServiceTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SECRETARY = "key-secretary";
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & 'co'";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private OrganisationService organisations;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT").space("DIA")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.VIEW, "DIA")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "INT")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(confluence).start();
        organisations = plugin.get(OrganisationService.class);
    }

    // --- create, read, validation

    @Test
    public void aSpaceEditorAddsAnOrganisationWithItsOffersAndFunctionalContact() {
        Organisation created = organisations.create(new OrganisationInput("UDS", "  Natcaféen Nordby ",
                "voluntary-organisation", " https://natcafe.example.org/om ", "Vagttelefonen", "kontakt@natcafe.example.org",
                "+45 70 10 20 30 (kl. 20-02)", "Varm mad og et sted at sove.\n\nÅbent hver nat.", "Hjemløse", null));

        assertEquals("Natcaféen Nordby", created.name());
        assertEquals(OrganisationKind.VOLUNTARY_ORGANISATION, created.kind());
        assertEquals("https://natcafe.example.org/om", created.website());
        assertEquals("UDS", created.spaceKey());
        assertEquals(0, created.version());
        assertEquals(created, organisations.get(created.id()));
    }

    @Test
    public void emptyOptionalFieldsAreStoredAsAbsent() {
        Organisation created = organisations.create(new OrganisationInput("UDS", "Politiet", "POLICE", " ", "", "\t",
                "  ", "", "\n", null));

        assertNull(created.website());
        assertNull(created.contactName());
        assertNull(created.contactEmail());
        assertNull(created.contactPhone());
        assertNull(created.offers());
        assertNull(created.targetGroup());
    }

    @Test
    public void missingNameMissingSpaceAndUnknownKindAreReportedTogether() {
        ValidationException e = expectValidation(() -> organisations.create(
                new OrganisationInput(null, " ", "church", null, null, null, null, null, null, null)));

        assertEquals(Set.of("name|samraad.error.required", "kind|samraad.error.invalid-choice",
                "spaceKey|samraad.error.required"), fields(e));
        assertEquals(0, ao.count(OrganisationEntity.class));
    }

    @Test
    public void aMissingKindIsRequiredNotInvalid() {
        ValidationException e = expectValidation(() -> organisations.create(input("UDS", "Navn", null)));
        assertEquals(Set.of("kind|samraad.error.required"), fields(e));
    }

    @Test
    public void everyFieldLongerThanItsColumnIsRejectedNotTruncated() {
        String big = "x".repeat(10_001);
        ValidationException e = expectValidation(() -> organisations.create(new OrganisationInput("U".repeat(256),
                "n".repeat(256), "OTHER", "https://example.org/" + "p".repeat(431), "c".repeat(256),
                "a".repeat(251) + "@b.dk", "1".repeat(256), big, big, null)));

        assertEquals(Set.of("spaceKey|samraad.error.too-long", "name|samraad.error.too-long",
                "website|samraad.error.too-long", "contactName|samraad.error.too-long",
                "contactEmail|samraad.error.too-long", "contactPhone|samraad.error.too-long",
                "offers|samraad.error.too-long", "targetGroup|samraad.error.too-long"), fields(e));
        assertEquals(0, ao.count(OrganisationEntity.class));
    }

    @Test
    public void valuesExactlyAsLongAsTheirColumnsFit() {
        String text = "x".repeat(10_000);
        String website = "https://example.org/" + "p".repeat(430);
        Organisation created = organisations.create(new OrganisationInput("UDS", "n".repeat(255), "OTHER", website,
                "c".repeat(255), "a".repeat(64) + "@" + "b".repeat(60) + ".dk", "1".repeat(255), text, text, null));
        ao.flushAll();

        Organisation read = organisations.get(created.id());
        assertEquals(255, read.name().length());
        assertEquals(450, read.website().length());
        assertEquals(10_000, read.offers().length());
        assertEquals(10_000, read.targetGroup().length());
    }

    @Test
    public void onlyAbsoluteHttpAndHttpsWebAddressesAreAccepted() {
        for (String bad : List.of("javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "ftp://example.org", "file:///etc/passwd",
                "//example.org", "www.example.org", "example.org", "https://", "https:/example.org", "http:example.org",
                "https://www", "http://localhost:8080", "https://user:secret@example.org", "https://example.org@evil.example",
                "https://exa mple.org", "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>",
                "https://example.org\\@evil.example", "https://evil.example\u202Egro.elpmaxe", "https://lænken.dk",
                "https://example.org:99999", " javascript:alert(1)", "https://example.org/a\nb")) {
            ValidationException e = expectValidation(() -> organisations.create(
                    new OrganisationInput("UDS", "Org", "OTHER", bad, null, null, null, null, null, null)));
            assertEquals(bad, Set.of("website|samraad.organisation.error.website"), fields(e));
        }
        for (String good : List.of("https://www.example.org", "http://example.org/", "HTTPS://Example.ORG/Tilbud?id=3#bolig",
                "https://sub.example.co.uk:8443/a/b", "https://example.dk/søg", "http://192.0.2.10/", "https://[2001:db8::1]/")) {
            organisations.create(new OrganisationInput("UDS", good, "OTHER", good, null, null, null, null, null, null));
        }
        assertEquals(7, ao.count(OrganisationEntity.class));
    }

    @Test
    public void contactEmailMustLookLikeAnAddressAMailtoLinkCannotBend() {
        for (String bad : List.of("info", "info@", "@example.org", "info@example", "in fo@example.org",
                "info@example.org?subject=x", "a@b@example.org", "info@-example.org", "info..x@example.org",
                "<script>@example.org", "\"x\"@example.org", "info@example.org\nBcc: x@example.org", "mailto:info@example.org")) {
            ValidationException e = expectValidation(() -> organisations.create(
                    new OrganisationInput("UDS", "Org", "OTHER", null, null, bad, null, null, null, null)));
            assertEquals(bad, Set.of("contactEmail|samraad.error.email"), fields(e));
        }
        Organisation ok = organisations.create(new OrganisationInput("UDS", "Org", "OTHER", null, null,
                "frivillig+nordby@natcafe.example.org", null, null, null, null));
        assertEquals("frivillig+nordby@natcafe.example.org", ok.contactEmail());
    }

    @Test
    public void hostileTextIsStoredAsTypedForTheTemplatesToEscape() {
        Organisation created = organisations.create(new OrganisationInput("UDS", HOSTILE, "OTHER", null, HOSTILE,
                null, HOSTILE, HOSTILE, HOSTILE, null));
        ao.flushAll();

        Organisation read = organisations.get(created.id());
        assertEquals(HOSTILE, read.name());
        assertEquals(HOSTILE, read.offers());
        assertEquals(HOSTILE, read.contactPhone());
    }

    @Test
    public void aNullBodyIsABadRequest() {
        expectValidation(() -> organisations.create(null));
        Organisation existing = organisations.create(input("UDS", "Org", "OTHER"));
        expectValidation(() -> organisations.update(existing.id(), null));
    }

    // --- permissions

    @Test
    public void anonymousAndReadersSeeThePublicDirectoryButCannotChangeIt() {
        Organisation created = organisations.create(input("UDS", "Politiet i Nordby", "POLICE"));

        for (String caller : new String[] {null, READER}) {
            confluence.actAs(caller);
            assertEquals(created, organisations.get(created.id()));
            assertEquals(List.of(created), organisations.list(OrganisationQuery.all("UDS", null)).items());
            expect(ForbiddenException.class, () -> organisations.create(input("UDS", "Ny", "OTHER")));
            expect(ForbiddenException.class, () -> organisations.update(created.id(), change(created, "Ændret")));
            expect(ForbiddenException.class, () -> organisations.delete(created.id()));
        }
        confluence.actAs(EDITOR);
        assertEquals("Politiet i Nordby", organisations.get(created.id()).name());
        assertEquals(1, ao.count(OrganisationEntity.class));
    }

    @Test
    public void aRestrictedSpaceIsNotFoundForThoseWhoCannotViewIt() {
        confluence.actAs(SECRETARY);
        Organisation hidden = organisations.create(input("INT", "Intern partner", "BUSINESS"));

        for (String caller : new String[] {null, READER, EDITOR}) {
            confluence.actAs(caller);
            expect(NotFoundException.class, () -> organisations.get(hidden.id()));
            expect(NotFoundException.class, () -> organisations.list(OrganisationQuery.all("INT", null)));
            expect(NotFoundException.class, () -> organisations.update(hidden.id(), change(hidden, "Ændret")));
            expect(NotFoundException.class, () -> organisations.delete(hidden.id()));
            ValidationException e = expectValidation(() -> organisations.create(input("INT", "Snig", "OTHER")));
            assertEquals(Set.of("spaceKey|samraad.organisation.error.unknown-space"), fields(e));
        }
        expect(NotFoundException.class, () -> organisations.get(999_999));
        ValidationException missing = expectValidation(() -> organisations.create(input("NOPE", "Org", "OTHER")));
        assertEquals(Set.of("spaceKey|samraad.organisation.error.unknown-space"), fields(missing));
    }

    @Test
    public void viewingASpaceIsNotEnoughToAddToIt() {
        expect(ForbiddenException.class, () -> organisations.create(input("DIA", "Org", "OTHER")));
        assertEquals(0, ao.count(OrganisationEntity.class));
    }

    // --- update, optimistic locking

    @Test
    public void anUpdateNeedsTheVersionAndAStaleOneChangesNothing() {
        Organisation created = organisations.create(input("UDS", "Væresteder", "VOLUNTARY_ORGANISATION"));

        ValidationException noVersion = expectValidation(() -> organisations.update(created.id(),
                new OrganisationInput(null, "Ny", "OTHER", null, null, null, null, null, null, null)));
        assertEquals(Set.of("version|samraad.error.required"), fields(noVersion));

        Organisation renamed = organisations.update(created.id(), change(created, "Værestedet Trappen"));
        assertEquals(1, renamed.version());
        expect(StaleVersionException.class, () -> organisations.update(created.id(), change(created, "Forældet")));
        assertEquals(409, new StaleVersionException().status());
        assertEquals("Værestedet Trappen", organisations.get(created.id()).name());
    }

    @Test
    public void anUpdateReplacesEveryFieldAndClearsWhatWasLeftEmpty() {
        Organisation created = organisations.create(new OrganisationInput("UDS", "Org", "OTHER", "https://a.example.org",
                "Team", "team@example.org", "1234", "Tilbud", "Unge", null));

        Organisation changed = organisations.update(created.id(), new OrganisationInput(null, "Org", "REGION",
                null, null, null, null, "Nyt tilbud", null, 0));

        assertEquals(OrganisationKind.REGION, changed.kind());
        assertNull(changed.website());
        assertNull(changed.contactEmail());
        assertEquals("Nyt tilbud", changed.offers());
        assertNull(changed.targetGroup());
    }

    @Test
    public void anOrganisationCannotMoveToAnotherSpace() {
        Organisation created = organisations.create(input("UDS", "Org", "OTHER"));

        ValidationException e = expectValidation(() -> organisations.update(created.id(),
                new OrganisationInput("DIA", "Org", "OTHER", null, null, null, null, null, null, 0)));

        assertEquals(Set.of("spaceKey|samraad.organisation.error.space-fixed"), fields(e));
        Organisation same = organisations.update(created.id(), new OrganisationInput(" UDS ", "Org", "OTHER", null, null,
                null, null, null, null, 0));
        assertEquals("the same space, as clients send back what they read", 1, same.version());
    }

    @Test
    public void anUpdateWithBadInputReportsFieldErrorsBeforeTheVersion() {
        Organisation created = organisations.create(input("UDS", "Org", "OTHER"));

        ValidationException e = expectValidation(() -> organisations.update(created.id(),
                new OrganisationInput(null, "", "OTHER", "javascript:alert(1)", null, null, null, null, null, 7)));

        assertEquals(Set.of("name|samraad.error.required", "website|samraad.organisation.error.website"), fields(e));
    }

    // --- delete

    @Test
    public void anUnusedOrganisationIsDeleted() {
        Organisation created = organisations.create(input("UDS", "Org", "OTHER"));
        organisations.delete(created.id());
        expect(NotFoundException.class, () -> organisations.get(created.id()));
        expect(NotFoundException.class, () -> organisations.delete(created.id()));
    }

    @Test
    public void anOrganisationNamedByAMemberSeatActionOrAttendanceCannotBeDeleted() {
        int council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Råd"),
                new DBParam("KIND", "OTHER")).getID();
        Date now = Date.from(Instant.parse("2026-11-22T00:00:00Z"));
        int meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("STATUS", "HELD"),
                new DBParam("KIND", "ORDINARY"), new DBParam("TITLE", "Møde"), new DBParam("STARTS_AT", now)).getID();
        List<Runnable> references = List.of(
                () -> ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("ROLE", "MEMBER"),
                        new DBParam("ORGANISATION_ID", lastId())),
                () -> ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("SEAT_GROUP", "USER"),
                        new DBParam("ORGANISATION_ID", lastId())),
                () -> ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("STATUS", "OPEN"),
                        new DBParam("TITLE", "Opgave"), new DBParam("CREATED_AT", now),
                        new DBParam("ORGANISATION_ID", lastId())),
                () -> ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("STATUS", "GUEST"),
                        new DBParam("ORGANISATION_ID", lastId())));
        for (Runnable reference : references) {
            Organisation used = organisations.create(input("UDS", "Brugt", "USER_ORGANISATION"));
            reference.run();
            ao.flushAll();

            ServiceException e = expect(OrganisationInUseException.class, () -> organisations.delete(used.id()));
            assertEquals(409, e.status());
            assertEquals("samraad.organisation.error.in-use", e.messageKey());
            assertEquals(used, organisations.get(used.id()));
        }
    }

    @Test
    public void theInUseCheckIsOneStatement() {
        Organisation created = organisations.create(input("UDS", "Org", "OTHER"));
        OrganisationReferencesQuery query = plugin.get(OrganisationReferencesQuery.class);

        assertEquals(1, sql.count(() -> query.isReferenced(created.id())));
    }

    // --- list: filtering, sorting, paging, budget

    @Test
    public void theDirectoryIsSortedByKindInDeclaredOrderThenByNameIgnoringCase() {
        organisations.create(input("UDS", "Zebra frivillig", "VOLUNTARY_ORGANISATION"));
        organisations.create(input("UDS", "andet sted", "OTHER"));
        organisations.create(input("UDS", "Politiet", "POLICE"));
        organisations.create(input("UDS", "Aktivhuset", "VOLUNTARY_ORGANISATION"));
        organisations.create(input("UDS", "beboerne", "RESIDENTS_ASSOCIATION"));
        organisations.create(input("UDS", "Jobcentret", "MUNICIPAL_DEPARTMENT"));
        organisations.create(input("UDS", "bageren", "BUSINESS"));
        organisations.create(input("UDS", "Regionen", "REGION"));
        organisations.create(input("UDS", "LAP", "USER_ORGANISATION"));

        assertEquals(List.of("Jobcentret", "Politiet", "Regionen", "Aktivhuset", "Zebra frivillig", "LAP", "bageren",
                "beboerne", "andet sted"), names(organisations.list(OrganisationQuery.all("UDS", null)).items()));
    }

    @Test
    public void theListFiltersBySpaceAndKindAndShowsOnlyViewableSpaces() {
        organisations.create(input("UDS", "Kommunen", "MUNICIPAL_DEPARTMENT"));
        organisations.create(input("UDS", "Natcaféen", "VOLUNTARY_ORGANISATION"));
        confluence.actAs(SECRETARY);
        organisations.create(input("INT", "Hemmelig partner", "VOLUNTARY_ORGANISATION"));

        confluence.actAs(READER);
        assertEquals(List.of("Natcaféen"),
                names(organisations.list(OrganisationQuery.all("UDS", OrganisationKind.VOLUNTARY_ORGANISATION)).items()));
        assertEquals(List.of("Kommunen", "Natcaféen"), names(organisations.list(query(null, null, 100, 0)).items()));
        assertEquals(List.of("Natcaféen"),
                names(organisations.list(query(null, OrganisationKind.VOLUNTARY_ORGANISATION, 100, 0)).items()));
        assertEquals(List.of(), organisations.list(query(null, OrganisationKind.POLICE, 100, 0)).items());

        confluence.actAs(SECRETARY);
        assertEquals(List.of("Kommunen", "Hemmelig partner", "Natcaféen"),
                names(organisations.list(query(null, null, 100, 0)).items()));
    }

    @Test
    public void theListIsPagedWithTheTotalOfAllMatches() {
        for (int i = 0; i < 7; i++) {
            organisations.create(input("UDS", "Org " + i, "OTHER"));
        }
        confluence.actAs(SECRETARY);
        organisations.create(input("INT", "Org hidden", "OTHER"));
        confluence.actAs(READER);

        OrganisationPage spacePage = organisations.list(query("UDS", null, 3, 3));
        assertEquals(List.of("Org 3", "Org 4", "Org 5"), names(spacePage.items()));
        assertEquals(7, spacePage.total());

        OrganisationPage sitePage = organisations.list(query(null, null, 3, 6));
        assertEquals(List.of("Org 6"), names(sitePage.items()));
        assertEquals("the hidden space's organisation is not counted", 7, sitePage.total());

        OrganisationPage beyond = organisations.list(query(null, null, 3, 50));
        assertEquals(List.of(), beyond.items());
        assertEquals(7, beyond.total());
    }

    @Test
    public void listParametersAreParsedWithFieldErrors() {
        OrganisationQuery defaults = OrganisationQuery.parse(" UDS ", "", null, " ");
        assertEquals(new OrganisationQuery("UDS", null, 100, 0), defaults);
        assertEquals(new OrganisationQuery(null, OrganisationKind.USER_ORGANISATION, 500, 20),
                OrganisationQuery.parse(null, "user-organisation", "100000", "20"));

        try {
            OrganisationQuery.parse(null, "<script>", "abc", "-1");
            fail("expected field errors");
        } catch (ValidationException e) {
            assertEquals(Set.of("kind|samraad.error.invalid-choice", "limit|samraad.organisation.error.limit",
                    "offset|samraad.organisation.error.offset"), fields(e));
        }
        for (String limit : List.of("0", "-5", "1.5", "99999999999")) {
            try {
                OrganisationQuery.parse(null, null, limit, null);
                fail(limit);
            } catch (ValidationException e) {
                assertEquals(Set.of("limit|samraad.organisation.error.limit"), fields(e));
            }
        }
    }

    @Test
    public void aSpaceListCostsOneStatementForFiveAndForFiveHundredOrganisations() throws Exception {
        for (int count : new int[] {5, 500}) {
            ao.deleteWithSQL(OrganisationEntity.class, "SPACE_KEY = ?", "UDS");
            seed("UDS", count);
            ao.flushAll();
            sql.assertAtMost(1, () -> {
                OrganisationPage page = organisations.list(OrganisationQuery.all("UDS", null));
                assertEquals(count, page.items().size());
            });
            sql.assertAtMost(3, () -> assertEquals(count, organisations.list(query("UDS", null, 500, 0)).items().size()));
        }
    }

    @Test
    public void aSiteWideListCostsAtMostThreeStatementsForFiveAndForFiveHundredOrganisations() throws Exception {
        for (int count : new int[] {5, 500}) {
            ao.deleteWithSQL(OrganisationEntity.class, "ID > ?", 0);
            seed("UDS", count);
            seed("DIA", 3);
            seed("INT", 3);
            ao.flushAll();
            confluence.actAs(EDITOR);
            sql.assertAtMost(3, () -> {
                OrganisationPage page = organisations.list(query(null, null, 500, 0));
                assertEquals(Math.min(500, count + 3), page.items().size());
                assertEquals(count + 3, page.total());
            });
            sql.assertAtMost(3, () -> organisations.list(query(null, OrganisationKind.OTHER, 100, 0)));
        }
    }

    private void seed(String spaceKey, int count) {
        OrganisationKind[] kinds = OrganisationKind.values();
        for (int i = 0; i < count; i++) {
            OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("SPACE_KEY", spaceKey),
                    new DBParam("NAME", spaceKey + " organisation " + i), new DBParam("KIND", kinds[i % kinds.length].name()),
                    new DBParam("VERSION", 0));
            row.setOffers("Tilbud " + i);
            row.setTargetGroup("Målgruppe " + i);
            row.save();
        }
    }

    private int lastId() {
        OrganisationEntity[] rows = ao.find(OrganisationEntity.class, net.java.ao.Query.select().order("ID DESC").limit(1));
        return rows[0].getID();
    }

    private static OrganisationQuery query(String spaceKey, OrganisationKind kind, int limit, int offset) {
        return new OrganisationQuery(spaceKey, kind, limit, offset);
    }

    private static OrganisationInput input(String spaceKey, String name, String kind) {
        return new OrganisationInput(spaceKey, name, kind, null, null, null, null, null, null, null);
    }

    private static OrganisationInput change(Organisation organisation, String name) {
        return new OrganisationInput(null, name, organisation.kind().name(), organisation.website(),
                organisation.contactName(), organisation.contactEmail(), organisation.contactPhone(), organisation.offers(),
                organisation.targetGroup(), organisation.version());
    }

    private static List<String> names(List<Organisation> list) {
        return list.stream().map(Organisation::name).toList();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }
}
