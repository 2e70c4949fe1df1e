package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The section views the live page swaps in after a save (members, overview, budget, involvement, first-day
 * checklist) over real HTTP: the macro's HTML for whoever may read it, its forms only for those who may use them,
 * the budget for the secretariat only, and 404 for a council that is not there.
 */
public class SectionViewsRestIT {
    private static final String COUNCILS = "/rest/samraad/1.0/councils/";

    private final HttpApi api = SharedDevHost.api();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").json().get("items").get(0).get("id")
                .asInt();
    }

    @Test
    public void theMemberListIsTheMacrosSectionWithItsFormsOnlyForSpaceEditors() {
        Reply anonymous = api.getAccepting(null, COUNCILS + councilId + "/members/view", "text/html");
        assertEquals(anonymous.text(), 200, anonymous.status());
        assertTrue(anonymous.text(), anonymous.text().trim().startsWith("<section class=\"samraad samraad-members\""));
        assertFalse("no form for an anonymous reader", anonymous.text().contains("<form"));

        Reply editor = api.getAccepting("member", COUNCILS + councilId + "/members/view?groupBy=role", "text/html");
        assertEquals(200, editor.status());
        assertTrue(editor.text().contains("data-group-by=\"role\""));
        assertTrue(editor.text().contains("<form class=\"aui top-label samraad-member-form\" hidden"));
        assertEquals(404, api.getAccepting("member", COUNCILS + "999999/members/view", "text/html").status());
    }

    @Test
    public void theOverviewsSettingsAndTheChecklistAreTheAdministratorsOnly() {
        Reply reader = api.getAccepting("reader", COUNCILS + councilId + "/overview/view", "text/html");
        assertEquals(200, reader.status());
        assertTrue(reader.text().contains("<section class=\"samraad samraad-council\""));
        assertFalse(reader.text().contains("samraad-council-settings\""));
        Reply secretary = api.getAccepting("secretary", COUNCILS + councilId + "/overview/view", "text/html");
        assertTrue(secretary.text().contains("class=\"aui top-label samraad-council-settings\""));

        Reply checklist = api.getAccepting("reader", COUNCILS + councilId + "/getting-started/view", "text/html");
        assertEquals(200, checklist.status());
        assertEquals("nothing for a reader", "", checklist.text().trim());
    }

    @Test
    public void theBudgetIsTheSecretariatsAndTheInvolvementAnyReadersToSee() {
        assertEquals(403, api.getAccepting("reader", COUNCILS + councilId + "/budget/view", "text/html").status());
        Reply budget = api.getAccepting("secretary", COUNCILS + councilId + "/budget/view", "text/html");
        assertEquals(budget.text(), 200, budget.status());
        assertTrue(budget.text().contains("<section class=\"samraad samraad-budget\""));
        assertEquals(400, api.getAccepting("secretary", COUNCILS + councilId + "/budget/view?year=abc", "text/html")
                .status());

        Reply involvement = api.getAccepting(null, COUNCILS + councilId + "/involvement/view", "text/html");
        assertEquals(200, involvement.status());
        assertTrue(involvement.text().contains("samraad-involvement-status"));
    }
}
