package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.samraad.devhost.web.JsI18nTransformer;

/**
 * Confluence's jsI18n transformer replaces only {@code AJS.I18n.getText('literal.key', …)}; a key computed at run
 * time (from an array, a variable, a concatenation) reaches AUI, which knows no plugin texts and shows the raw key.
 */
public class JsI18nLiteralKeysTest {
    private static final Pattern CALL = Pattern.compile("getText\\(");
    private static final String PREFIX = "AJS.I18n.";

    @Test
    public void everyGetTextCallInThePluginsScriptsNamesItsKeyLiterally() throws IOException {
        List<String> computed = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.list(Paths.get("src/main/resources/js"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".js"))::iterator) {
                calls += computedCalls(file.getFileName().toString(), Files.readString(file), computed);
            }
        }
        assertTrue("the scan found the scripts' calls", calls > 50);
        assertTrue("getText calls whose key is not a literal: " + computed, computed.isEmpty());
    }

    @Test
    public void aKeyFromAnArrayAVariableOrANewLineIsNotALiteral() {
        List<String> computed = new ArrayList<>();
        String script = String.join("\n",
                "AJS.I18n.getText('samraad.ok');",
                "AJS.I18n.getText(\"samraad.ok\", 1);",
                "AJS.I18n.getText(check[2]);",
                "AJS.I18n.getText(key);",
                "I18n.getText('samraad.not.through.ajs');",
                "AJS.I18n.getText('samraad.' + kind);",
                "AJS.I18n.getText(",
                "    'samraad.on.next.line');");
        assertEquals(7, computedCalls("sample.js", script, computed));
        assertEquals(List.of("sample.js:3", "sample.js:4", "sample.js:5", "sample.js:6", "sample.js:7"), computed);
    }

    private static int computedCalls(String name, String script, List<String> computed) {
        int calls = 0;
        Matcher call = CALL.matcher(script);
        while (call.find()) {
            calls++;
            int start = call.start() - PREFIX.length();
            if (start < 0 || !JsI18nTransformer.LITERAL_CALL.matcher(script).region(start, script.length()).lookingAt()) {
                computed.add(name + ":" + (script.substring(0, call.start()).split("\n", -1).length));
            }
        }
        return calls;
    }
}
