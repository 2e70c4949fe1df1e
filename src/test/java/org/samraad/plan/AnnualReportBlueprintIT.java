package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The "Annual report" page blueprint through the dev host's create-content flow over HTTP, as a space editor of the
 * demo space UDS: the wizard asks for a title and a year, and the page holds the chair's foreword, the report of
 * that year through the macro, and next year's focus.
 */
public class AnnualReportBlueprintIT {
    private static final String ITEM = "annual-report-create-item";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void aSpaceEditorCreatesAnAnnualReportPageForLastYear() {
        FormSession member = new FormSession("member");
        String wizard = member.get("/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=" + ITEM).body();
        assertTrue(wizard, wizard.contains("name=\"samraadBlueprint\" value=\"annual-report\""));
        assertTrue(wizard.contains("name=\"reportYear\""));

        String year = String.valueOf(LocalDate.now().getYear() - 1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("samraadBlueprint", "annual-report");
        fields.put("title", "Årsrapport " + year + " " + UUID.randomUUID().toString().substring(0, 8));
        fields.put("reportYear", year);
        HttpResponse<String> created = member.createFromBlueprint("UDS", ITEM, fields);

        assertEquals(created.body(), 302, created.statusCode());
        String view = api.get("reader", created.headers().firstValue("Location").orElseThrow()).text();
        // the page's own headings are in the Danish council's language, not its English-speaking creator's
        int foreword = view.indexOf(">Formandens forord</h2>");
        int report = view.indexOf("section class=\"samraad samraad-annual-report\"");
        int focus = view.indexOf(">Fokus for næste år</h2>");
        assertTrue(view, foreword > 0 && report > foreword && focus > report);
        assertTrue(view.contains(">Annual report " + year + ": "));
        assertTrue(view.contains("The figures cover 1 January to 31 December " + year + "."));
        assertFalse("no storage format leaks into the view", view.contains("at:i18n") || view.contains("at:var")
                || view.contains("ac:structured-macro"));
    }

    @Test
    public void readersCannotCreateTheReportPage() {
        FormSession reader = new FormSession("reader");
        HttpResponse<String> wizard = reader.get("/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=" + ITEM);
        assertTrue(String.valueOf(wizard.statusCode()), wizard.statusCode() == 403 || wizard.statusCode() == 404);
    }
}
