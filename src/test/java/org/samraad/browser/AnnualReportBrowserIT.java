package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.FormSession;
import org.samraad.testing.SharedDevHost;

/** A reader opens an annual report page made from the blueprint, live and as the PDF export sees it. */
public class AnnualReportBrowserIT extends BrowserTest {

    @Test
    public void aReaderFindsTheEasyReadSummaryFirstThenHeadedSectionsWithRealTables() {
        String year = String.valueOf(LocalDate.now().getYear() - 1);
        HttpResponse<String> created = new FormSession("member").createFromBlueprint("UDS", "annual-report-create-item",
                Map.of("samraadBlueprint", "annual-report", "reportYear", year,
                        "title", "Årsrapport " + year + " " + UUID.randomUUID().toString().substring(0, 8)));
        assertEquals(created.body(), 302, created.statusCode());
        String page = created.headers().firstValue("Location").orElseThrow();

        for (String suffix : new String[] {"", (page.contains("?") ? "&" : "?") + "outputType=pdf"}) {
            browser.get(SharedDevHost.baseUrl() + page + suffix);

            WebElement report = browser.findElement(By.cssSelector("section.samraad-annual-report"));
            assertTrue(report.findElement(By.tagName("h2")).getText().startsWith("Annual report " + year + ": "));
            List<WebElement> headings = report.findElements(By.tagName("h3"));
            assertEquals(suffix, "The year in brief (easy-read)", headings.get(0).getText());
            // issue 18 added the sections on theme days, conferences and events and on decisions by meeting (budget
            // is the secretariat's alone)
            assertEquals(8, headings.size());
            List<String> titles = headings.stream().map(WebElement::getText).toList();
            assertTrue(titles.toString(), titles.containsAll(List.of("Hearing responses", "Decisions by meeting",
                    "Theme days, conferences and events")));
            assertTrue("the decisions by meeting say something, a list or that none are approved yet",
                    report.findElement(By.cssSelector("section.samraad-report-decisions")).getText().split("\n").length
                            >= 2);
            assertTrue(report.findElements(By.cssSelector(".samraad-report-summary p")).size() >= 5);
            for (WebElement table : report.findElements(By.tagName("table"))) {
                assertTrue(table.findElement(By.tagName("caption")).getText().length() > 0);
                assertTrue(table.findElements(By.cssSelector("th[scope=col]")).size() >= 2);
                assertTrue(table.findElements(By.cssSelector("tbody th[scope=row]")).size() >= 1);
            }
            assertTrue("static: nothing to operate", report.findElements(By.cssSelector("button, input, select")).isEmpty());
        }
    }
}
