package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.services.HostApplicationProperties;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.Transactions;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.MailRecipients;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeUserDirectory;

/**
 * Hearing deadline reminders on a real database: on each of the council's reminder days (default 7 and 2) the
 * responsible user gets one e-mail, never twice for the same day (a second run, a missed day), again after the
 * deadline moves; open hearings only, Confluence users with an address and view permission only, in their language,
 * escaped. Today is 22 November 2026 in Copenhagen.
 */
public class HearingRemindersTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String RESPONSIBLE = "key-responsible";
    private static final String SWEDE = "key-swede";
    private static final String OUTSIDER = "key-outsider";
    private static final String NO_MAIL = "key-no-mail";
    private static final Map<String, String> NAMES = Map.of(EDITOR, "Edvin Editor", RESPONSIBLE, "Maria Hansen",
            SWEDE, "Sven Svensson", OUTSIDER, "Olle Udenfor", NO_MAIL, "Uden e-mail");
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    private final List<QueuedMail> outbox = new ArrayList<>();
    private HearingReads hearings;
    private HearingWorkflow workflow;
    private HearingReminders reminders;
    private Instant now = NOW;
    private int uds;
    private FakeConfluence confluence;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(RESPONSIBLE, Permission.VIEW, "UDS")
                .grant(SWEDE, Permission.VIEW, "UDS")
                .grant(NO_MAIL, Permission.VIEW, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(NAMES).clock(() -> now).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        FakeUserDirectory users = new FakeUserDirectory(NAMES, Map.of(EDITOR, "editor@nordby.dk",
                RESPONSIBLE, "maria.hansen@nordby.dk", SWEDE, "sven@nordby.se", OUTSIDER, "olle@example.org"));
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
        HostApplicationProperties wiki = new HostApplicationProperties();
        wiki.absoluteBaseUrl("https://wiki.nordby.dk/");
        reminders = new HearingReminders(
                new HearingReminderQuery(new ReadOnlySql(new AoTransactionalExecutors(entityManager, sql::record)),
                        new AoTransactionalExecutors(entityManager, sql::record)),
                new Transactions(ao), new MailQueue(queue),
                new MailRecipients(users, confluence, confluence,
                        user -> SWEDE.equals(((com.atlassian.confluence.user.ConfluenceUser) user).getKey().getStringValue()) ? Locale.forLanguageTag("sv-SE")
                                : Locale.GERMAN,
                        plugin.get(PagePermissions.class)),
                wiki, confluence.i18n(
                        new org.samraad.devhost.services.HostI18nResolver(List.of("i18n.samraad"))),
                () -> now);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void inReadOnlyModeTheJobSendsNoMailAndMarksNothing() {
        hearing("Høring om udsattepolitik", TODAY.plusDays(7), RESPONSIBLE, null);
        confluence.readOnly(true);

        assertEquals(RunOutcome.ABORTED, new HearingReminderJob(reminders, confluence.readOnlyMode()).runJob(null).getRunOutcome());

        assertTrue(outbox.isEmpty());
        confluence.readOnly(false);
        assertEquals("nothing was marked as sent", new HearingReminders.Outcome(1, 1), reminders.sendDue());
    }

    @Test
    public void theResponsibleUserIsRemindedSevenAndTwoDaysBeforeTheDeadlineOnceEach() {
        hearing("Høring om udsattepolitik", TODAY.plusDays(7), RESPONSIBLE, null);

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        QueuedMail mail = outbox.get(0);
        assertEquals("maria.hansen@nordby.dk", mail.to());
        assertEquals("in the council's language when the user's own is not one Samråd speaks",
                "Samråd: 1 høringsfrist nærmer sig", mail.subject());
        assertTrue(mail.isHtml());
        assertTrue(mail.body(), mail.body().contains("Høring om udsattepolitik") && mail.body().contains("om 7 dage"));
        assertTrue("the mail says its language", mail.body().startsWith("<html lang=\"da\">"));
        assertTrue("the council's own text needs no mark in a mail in its language",
                mail.body().contains("<strong>Høring om udsattepolitik</strong>"));

        assertEquals("a second run the same day", new HearingReminders.Outcome(0, 0), reminders.sendDue());
        now = NOW.plus(Duration.ofDays(3));
        assertEquals("four days left: no reminder day", new HearingReminders.Outcome(0, 0), reminders.sendDue());
        now = NOW.plus(Duration.ofDays(5));
        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        assertTrue(outbox.get(1).body(), outbox.get(1).body().contains("om 2 dage"));
        now = NOW.plus(Duration.ofDays(6));
        assertEquals("one day left, the two-day reminder sent", new HearingReminders.Outcome(0, 0), reminders.sendDue());
        assertEquals(2, outbox.size());
    }

    @Test
    public void aMissedRunSendsOneReminderForTheNearestDayNotOnePerDayPassed() {
        int id = hearing("Høring om busruter", TODAY.plusDays(1), RESPONSIBLE, null);

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        assertEquals(Integer.valueOf(2), ao.get(HearingEntity.class, id).getDeadlineReminderDays());
        assertEquals(new HearingReminders.Outcome(0, 0), reminders.sendDue());
    }

    @Test
    public void aNewDeadlineGetsItsRemindersAfresh() {
        int id = hearing("Høring om boligsociale tiltag", TODAY.plusDays(7), RESPONSIBLE, null);
        reminders.sendDue();

        workflow.update(id, new HearingInput("Høring om boligsociale tiltag", null, null, null, null, null,
                TODAY.plusDays(6).toString(), RESPONSIBLE, null, null, null, null, null, null, null,
                ao.get(HearingEntity.class, id).getVersion()));

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        assertEquals(2, outbox.size());
    }

    @Test
    public void onlyOpenHearingsOfUsersWithAnAddressWhoMayViewTheSpaceAreReminded() {
        hearing("Uden ansvarlig bruger", TODAY.plusDays(2), null, "Kirsten uden konto");
        hearing("Udenforstående", TODAY.plusDays(2), OUTSIDER, null);
        hearing("Uden e-mail", TODAY.plusDays(2), NO_MAIL, null);
        hearing("Otte dage", TODAY.plusDays(8), RESPONSIBLE, null);
        hearing("Fristen er gået", TODAY.minusDays(1), RESPONSIBLE, null);
        int declined = hearing("Afvist", TODAY.plusDays(2), RESPONSIBLE, null);
        workflow.transition(declined, new HearingTransition("DECLINED", "Ikke relevant", null,
                ao.get(HearingEntity.class, declined).getVersion()));
        hearing("I dag", TODAY, RESPONSIBLE, null);

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        assertEquals(1, outbox.size());
        assertTrue(outbox.get(0).body().contains("I dag"));
    }

    @Test
    public void aHearingWhosePageIsRestrictedToOthersIsNotMailedToTheResponsibleUser() {
        confluence.page(5001L, "UDS").restrictPage(5001L, EDITOR).page(5002L, "UDS");
        onPage(hearing("Lukket høring", TODAY.plusDays(2), RESPONSIBLE, null), 5001L);
        onPage(hearing("Åben høring", TODAY.plusDays(2), RESPONSIBLE, null), 5002L);

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        QueuedMail mail = to("maria.hansen@nordby.dk");
        assertTrue(mail.body(), mail.body().contains("Åben høring"));
        assertFalse("what the responsible user may not view never reaches them", mail.body().contains("Lukket høring"));
        assertEquals(1, outbox.size());
    }

    @Test
    public void aHearingWhosePageTheResponsibleUserMayViewIsMailed() {
        confluence.page(5001L, "UDS").restrictPage(5001L, EDITOR, RESPONSIBLE);
        onPage(hearing("Høring for få", TODAY.plusDays(7), RESPONSIBLE, null), 5001L);

        assertEquals(new HearingReminders.Outcome(1, 1), reminders.sendDue());
        assertTrue(to("maria.hansen@nordby.dk").body().contains("Høring for få"));
    }

    @Test
    public void theCouncilsOwnDaysApplyAndEachPersonGetsOneEscapedMailInTheirLanguage() {
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setHearingReminderDays("14");
        council.save();
        int linked = hearing(HOSTILE, TODAY.plusDays(10), SWEDE, null);
        HearingEntity row = ao.get(HearingEntity.class, linked);
        row.setPageId(4242L);
        row.save();
        hearing("Remiss två", TODAY.plusDays(14), SWEDE, null);
        hearing("Syv dage: rådets eneste påmindelsesdag 14 er nået", TODAY.plusDays(7), RESPONSIBLE, null);
        hearing("Femten dage", TODAY.plusDays(15), RESPONSIBLE, null);

        assertEquals(new HearingReminders.Outcome(2, 3), reminders.sendDue());
        assertEquals("a second run: the 7 and 2 of the default are not this council's days",
                new HearingReminders.Outcome(0, 0), reminders.sendDue());
        QueuedMail danish = to("maria.hansen@nordby.dk");
        assertTrue(danish.body(), danish.body().contains("Syv dage") && !danish.body().contains("Femten dage"));
        QueuedMail mail = to("sven@nordby.se");
        assertEquals("Samråd: 2 remisser närmar sig sista svarsdag", mail.subject());
        assertFalse(mail.body(), mail.body().contains("<script>"));
        assertTrue(mail.body(), mail.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertTrue(mail.body(), mail.body().contains("href=\"https://wiki.nordby.dk/pages/viewpage.action?pageId=4242\""));
        assertTrue(mail.body(), mail.body().contains("href=\"https://wiki.nordby.dk/display/UDS\""));
    }

    private void onPage(int hearingId, long pageId) {
        HearingEntity row = ao.get(HearingEntity.class, hearingId);
        row.setPageId(pageId);
        row.save();
    }

    private QueuedMail to(String address) {
        return outbox.stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
    }

    private int hearing(String title, LocalDate deadline, String userKey, String name) {
        return workflow.create(uds, new HearingInput(title, null, null, null, null, null, deadline.toString(), userKey,
                name, null, null, null, null, null, null, null)).id();
    }
}
