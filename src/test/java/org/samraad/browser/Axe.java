package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core (pinned in the pom) over the page as it stands now, forms opened by the test included: every rule
 * it enables by default, best practices included. {@link #assertNoFindings} is what a browser test calls after it has
 * opened a form, a disclosure or a confirmation.
 */
final class Axe {
    private static String script;

    private Axe() {}

    /** Every violation on the page as axe reports it: id, impact, nodes and the first nodes' selectors. */
    static List<?> findings(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.html; }),
                            targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')};
                  }));
                }, function (e) { done([{id: 'axe-failed: ' + e, impact: 'critical', nodes: [], targets: ''}]); });
                """);
        return (List<?>) result;
    }

    /** No finding of any impact on the page as it is now; {@code where} names the state in the failure. */
    static void assertNoFindings(WebDriver browser, String where) {
        List<String> described = findings(browser).stream().map(found -> {
            Map<?, ?> violation = (Map<?, ?>) found;
            return violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("targets");
        }).toList();
        assertEquals("axe-core's findings on " + where, List.of(), described);
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/devhost/npm/axe-core/axe.min.js")) {
                assertTrue("the build unpacks axe-core (axe.version in the pom)", in != null);
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
