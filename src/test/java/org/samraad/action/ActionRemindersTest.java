package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.services.HostApplicationProperties;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;

/**
 * Which actions are reminded, to whom, and only once per due state, on a real database: due within each council's
 * reminder days, overdue, closed actions never, the owner's view permission, the organisation's contact user and
 * then its e-mail address, the digest's language (the user's, else the council's) and escaping, and the reset
 * when the due date changes or the action is reopened. Today is {@link #TODAY}; councils UDS (3 days, Danish) and
 * INT (10 days, Swedish).
 */
public class ActionRemindersTest extends AoTestSupport {
    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String OWNER = "key-owner";
    private static final String OUTSIDER = "key-outsider";
    private static final String CONTACT = "key-contact";
    private static final String NO_MAIL = "key-no-mail";
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    private final List<QueuedMail> outbox = new ArrayList<>();
    private FakeConfluence confluence;
    private ActionReminders reminders;
    private ActionReads actions;
    private ActionWorkflow workflow;
    private ActionHistory actionHistory;
    private Instant now = NOW;
    private int uds;
    private int intern;
    private int redCross;
    private int helaManniskan;
    private int silent;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(OWNER, Permission.VIEW, "UDS")
                .grant(OWNER, Permission.VIEW, "INT")
                .grant(CONTACT, Permission.VIEW, "UDS")
                .grant(NO_MAIL, Permission.VIEW, "UDS")
                .actAs(EDITOR);
        UserAccessor users = new FakeUserDirectory(
                Map.of(EDITOR, "Edvin Editor", OWNER, "Maria Hansen", OUTSIDER, "Olle Udenfor", CONTACT, "Røde Kors' kontakt",
                        NO_MAIL, "Uden e-mail"),
                Map.of(EDITOR, "editor@nordby.dk", OWNER, "maria.hansen@nordby.dk", OUTSIDER, "outsider@example.org",
                        CONTACT, "kontakt@roedekors.dk"));
        ReadOnlySql readOnly = new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record));
        MultiQueueTaskManager queue = new MultiQueueTaskManager() {
            @Override
            public void addTask(String queueName, Task task) {
                assertEquals("mail", queueName);
                outbox.add((QueuedMail) task);
            }

            @Override
            public void flush(String queueName) {
            }
        };
        TestPlugin plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor", OWNER, "Maria Hansen"))
                .clock(() -> now).start();
        actions = plugin.get(ActionReads.class);
        workflow = plugin.get(ActionWorkflow.class);
        actionHistory = plugin.get(ActionHistory.class);
        reminders = new ActionReminders(
                new ReminderQuery(readOnly, new AoTransactionalExecutors(entityManager, sql::record)),
                new Transactions(ao), new MailQueue(queue), new MailRecipients(users, confluence, confluence,
                        user -> OWNER.equals(((ConfluenceUser) user).getKey().getStringValue())
                                ? Locale.forLanguageTag("sv-SE") : Locale.GERMAN,
                        plugin.get(PagePermissions.class)),
                wikiAt("https://wiki.nordby.dk/"), plugin.i18n(), () -> now);
        uds = council("UDS", "Udsatterådet", "da", 3);
        intern = council("INT", "Utvecklingsgruppen", "sv", 10);
        redCross = organisation("Røde Kors", CONTACT, "skal-ikke-bruges@roedekors.dk");
        helaManniskan = organisation("Hela människan", null, "info@helamanniskan.se");
        silent = organisation("Uden kontakt", null, null);
    }

    @Test
    public void actionsDueWithinTheirCouncilsReminderDaysAndOverdueOnesAreRemindedInOneDigestPerRecipient() {
        int dueToday = action(uds, "Frist i dag", OWNER, null, TODAY, "OPEN");
        int dueInThree = action(uds, "Frist om tre dage", OWNER, null, TODAY.plusDays(3), "IN_PROGRESS");
        action(uds, "Frist om fire dage", OWNER, null, TODAY.plusDays(4), "OPEN");
        int intInTen = action(intern, "Inom tio dagar", OWNER, null, TODAY.plusDays(10), "OPEN");
        action(intern, "Om elva dagar", OWNER, null, TODAY.plusDays(11), "OPEN");
        int overdue = action(uds, "Forsinket opgave", OWNER, null, TODAY.minusDays(1), "OPEN");
        action(uds, "Uden frist", OWNER, null, null, "OPEN");

        ActionReminders.Outcome outcome = reminders.sendDue();

        assertEquals(new ActionReminders.Outcome(1, 4), outcome);
        assertEquals(1, outbox.size());
        QueuedMail mail = outbox.get(0);
        assertEquals("maria.hansen@nordby.dk", mail.to());
        assertEquals("in the owner's own language, whatever the councils'", "Samråd: 4 åtgärder att följa upp", mail.subject());
        assertTrue(mail.isHtml());
        assertTrue(mail.body(), mail.body().contains("Frist i dag") && mail.body().contains("Frist om tre dage")
                && mail.body().contains("Inom tio dagar") && mail.body().contains("Forsinket opgave"));
        assertFalse("beyond the council's reminder days", mail.body().contains("Frist om fire dage"));
        assertFalse("another council's days do not stretch this one's", mail.body().contains("Om elva dagar"));
        assertFalse(mail.body().contains("Uden frist"));
        assertTrue("overdue first", mail.body().indexOf("Forsinket opgave") < mail.body().indexOf("Frist i dag"));
        assertTrue("a user gets a link to the council's space",
                mail.body().contains("<a href=\"https://wiki.nordby.dk/display/UDS\" lang=\"da\">Udsatterådet</a>"));
        assertTrue("the mail says its language", mail.body().startsWith("<html lang=\"sv\">"));
        assertTrue("a Danish council's action is marked Danish in the Swedish mail",
                mail.body().contains("<strong lang=\"da\">Frist i dag</strong>"));
        assertTrue("the Swedish council's is not", mail.body().contains("<strong>Inom tio dagar</strong>"));
        assertNotNull(row(dueToday).getDueReminderAt());
        assertNotNull(row(dueInThree).getDueReminderAt());
        assertNotNull(row(intInTen).getDueReminderAt());
        assertNotNull(row(overdue).getOverdueReminderAt());
        assertNull("the overdue mark only", row(overdue).getDueReminderAt());
    }

    @Test
    public void inReadOnlyModeTheJobSendsNoMailAndMarksNothing() {
        int due = action(uds, "Frist i dag", OWNER, null, TODAY, "OPEN");
        confluence.readOnly(true);

        assertEquals(RunOutcome.ABORTED, new ActionReminderJob(reminders, confluence.readOnlyMode()).runJob(null).getRunOutcome());

        assertTrue(outbox.isEmpty());
        assertNull(row(due).getDueReminderAt());
        confluence.readOnly(false);
        assertEquals(RunOutcome.SUCCESS, new ActionReminderJob(reminders, confluence.readOnlyMode()).runJob(null).getRunOutcome());
        assertEquals("the next run in read-write mode sends it", 1, outbox.size());
    }

    @Test
    public void aSecondRunSendsNothingTwiceAndTheOverdueReminderFollowsOnceTheDateHasPassed() {
        int action = action(uds, "Send folder", OWNER, null, TODAY.plusDays(1), "OPEN");
        assertEquals(1, reminders.sendDue().digests());
        assertEquals(new ActionReminders.Outcome(0, 0), reminders.sendDue());

        now = NOW.plusSeconds(86_400);
        assertEquals("still due soon, already reminded", 0, reminders.sendDue().digests());
        now = NOW.plusSeconds(2 * 86_400);
        assertEquals("overdue is a new due state", 1, reminders.sendDue().digests());
        assertEquals(0, reminders.sendDue().digests());
        assertEquals(2, outbox.size());
        assertTrue(outbox.get(1).body().contains("Försenade (1)"));
        assertNotNull(row(action).getOverdueReminderAt());
    }

    @Test
    public void justAfterMidnightInTheCouncilsZoneAnActionDueYesterdayIsRemindedAsOverdue() {
        int action = action(uds, "Send folder", OWNER, null, TODAY, "OPEN");
        now = TODAY.atTime(23, 30).toInstant(ZoneOffset.UTC); // 00:30 tomorrow in Copenhagen

        assertEquals(new ActionReminders.Outcome(1, 1), reminders.sendDue());
        assertTrue(outbox.get(0).body(), outbox.get(0).body().contains("Försenade (1)"));
        assertNotNull(row(action).getOverdueReminderAt());
        assertNull(row(action).getDueReminderAt());
    }

    @Test
    public void changingTheDueDateOrReopeningClearsTheMarksSoTheNewDueStateIsReminded() {
        ActionItem created = workflow.create(new ActionInput(uds, "Find lokale", null, OWNER, null, null, null,
                TODAY.plusDays(2).toString(), null, null, null, null, null, null));
        assertEquals(1, reminders.sendDue().digests());
        ActionItem same = workflow.update(created.id(), new ActionInput(uds, "Find et lokale", null, OWNER, null, null,
                null, TODAY.plusDays(2).toString(), null, 10, null, null, null, created.version()));
        assertNotNull("a change that keeps the due date keeps the mark", row(created.id()).getDueReminderAt());
        assertEquals(0, reminders.sendDue().digests());

        ActionItem moved = workflow.update(created.id(), new ActionInput(uds, "Find et lokale", null, OWNER, null, null,
                null, TODAY.plusDays(1).toString(), null, 10, null, null, null, same.version()));
        assertNull(row(created.id()).getDueReminderAt());
        assertEquals(1, reminders.sendDue().digests());

        ActionItem done = workflow.update(created.id(), new ActionInput(uds, "Find et lokale", null, OWNER, null, null,
                null, TODAY.plusDays(1).toString(), "DONE", 100, null, null, null, moved.version()));
        assertNotNull("closing keeps the marks", row(created.id()).getDueReminderAt());
        workflow.update(created.id(), new ActionInput(uds, "Find et lokale", null, OWNER, null, null,
                null, TODAY.plusDays(1).toString(), "OPEN", 50, null, null, null, done.version()));
        assertNull("reopening clears them", row(created.id()).getDueReminderAt());
        assertEquals(1, reminders.sendDue().digests());
        assertEquals(3, outbox.size());
    }

    @Test
    public void closedActionsAreNeverReminded() {
        int done = action(uds, "Færdig", OWNER, null, TODAY.minusDays(2), "DONE");
        int cancelled = action(uds, "Aflyst", OWNER, null, TODAY.plusDays(1), "CANCELLED");

        assertEquals(new ActionReminders.Outcome(0, 0), reminders.sendDue());
        assertTrue(outbox.isEmpty());
        assertNull(row(done).getOverdueReminderAt());
        assertNull(row(cancelled).getDueReminderAt());
    }

    @Test
    public void anOwnerWhoCannotViewTheCouncilsSpaceGetsNothingAndTheOrganisationsContactDoes() {
        int outsiders = action(intern, "Intern sag", OUTSIDER, null, TODAY.plusDays(1), "OPEN");
        int withOrganisation = action(intern, "Med forening", OUTSIDER, helaManniskan, TODAY.plusDays(1), "OPEN");

        reminders.sendDue();

        assertEquals(1, outbox.size());
        assertEquals("the organisation's address, not the owner who may not see the council",
                "info@helamanniskan.se", outbox.get(0).to());
        assertFalse(outbox.get(0).body().contains("Intern sag"));
        assertNull("not reminded, so a later permission grant still gets it", row(outsiders).getDueReminderAt());
        assertNotNull(row(withOrganisation).getDueReminderAt());
    }

    @Test
    public void anOrganisationsContactUserComesBeforeItsAddressAndAnAddressWithoutAccountGetsPlainTextWithoutLinks() {
        action(uds, "Kortlæg behov", null, redCross, TODAY.minusDays(3), "OPEN");
        action(uds, "Ejer uden e-mail", NO_MAIL, redCross, TODAY.plusDays(1), "OPEN");
        action(intern, "Bjud in till temadag", null, helaManniskan, TODAY.plusDays(5), "IN_PROGRESS");
        int nobody = action(uds, "Ingen at minde", null, silent, TODAY.minusDays(1), "OPEN");

        assertEquals(new ActionReminders.Outcome(2, 3), reminders.sendDue());

        QueuedMail contact = mailTo("kontakt@roedekors.dk");
        assertTrue(contact.isHtml());
        assertTrue(contact.body().contains("Kortlæg behov"));
        assertTrue("an owner without an e-mail address falls back to the organisation", contact.body().contains("Ejer uden e-mail"));
        assertEquals("a language Samråd does not speak gives the council's", "Samråd: 2 opfølgningspunkter skal følges op",
                contact.subject());
        QueuedMail address = mailTo("info@helamanniskan.se");
        assertFalse(address.isHtml());
        assertEquals("Samråd: 1 åtgärd att följa upp", address.subject());
        assertTrue(address.body(), address.body().contains("- Bjud in till temadag – klart senast 27 november 2026, Pågår, Hela människan – Utvecklingsgruppen"));
        assertFalse("no links for an address without an account", address.body().contains("http"));
        assertNull(row(nobody).getOverdueReminderAt());
    }

    @Test
    public void aMemberWhoOwnsAnActionIsRemindedAtTheirOwnAddressBeforeTheOrganisationsContact() {
        MemberEntity karin = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("ROLE", "MEMBER"),
                new DBParam("VERSION", 0));
        karin.setName("Karin Holm");
        karin.setEmail("karin.holm@nordby.dk");
        karin.save();
        int owned = action(uds, "Ring til varmestuen", null, redCross, TODAY.plusDays(1), "OPEN");
        ActionItemEntity row = row(owned);
        row.setOwnerName("Karin Holm");
        row.setOwnerMemberId(karin.getID());
        row.save();

        assertEquals(new ActionReminders.Outcome(1, 1), reminders.sendDue());
        QueuedMail own = mailTo("karin.holm@nordby.dk");
        assertFalse("an address without an account gets plain text", own.isHtml());
        assertTrue(own.body(), own.body().contains("Ring til varmestuen"));
    }

    @Test
    public void everyValueInTheDigestIsEscapedAndTheSubjectIsOneLine() {
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setName(HOSTILE);
        council.save();
        action(uds, HOSTILE, OWNER, null, TODAY, "OPEN");
        OrganisationEntity organisation = ao.get(OrganisationEntity.class, redCross);
        organisation.setName(HOSTILE);
        organisation.save();
        action(uds, "Anden", OWNER, redCross, TODAY, "OPEN");

        reminders.sendDue();

        String body = outbox.get(0).body();
        assertFalse(body, body.contains("<script>"));
        assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertFalse(outbox.get(0).subject().contains("\n"));
    }

    @Test
    public void aRunCostsTwoReadsPlusOneClaimPerRemindedAction() {
        for (int i = 0; i < 30; i++) {
            action(i % 2 == 0 ? uds : intern, "Action " + i, OWNER, i % 3 == 0 ? redCross : null,
                    TODAY.plusDays(i % 5 - 2), "OPEN");
        }
        sql.reset();
        ActionReminders.Outcome outcome = reminders.sendDue();
        assertEquals(30, outcome.actions());
        assertTrue(sql.total() + " statements", sql.total() <= 2 + 30);
    }

    private QueuedMail mailTo(String address) {
        return outbox.stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow(() -> new AssertionError(outbox));
    }

    private ActionItemEntity row(int id) {
        ao.flushAll(); // the marks are claimed with raw SQL, past AO's cache
        return ao.get(ActionItemEntity.class, id);
    }

    private int action(int council, String title, String ownerKey, Integer organisation, LocalDate due, String status) {
        ActionItemEntity row = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("TITLE", title), new DBParam("STATUS", status), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        row.setOwnerUserKey(ownerKey);
        row.setOrganisationId(organisation);
        row.setDueDate(CalendarDays.toDate(due));
        row.save();
        return row.getID();
    }

    private int council(String spaceKey, String name, String locale, int reminderDays) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", name),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", locale),
                new DBParam("ACTION_REMINDER_DAYS", reminderDays), new DBParam("VERSION", 0)).getID();
    }

    private int organisation(String name, String contactUserKey, String contactEmail) {
        OrganisationEntity row = ao.create(OrganisationEntity.class, new DBParam("NAME", name),
                new DBParam("KIND", "VOLUNTARY_ORGANISATION"), new DBParam("SPACE_KEY", "UDS"), new DBParam("VERSION", 0));
        row.setContactUserKey(contactUserKey);
        row.setContactEmail(contactEmail);
        row.save();
        return row.getID();
    }

    private static HostApplicationProperties wikiAt(String baseUrl) {
        HostApplicationProperties properties = new HostApplicationProperties();
        properties.absoluteBaseUrl(baseUrl);
        return properties;
    }
}
