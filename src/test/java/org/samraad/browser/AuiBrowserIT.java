package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.SharedDevHost;

/** The dev host runs Confluence's real AUI in the browser, at the version Confluence 10.2 bundles (pinned in the pom). */
public class AuiBrowserIT extends BrowserTest {

    @Test
    public void aPageRunsTheRealAuiOfThePinnedVersionWithTheAjsThePluginUses() {
        String version = System.getProperty("aui.version");
        assertNotNull("the build passes the pinned AUI version (aui.version in pom.xml)", version);
        browser.get(SharedDevHost.baseUrl() + "/display/UDS");
        Object facts = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "AJS.toInit(function () { done([AJS.version, AJS.$ === window.jQuery, AJS.contextPath(),"
                + " AJS.I18n.getText('samraad.not.inlined'), AJS.format('{0} of {1}', 1, 2),"
                + " document.body.getAttribute('data-aui-version')]); });");
        assertEquals(List.of(version, true, "", "samraad.not.inlined", "1 of 2", version), facts);
    }
}
