package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.SeatEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.MeetingEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * Issue 15.8 on a real database: a new council's getting-started checklist ticks itself off from its data — seats,
 * a member, the year planned (a plan entry or a meeting this year), a meeting with a page — each open job linking to
 * where it is done on the space home; for the secretary (space administrators) in the live page only, in the
 * council's language, gone once all is done; one counting statement, two in all, whatever the numbers.
 */
public class GettingStartedTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";

    private FakeConfluence confluence;
    private GettingStartedMacro macro;
    private GettingStartedQuery query;
    private int council;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("NYT")
                .grant(SECRETARY, Permission.ADMINISTER, "NYT")
                .grant(SECRETARY, Permission.EDIT, "NYT")
                .grant(SECRETARY, Permission.VIEW, "NYT")
                .grant(EDITOR, Permission.EDIT, "NYT")
                .grant(EDITOR, Permission.VIEW, "NYT")
                .actAs(SECRETARY);
        var plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        macro = plugin.get(GettingStartedMacro.class);
        query = plugin.get(GettingStartedQuery.class);
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "NYT"), new DBParam("NAME", "Nyt råd"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "en"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void theChecklistTicksItselfOffJobByJobAndGoesAwayWhenAllIsDone() throws Exception {
        String fresh = render("display");
        assertTrue(fresh, fresh.contains(">Getting started</h2>") && fresh.contains("0 of 4 done"));
        assertTrue(fresh, fresh.contains("<a href=\"#samraad-seats\">Set up the council’s seats</a>"));
        assertTrue(fresh, fresh.contains("<a href=\"#samraad-new-member\">Add the members</a>"));
        assertTrue(fresh, fresh.contains("<a href=\"#samraad-plan-the-year\">Plan the year 2026</a>"));
        assertTrue(fresh, fresh.contains("Make the first meeting’s page</a> <span class=\"samraad-getting-started-state\">(not yet)</span>"));

        int seat = ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("SEAT_GROUP", "USERS"),
                new DBParam("REQUIRED_COUNT", 2), new DBParam("SORT_ORDER", 0), new DBParam("VERSION", 0)).getID();
        ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("NAME", "Åse Ny"),
                new DBParam("ROLE", "MEMBER"), new DBParam("SEAT_ID", seat), new DBParam("VERSION", 0));
        String two = render("display");
        assertTrue(two, two.contains("2 of 4 done"));
        assertTrue(two, two.contains("Set up the council’s seats <span class=\"samraad-getting-started-state\">(done)</span>"));
        assertFalse(two, two.contains("#samraad-seats") || two.contains("#samraad-new-member"));

        int meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", Date.from(NOW.plusSeconds(86_400 * 10))),
                new DBParam("VERSION", 0)).getID();
        assertTrue("a meeting this year plans the year", render("display").contains("3 of 4 done"));

        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setPageId(4711L);
        row.save();
        sql.reset();
        assertEquals("all done: nothing", "", render("display"));
        assertEquals(sql.statements().toString(), 2, sql.total());
    }

    @Test
    public void onlyTheSecretaryInTheLivePageSeesItInTheCouncilsLanguage() throws Exception {
        CouncilEntity c = ao.get(CouncilEntity.class, council);
        c.setLocale("sv");
        c.save();
        sql.reset();
        String swedish = render("display");
        assertEquals(sql.statements().toString(), 2, sql.total());
        assertTrue(swedish, swedish.contains(">Kom igång</h2>") && swedish.contains("Planera året 2026"));
        assertEquals("no checklist in an export", "", render("pdf"));
        confluence.actAs(EDITOR);
        assertEquals("an editor who is not a space administrator", "", render("display"));
    }

    @Test
    public void theCountsComeFromOneStatementAndCountOnlyThisCouncilAndYear() {
        int other = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "AND"), new DBParam("NAME", "Andet"),
                new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0)).getID();
        for (int i = 0; i < 30; i++) {
            ao.create(SeatEntity.class, new DBParam("COUNCIL_ID", i % 2 == 0 ? council : other),
                    new DBParam("SEAT_GROUP", "USERS"), new DBParam("REQUIRED_COUNT", 1), new DBParam("SORT_ORDER", i),
                    new DBParam("VERSION", 0));
        }
        ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("NAME", "Slettet"),
                new DBParam("ROLE", "MEMBER"), new DBParam("ANONYMISED_AT", new Date()), new DBParam("VERSION", 0));
        ao.create(PlanEntryEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "THEME_DAY"),
                new DBParam("TITLE", "Sidste år"), new DBParam("STARTS_AT", Date.from(Instant.parse("2025-06-01T10:00:00Z"))),
                new DBParam("VERSION", 0));
        ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", council), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "CANCELLED"), new DBParam("STARTS_AT", Date.from(NOW)), new DBParam("VERSION", 0));

        sql.reset();
        GettingStartedCounts counts = query.counts(council, 2026, ZoneId.of("Europe/Copenhagen"));
        assertEquals(1, sql.total());
        assertEquals(new GettingStartedCounts(15, 0, 0, 0, 0), counts);
        assertFalse("an erased member, last year's entry and a cancelled meeting do not count", counts.yearPlanned());
        assertEquals(1, query.counts(council, 2025, ZoneId.of("Europe/Copenhagen")).planEntries());
    }

    private String render(String outputType) throws Exception {
        return macro.execute(new HashMap<>(Map.of()), null, new HostConversionContext("NYT", null, outputType));
    }
}
