package org.samraad.devhost.web;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class JsI18nTransformerTest {
    private static final Map<String, String> DANISH = Map.of(
            "samraad.a", "Flyttet til plads {0} af {1}",
            "samraad.b", "Sig \"hej\" og ''farvel''");

    private static String transform(String script) {
        return JsI18nTransformer.transform(script, key -> DANISH.getOrDefault(key, key));
    }

    @Test
    public void aLiteralKeyBecomesItsPatternAndKeepsItsArguments() {
        assertEquals("x = AJS.format(\"Flyttet til plads {0} af {1}\", i + 1, n);",
                transform("x = AJS.I18n.getText('samraad.a', i + 1, n);"));
        assertEquals("AJS.format(\"Sig \\\"hej\\\" og ''farvel''\")", transform("AJS.I18n.getText(\"samraad.b\")"));
    }

    @Test
    public void aComputedKeyIsLeftForTheShimWhichGivesBackTheKey() {
        for (String computed : new String[] {"AJS.I18n.getText(check[2])", "AJS.I18n.getText(key)",
                "AJS.I18n.getText(\n    'samraad.a')", "AJS.I18n.getText('samraad.' + name)"}) {
            assertEquals(computed, transform(computed));
        }
    }

    @Test
    public void aKeyWithoutTextIsInlinedAsTheKeyAsConfluenceShowsIt() {
        assertEquals("AJS.format(\"samraad.missing\")", transform("AJS.I18n.getText('samraad.missing')"));
    }
}
