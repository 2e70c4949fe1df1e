package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.util.HashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * The annual report macro of a year made final: the frozen figures marked "Final, <day>" in the council's language
 * in every output type, in three statements; while the year is live, space editors get "Make the report final" on an
 * interactive page, nobody else and no export.
 */
public class FinalReportMacroTest extends AoTestSupport {
    private static final String SECRETARIAT = "key-admin";
    private static final String READER = "key-reader";
    private static final long PAGE = 9400L;

    private FakeConfluence confluence;
    private AnnualReportMacro macro;
    private FinalReportService finals;
    private GeneratedYear year;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(SECRETARIAT, Permission.VIEW, "UDS").grant(SECRETARIAT, Permission.EDIT, "UDS")
                .grant(SECRETARIAT, Permission.ADMINISTER, "UDS")
                .page(PAGE, "UDS")
                .actAs(SECRETARIAT);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> GeneratedYear.NOW).start();
        macro = plugin.get(AnnualReportMacro.class);
        finals = plugin.get(FinalReportService.class);
        year = new GeneratedYear(ao, "UDS", "Udsatterådet Nordby", "Kirkens Korshær");
    }

    @Test
    public void aFinalReportShowsItsFrozenFiguresMarkedFinalInTheCouncilsLanguageInEveryOutputTypeInThreeStatements()
            throws Exception {
        finals.makeFinal(year.council, "2025", null);
        year.meeting(year.council, "HELD", GeneratedYear.at(2025, 6, 1, 10, 0), null, null, null, null);
        confluence.actAs(READER);

        for (String outputType : new String[] {"display", "pdf", "word", "email"}) {
            sql.reset();
            String html = render(outputType);
            assertEquals(sql.statements().toString(), 3, sql.total());
            assertTrue(outputType + ": " + html, html.contains(">Endelig, 10. februar 2026</span>"));
            assertTrue(html, html.contains("<tr><th scope=\"row\">Meetings held</th><td>4</td></tr>"));
            assertFalse(html, html.contains("samraad-report-final-button"));
        }
    }

    @Test
    public void aSpaceEditorGetsTheButtonForAYearThatIsOverOnAnInteractivePageWithThePageToWriteInto()
            throws Exception {
        String html = render("display");

        assertTrue(html, html.contains("class=\"aui-button aui-button-primary samraad-report-final-button\" data-year=\"2025\" data-page-id=\""
                + PAGE + "\""));
        assertTrue(html, html.contains(">Make the report final</button>"));
        assertFalse("not in an export", render("pdf").contains("samraad-report-final-button"));
    }

    @Test
    public void aReaderGetsNoButtonAndNoFinalMarkWhileTheYearIsLive() throws Exception {
        confluence.actAs(READER);

        String html = render("display");

        assertFalse(html, html.contains("samraad-report-final-button"));
        assertFalse(html, html.contains("samraad-report-final\""));
    }

    private String render(String outputType) throws Exception {
        return macro.execute(new HashMap<>(Map.of("year", "2025")), null,
                new HostConversionContext("UDS", PAGE, outputType));
    }
}
