package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionHistoryEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.ActionTextMentions;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingTextMentions;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaTextMentions;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.I18n;
import org.samraad.platform.Transactions;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.FeaturePorts;

/**
 * Erasure clears every pointer to a person, but a name typed into a text can only be found: the reply lists every
 * free-text field of the space's councils that still contains the name (agenda texts with meeting and item
 * number, action texts and their history, hearing texts), so the secretary can edit them.
 */
public class ErasureMentionsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String SPACE_ADMIN = "key-secretary";
    private static final String PERSON = "key-person";

    private PersonErasureService service;
    private int uds;
    private int intern;

    @Before
    public void setUp() {
        FakeConfluence confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(SPACE_ADMIN, Permission.ADMINISTER, "UDS")
                .actAs(SPACE_ADMIN);
        // wired as the product is: the features' PersonMentions in the order the plugin declares (meeting, action, hearing)
        service = plugin().confluence(confluence).users(Map.of(PERSON, "Svend Stille")).clock(() -> NOW).start()
                .get(PersonErasureService.class);
        uds = council("UDS");
        intern = council("INT");
    }

    @Test
    public void theReplyListsEveryFreeTextFieldOfTheSpaceThatStillNamesTheErasedPerson() {
        int member = member(uds, null, "Nanna Nørgaard");
        int meeting = meeting(uds, "Udsatterådet – møde 12. marts 2026");
        item(meeting, 0, "Godkendelse af dagsorden", null, null);
        item(meeting, 1, "Natcaféen", "Nanna Nørgaard fortalte om sin situation", "Mindretal: nanna nørgaard stemte imod");
        item(meeting, 2, "Budget", "Intet om personer", null);
        int action = action(uds, "Ring til Nanna Nørgaard", "Talt med hende");
        ActionHistoryEntity history = ao.create(ActionHistoryEntity.class, new DBParam("ACTION_ID", action),
                new DBParam("CHANGED_AT", Date.from(NOW)), new DBParam("CHANGE_KIND", "progressNote"));
        history.setOldValue("Nanna Nørgaard svarer ikke");
        history.save();
        HearingEntity hearing = ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("SUBJECT", "Budget 2027"), new DBParam("STATUS", "DRAFTING"), new DBParam("VERSION", 0));
        hearing.setDissent("Nanna Nørgaard ønsker sin dissens ført til protokol");
        hearing.save();
        action(intern, "Nanna Nørgaard i et andet rum", null);

        PersonalDataEraser.Erasure erasure = service.erasePerson(member);

        assertEquals(List.of(
                "Meeting \"Udsatterådet – møde 12. marts 2026\", item 2 \"Natcaféen\": case presentation",
                "Meeting \"Udsatterådet – møde 12. marts 2026\", item 2 \"Natcaféen\": dissent",
                "Action \"Ring til Nanna Nørgaard\": title",
                "Action \"Ring til Nanna Nørgaard\", earlier values of progress note in its history",
                "Hearing \"Budget 2027\": dissent"),
                erasure.mentions().stream().map(TextMention::where).toList());
        TextMention dissent = erasure.mentions().get(1);
        assertEquals("agendaItem", dissent.kind());
        assertEquals(Integer.valueOf(meeting), dissent.meetingId());
        assertEquals(Integer.valueOf(2), dissent.itemNumber());
        assertEquals("dissent", dissent.field());
    }

    @Test
    public void aConfluenceUserIsLookedForByFullName() {
        int member = member(uds, PERSON, null);
        int meeting = meeting(uds, "Møde");
        item(meeting, 0, "Punkt", null, "Svend Stille tog forbehold");

        PersonalDataEraser.Erasure erasure = service.erasePerson(member);

        assertEquals(1, erasure.mentions().size());
        assertTrue(erasure.mentions().get(0).where().endsWith(": dissent"));
    }

    private int council(String spaceKey) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", "Råd"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0)).getID();
    }

    private int member(int councilId, String userKey, String name) {
        MemberEntity row = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));
        row.setUserKey(userKey);
        row.setName(name);
        row.save();
        return row.getID();
    }

    private int meeting(int councilId, String title) {
        MeetingEntity row = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", "HELD"), new DBParam("STARTS_AT", Date.from(NOW)),
                new DBParam("VERSION", 0));
        row.setTitle(title);
        row.save();
        return row.getID();
    }

    private void item(int meetingId, int position, String title, String casePresentation, String dissent) {
        AgendaItemEntity row = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meetingId),
                new DBParam("SORT_ORDER", position), new DBParam("TITLE", title), new DBParam("KIND", "DISCUSSION"),
                new DBParam("DURATION_MINUTES", 10), new DBParam("VERSION", 0));
        row.setCasePresentation(casePresentation);
        row.setDissent(dissent);
        row.save();
    }

    private int action(int councilId, String title, String progress) {
        ActionItemEntity row = ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("TITLE", title), new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                new DBParam("CREATED_AT", Date.from(NOW)), new DBParam("VERSION", 0));
        row.setProgress(progress);
        row.save();
        return row.getID();
    }
}
