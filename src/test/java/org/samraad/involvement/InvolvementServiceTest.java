package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.ShownName;
import org.samraad.involvement.InvolvementSettingsInput.TopicInput;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The involvement process on a real database: its settings (topics keep their ids through renames, ids never reused),
 * actors with validation (hostile input included), versions and history, the contact person named by the member
 * list's rule, the coverage matrix, and the statement budget of the list and the coverage.
 */
public class InvolvementServiceTest extends AoTestSupport {
    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String MEMBER = "key-member";
    private static final String ADMIN = "key-admin";
    private static final String STAFF = "key-staff";
    private static final Map<String, String> USERS = Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader",
            MEMBER, "Mona Medlem", ADMIN, "Ada Admin", STAFF, "Sune Sagsbehandler");
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & '";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private InvolvementSettingsService settings;
    private InvolvementActors actors;
    private InvolvementHistory history;
    private InvolvementReads reads;
    private int uds;
    private int organisation;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(ADMIN, Permission.ADMINISTER, "UDS")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        settings = plugin.get(InvolvementSettingsService.class);
        actors = plugin.get(InvolvementActors.class);
        history = plugin.get(InvolvementHistory.class);
        reads = plugin.get(InvolvementReads.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet Sydby"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
        organisation = ao.create(OrganisationEntity.class, new DBParam("NAME", "Varmestuen Nordvej"),
                new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"),
                new DBParam("VERSION", 0)).getID();
        ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("USER_KEY", MEMBER),
                new DBParam("ROLE", "MEMBER"), new DBParam("PUBLISH_CONSENT", false), new DBParam("VERSION", 0));
    }

    // --- settings

    @Test
    public void aProcessNeverSavedIsEmptyAtVersionZeroAndTheFirstSaveNumbersItsTopics() {
        InvolvementSettings empty = settings.get(uds);
        assertEquals(List.of(), empty.targetGroups());
        assertNull(empty.deadline());
        assertEquals(0, empty.version());

        InvolvementSettings saved = settings.update(uds, example(0));

        assertEquals(List.of(new InvolvementTopic(1, "Borgere med misbrug"), new InvolvementTopic(2, "Hjemløse")),
                saved.targetGroups());
        assertEquals(List.of(new InvolvementTopic(3, "Den individuelle indsats"), new InvolvementTopic(4, "Færre gener")),
                saved.dimensions());
        assertEquals(LocalDate.of(2026, 11, 30), saved.deadline());
        assertEquals(List.of(new ShownName(STAFF, "Sune Sagsbehandler", false)), saved.responsible());
        assertEquals(1, saved.version());
        assertEquals(saved, settings.get(uds));
    }

    @Test
    public void aRenamedTopicKeepsItsIdAndARemovedIdIsNeverGivenAgain() {
        settings.update(uds, example(0));
        InvolvementSettings renamed = settings.update(uds, new InvolvementSettingsInput(
                List.of(new TopicInput(2, "Hjemløse borgere"), new TopicInput(null, "Prostituerede")),
                List.of(new TopicInput(3, "Den individuelle indsats")), null, List.of(), 1));

        assertEquals(List.of(new InvolvementTopic(2, "Hjemløse borgere"), new InvolvementTopic(5, "Prostituerede")),
                renamed.targetGroups());
        assertEquals(List.of(new InvolvementTopic(3, "Den individuelle indsats")), renamed.dimensions());
        InvolvementSettings again = settings.update(uds, new InvolvementSettingsInput(
                List.of(new TopicInput(null, "Borgere med misbrug")), List.of(), null, List.of(), 2));
        assertEquals("id 1 was removed, so the new group gets 6", 6, again.targetGroups().get(0).id());
    }

    @Test
    public void wrongSettingsAreFieldErrorsAndNothingIsWritten() {
        assertEquals(Set.of("targetGroups|samraad.involvement.error.duplicate-topic"), fields(expectValidation(() ->
                settings.update(uds, new InvolvementSettingsInput(List.of(new TopicInput(null, "Hjemløse"),
                        new TopicInput(null, " hjemløse ")), List.of(), null, List.of(), 0)))));
        assertEquals(Set.of("dimensions|samraad.involvement.error.unknown-topic"), fields(expectValidation(() ->
                settings.update(uds, new InvolvementSettingsInput(List.of(), List.of(new TopicInput(7, "Hvem")),
                        null, List.of(), 0)))));
        assertEquals(Set.of("targetGroups|samraad.error.single-line", "deadline|samraad.error.date",
                "responsibleUserKeys|samraad.error.unknown-user", "version|samraad.error.required"),
                fields(expectValidation(() -> settings.update(uds, new InvolvementSettingsInput(
                        List.of(new TopicInput(null, "To\nlinjer")), List.of(), "30-11-2026", List.of("nobody"),
                        null)))));
        List<TopicInput> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(new TopicInput(null, "Gruppe " + i));
        }
        assertEquals(Set.of("targetGroups|samraad.involvement.error.too-many"), fields(expectValidation(() ->
                settings.update(uds, new InvolvementSettingsInput(many, List.of(), null, List.of(), 0)))));
        assertEquals(0, ao.count(InvolvementEntity.class));
    }

    @Test
    public void onlyEditorsSetTheProcessAndAStaleVersionIsAConflict() {
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> settings.update(uds, example(0)));
        confluence.actAs("key-stranger");
        expect(NotFoundException.class, () -> settings.get(ao.create(CouncilEntity.class,
                new DBParam("SPACE_KEY", "INT"), new DBParam("NAME", "Intern"), new DBParam("KIND", "SOCIAL_COUNCIL"),
                new DBParam("VERSION", 0)).getID()));
        confluence.actAs(EDITOR);
        expect(StaleVersionException.class, () -> settings.update(uds, example(1)));
        settings.update(uds, example(0));
        expect(StaleVersionException.class, () -> settings.update(uds, example(0)));
        assertEquals(1, settings.get(uds).version());
    }

    // --- actors

    @Test
    public void anEditorAddsAnOrganisationAndANamedActorWithTheirFormsAndTheAdditionIsRecorded() {
        settings.update(uds, example(0));
        InvolvementActor police = actors.create(uds, actor("Lokalpolitiet").forms("BILATERAL").status("AGREED")
                .plannedOn("2026-11-12").staff(STAFF).build());
        InvolvementActor shelter = actors.create(uds, actor(null).organisation(organisation)
                .forms("INTERVIEW_ON_SITE", "PHONE_INTERVIEW").status("HELD").heldOn("2026-10-20")
                .groups(1, 2).dimensions(3).findings("Flere sovepladser.\n\nBedre åbningstider.").build());

        assertEquals("Lokalpolitiet", police.title());
        assertEquals(List.of(InvolvementForm.BILATERAL), police.forms());
        assertEquals(ActorStatus.AGREED, police.status());
        assertEquals("Sune Sagsbehandler", police.staffName());
        assertEquals("Varmestuen Nordvej", shelter.title());
        assertEquals(organisation, shelter.organisationId().intValue());
        assertEquals(List.of(InvolvementForm.INTERVIEW_ON_SITE, InvolvementForm.PHONE_INTERVIEW), shelter.forms());
        assertEquals(List.of(1, 2), shelter.targetGroupIds());
        assertEquals(List.of(police, shelter), actors.list(uds));
        List<InvolvementHistoryEntry> added = history.history(police.id());
        assertEquals(1, added.size());
        assertEquals(InvolvementHistory.CREATED, added.get(0).field());
        assertEquals("Edvin Editor", added.get(0).by());
    }

    @Test
    public void wrongActorsAreFieldErrorsAndNothingIsWritten() {
        settings.update(uds, example(0));
        assertEquals(Set.of("organisationId|samraad.involvement.error.organisation-or-name",
                "forms|samraad.involvement.error.form-required"),
                fields(expectValidation(() -> actors.create(uds, actor(null).build()))));
        assertEquals(Set.of("name|samraad.involvement.error.organisation-or-name",
                "forms|samraad.error.invalid-choice"), fields(expectValidation(() -> actors.create(uds,
                actor("Beboerne").organisation(organisation).forms("COFFEE").build()))));
        assertEquals(Set.of("heldOn|samraad.involvement.error.held-needs-date"), fields(expectValidation(() ->
                actors.create(uds, actor("Beboerne").forms("FOCUS_GROUP").status("HELD").build()))));
        assertEquals(Set.of("heldOn|samraad.involvement.error.date-only-when-held"), fields(expectValidation(() ->
                actors.create(uds, actor("Beboerne").forms("FOCUS_GROUP").status("AGREED").heldOn("2026-10-01")
                        .build()))));
        assertEquals(Set.of("status|samraad.error.invalid-choice"), fields(expectValidation(() -> actors.create(uds,
                actor("Beboerne").forms("FOCUS_GROUP").status("DONE").build()))));
        assertEquals(Set.of("targetGroupIds|samraad.involvement.error.unknown-target-group",
                "dimensionIds|samraad.involvement.error.unknown-dimension"), fields(expectValidation(() ->
                actors.create(uds, actor("Beboerne").forms("FOCUS_GROUP").groups(3).dimensions(1).build()))));
        assertEquals(Set.of("contactEmail|samraad.error.email", "name|samraad.error.single-line",
                "staffUserKey|samraad.error.unknown-user", "plannedOn|samraad.error.date"), fields(expectValidation(() ->
                actors.create(uds, new InvolvementActorInput(null, "Hotel\u0000", List.of("FOCUS_GROUP"), null,
                        "2026-13-01", null, "nobody", "Kim", false, HOSTILE, null, null, null, null, null, null)))));
        assertEquals(Set.of("organisationId|samraad.involvement.error.unknown-organisation"), fields(expectValidation(() ->
                actors.create(uds, actor(null).organisation(99_999).forms("FOCUS_GROUP").build()))));
        assertEquals(0, ao.count(InvolvementActorEntity.class));
        assertEquals(0, ao.count(InvolvementHistoryEntity.class));
    }

    @Test
    public void hostileTextIsStoredAsTyped() {
        settings.update(uds, example(0));
        InvolvementActor actor = actors.create(uds, actor(HOSTILE).forms("WRITTEN_INPUT").findings(HOSTILE).build());
        assertEquals(HOSTILE, actors.get(actor.id()).title());
        assertEquals(HOSTILE, actors.get(actor.id()).findings());
    }

    @Test
    public void aStaleVersionIsAConflictAndEveryChangedFieldIsRecordedButNeverTheContactPerson() {
        settings.update(uds, example(0));
        InvolvementActor created = actors.create(uds, actor("Kontaktudvalget").forms("WRITTEN_INPUT")
                .contact("Karin Kontakt", true).build());
        InvolvementActor held = actors.update(created.id(), actor("Kontaktudvalget").forms("WRITTEN_INPUT")
                .status("HELD").heldOn("2026-11-01").contact("Kurt Kontakt", true).groups(1).dimensions(4)
                .version(0).build());
        assertEquals(1, held.version());
        expect(StaleVersionException.class, () -> actors.update(created.id(), actor("Kontaktudvalget")
                .forms("FOCUS_GROUP").version(0).build()));
        assertEquals(List.of(InvolvementForm.WRITTEN_INPUT), actors.get(created.id()).forms());

        Map<String, InvolvementHistoryEntry> changes = history.history(created.id()).stream()
                .collect(Collectors.toMap(InvolvementHistoryEntry::field, e -> e));
        assertEquals(Set.of("created", "status", "heldOn", "contact", "targetGroupIds", "dimensionIds"),
                changes.keySet());
        assertEquals("TO_CONTACT", changes.get("status").from());
        assertEquals("HELD", changes.get("status").to());
        assertNull("the history does not keep who the contact was", changes.get("contact").from());
        assertNull(changes.get("contact").to());

        expect(StaleVersionException.class, () -> actors.delete(created.id(), 0));
        actors.delete(created.id(), 1);
        expect(NotFoundException.class, () -> actors.get(created.id()));
        assertEquals(0, ao.count(InvolvementHistoryEntity.class));
    }

    @Test
    public void readersSeeActorsButOnlyEditorsChangeThem() {
        settings.update(uds, example(0));
        InvolvementActor actor = actors.create(uds, actor("Beboerne").forms("FOCUS_GROUP").build());
        confluence.actAs(READER);
        assertEquals(1, actors.list(uds).size());
        expect(ForbiddenException.class, () -> actors.create(uds, actor("Hoteller").forms("FOCUS_GROUP").build()));
        expect(ForbiddenException.class, () -> actors.update(actor.id(), actor("X").forms("FOCUS_GROUP").version(0).build()));
        expect(ForbiddenException.class, () -> actors.delete(actor.id(), null));
        confluence.actAs("key-stranger").revoke(null, Permission.VIEW, "UDS");
        expect(NotFoundException.class, () -> actors.get(actor.id()));
        expect(NotFoundException.class, () -> actors.list(uds));
    }

    // --- the contact person follows the member list's rule

    @Test
    public void anUnconsentedContactIsNamedOnlyToInsidersAndContactDetailsGoOnlyToInsiders() {
        settings.update(uds, example(0));
        InvolvementActor hidden = actors.create(uds, actor("Værestedet").forms("INTERVIEW_ON_SITE")
                .contact("Hanne Hemmelig", false).email("hanne@example.org").build());
        InvolvementActor open = actors.create(uds, actor("Natcaféen").forms("INTERVIEW_ON_SITE")
                .contact("Olga Offentlig", true).email("olga@example.org").build());

        for (String outsider : new String[] {READER, EDITOR, null}) {
            confluence.actAs(outsider);
            List<InvolvementActor> seen = actors.list(uds);
            assertEquals("Member (name not published)", seen.get(0).contactName());
            assertTrue(seen.get(0).contactHidden());
            assertNull(seen.get(0).contactEmail());
            assertEquals("Olga Offentlig", seen.get(1).contactName());
            assertNull("contact details go to insiders only", seen.get(1).contactEmail());
        }
        for (String insider : new String[] {MEMBER, ADMIN}) {
            confluence.actAs(insider);
            InvolvementActor seen = actors.get(hidden.id());
            assertEquals("Hanne Hemmelig", seen.contactName());
            assertEquals("hanne@example.org", seen.contactEmail());
            assertEquals("olga@example.org", actors.list(uds).get(1).contactEmail());
        }
        assertTrue(open.contactConsent());
    }

    @Test
    public void anEditorWhoSeesNoContactKeepsItBySendingNothingAndCannotPublishAnUnseenName() {
        settings.update(uds, example(0));
        InvolvementActor actor = actors.create(uds, actor("Værestedet").forms("INTERVIEW_ON_SITE")
                .contact("Hanne Hemmelig", false).email("hanne@example.org").build());

        assertEquals(Set.of("contactConsent|samraad.involvement.error.consent-unseen"), fields(expectValidation(() ->
                actors.update(actor.id(), actor("Værestedet").forms("INTERVIEW_ON_SITE").consent(true).version(0)
                        .build()))));
        actors.update(actor.id(), actor("Værestedet").forms("INTERVIEW_ON_SITE").status("AGREED").version(0).build());

        confluence.actAs(ADMIN);
        InvolvementActor kept = actors.get(actor.id());
        assertEquals("Hanne Hemmelig", kept.contactName());
        assertEquals("hanne@example.org", kept.contactEmail());
        assertEquals(ActorStatus.AGREED, kept.status());
    }

    @Test
    public void anEditorWhoIsNotShownTheStaffMemberKeepsThemBySendingNone() {
        settings.update(uds, example(0));
        InvolvementActor actor = actors.create(uds, actor("Værestedet").forms("INTERVIEW_ON_SITE").staff(MEMBER)
                .build());
        assertNull("a member who has not consented is not named to an editor", actors.get(actor.id()).staffUserKey());

        actors.update(actor.id(), actor("Værestedet").forms("INTERVIEW_ON_SITE").status("AGREED").version(0).build());

        confluence.actAs(ADMIN);
        InvolvementActor kept = actors.get(actor.id());
        assertEquals(MEMBER, kept.staffUserKey());
        assertEquals(ActorStatus.AGREED, kept.status());
    }

    // --- coverage

    @Test
    public void aCellIsCoveredByHeldActorsOnlyAndAGapSaysWhoIsStillExpected() {
        settings.update(uds, example(0));
        actors.create(uds, actor("Fokusgruppe A").forms("FOCUS_GROUP").status("HELD").heldOn("2026-10-01")
                .groups(1).dimensions(3).build());
        actors.create(uds, actor("Politiet").forms("BILATERAL").status("AGREED").groups(1, 2).dimensions(4).build());
        actors.create(uds, actor("Hotellerne").forms("PHONE_INTERVIEW").status("DECLINED").groups(2).dimensions(4).build());

        Coverage coverage = reads.coverage(uds);

        assertEquals(4, coverage.cells().size());
        Coverage.Cell covered = coverage.cells().get(0);
        assertEquals(3, covered.dimensionId());
        assertEquals(1, covered.targetGroupId());
        assertEquals("Heard from Fokusgruppe A.", covered.text());
        assertEquals("No one has told us about “Hjemløse” under “Den individuelle indsats” yet.",
                coverage.cells().get(1).text());
        assertEquals("No one has told us about “Hjemløse” under “Færre gener” yet. Expected from Politiet.",
                coverage.cells().get(3).text());
        assertEquals("declined actors are not expected", List.of("Politiet"),
                coverage.cells().get(3).expected().stream().map(Coverage.Actor::title).toList());
        assertEquals(3, coverage.gaps());
        assertEquals("3 of 4 pairs of dimension and target group have not been covered yet.", coverage.summary());
    }

    @Test
    public void theListAndTheCoverageCostAtMostThreeStatementsForTwentySevenAndForThreeHundredActors() {
        settings.update(uds, example(0));
        for (int count : new int[] {27, 273}) {
            for (int i = 0; i < count; i++) {
                actors.create(uds, actor("Aktør " + i).forms("FOCUS_GROUP", "PHONE_INTERVIEW")
                        .status(i % 3 == 0 ? "HELD" : "AGREED").heldOn(i % 3 == 0 ? "2026-10-01" : null)
                        .staff(STAFF).contact("Kontakt " + i, i % 2 == 0).groups(1, 2).dimensions(3).build());
            }
            for (String viewer : new String[] {READER, MEMBER, null}) {
                confluence.actAs(viewer);
                sql.reset();
                assertEquals(viewer, count == 27 ? 27 : 300, actors.list(uds).size());
                assertTrue(sql.statements().toString(), sql.total() <= 3);
                sql.reset();
                reads.coverage(uds);
                assertTrue(sql.statements().toString(), sql.total() <= 3);
                sql.reset();
                settings.get(uds);
                assertTrue(sql.statements().toString(), sql.total() <= 3);
            }
            confluence.actAs(EDITOR);
        }
    }

    // --- helpers

    static InvolvementSettingsInput example(int version) {
        return new InvolvementSettingsInput(
                List.of(new TopicInput(null, "Borgere med misbrug"), new TopicInput(null, "Hjemløse")),
                List.of(new TopicInput(null, "Den individuelle indsats"), new TopicInput(null, "Færre gener")),
                "2026-11-30", List.of(STAFF), version);
    }

    static ActorBuilder actor(String name) {
        return new ActorBuilder(name);
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).collect(Collectors.toSet());
    }

    /** An actor input by name, each field named. */
    static final class ActorBuilder {
        private final String name;
        private Integer organisationId;
        private List<String> forms = List.of();
        private String status;
        private String plannedOn;
        private String heldOn;
        private String staff;
        private String contact;
        private Boolean consent;
        private String email;
        private List<Integer> groups = List.of();
        private List<Integer> dimensions = List.of();
        private String findings;
        private String easyRead;
        private Integer version;

        ActorBuilder(String name) {
            this.name = name;
        }

        ActorBuilder organisation(int id) {
            organisationId = id;
            return this;
        }

        ActorBuilder forms(String... values) {
            forms = Arrays.asList(values);
            return this;
        }

        ActorBuilder status(String value) {
            status = value;
            return this;
        }

        ActorBuilder plannedOn(String value) {
            plannedOn = value;
            return this;
        }

        ActorBuilder heldOn(String value) {
            heldOn = value;
            return this;
        }

        ActorBuilder staff(String userKey) {
            staff = userKey;
            return this;
        }

        ActorBuilder contact(String person, boolean consented) {
            contact = person;
            consent = consented;
            return this;
        }

        ActorBuilder consent(boolean value) {
            consent = value;
            return this;
        }

        ActorBuilder email(String value) {
            email = value;
            return this;
        }

        ActorBuilder groups(Integer... ids) {
            groups = Arrays.asList(ids);
            return this;
        }

        ActorBuilder dimensions(Integer... ids) {
            dimensions = Arrays.asList(ids);
            return this;
        }

        ActorBuilder findings(String value) {
            findings = value;
            return this;
        }

        ActorBuilder easyRead(String value) {
            easyRead = value;
            return this;
        }

        ActorBuilder version(int value) {
            version = value;
            return this;
        }

        InvolvementActorInput build() {
            return new InvolvementActorInput(organisationId, name, forms, status, plannedOn, heldOn, staff, contact,
                    consent, email, null, groups, dimensions, findings, easyRead, version);
        }
    }
}
