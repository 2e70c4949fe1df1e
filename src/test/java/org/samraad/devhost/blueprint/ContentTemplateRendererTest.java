package org.samraad.devhost.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.samraad.devhost.render.StorageFormatException;
import org.samraad.devhost.services.HostI18nResolver;

public class ContentTemplateRendererTest {
    private final HostI18nResolver i18n = new HostI18nResolver(List.of("devhost.fixture.fixture"));
    private final ContentTemplateRenderer templates = new ContentTemplateRenderer(i18n);

    @Test
    public void aVariableIsInsertedAsEscapedText() throws StorageFormatException {
        assertEquals("<p>Hi &lt;b&gt;Ada&lt;/b&gt; &amp; co</p>",
                templates.fill("<p>Hi <at:var at:name=\"who\"/></p>", Map.of("who", "<b>Ada</b> & co")));
    }

    @Test
    public void aRawXhtmlVariableIsInsertedAsMarkup() throws StorageFormatException {
        assertEquals("<div><table><tbody><tr><td>1</td></tr></tbody></table></div>",
                templates.fill("<div><at:var at:name=\"t\" at:rawxhtml=\"true\"/></div>",
                        Map.of("t", "<table><tbody><tr><td>1</td></tr></tbody></table>")));
    }

    @Test
    public void aMalformedRawXhtmlValueIsRefused() {
        try {
            templates.fill("<at:var at:name=\"t\" at:rawxhtml=\"true\"/>", Map.of("t", "<p>open"));
            throw new AssertionError("expected a refusal");
        } catch (StorageFormatException expected) {
            assertTrue(expected.getMessage().length() > 0);
        }
    }

    @Test
    public void anI18nElementBecomesTheEscapedText() throws StorageFormatException {
        assertEquals("<h2>About &lt;this&gt; note</h2>", templates.fill("<h2><at:i18n at:key=\"fixture.template.heading\"/></h2>", Map.of()));
    }

    @Test
    public void macrosAndCdataInTheTemplateSurvive() throws StorageFormatException {
        String storage = "<ac:structured-macro ac:name=\"x\"><ac:plain-text-body><![CDATA[a < b]]></ac:plain-text-body></ac:structured-macro>";
        assertEquals(storage, templates.fill(storage, Map.of()));
    }

    @Test
    public void aMissingVariableIsEmpty() throws StorageFormatException {
        assertEquals("<p>[]</p>", templates.fill("<p>[<at:var at:name=\"none\"/>]</p>", Map.of()));
    }

    @Test
    public void soyWizardFormsKeepStaticHtmlAndTranslateGetText() {
        String soy = "{namespace A.B}\n/** doc */\n{template .form}\n  <label for=\"x\">{getText('fixture.wizard.topic')}</label>\n"
                + "  <input id=\"x\" name=\"topic\">{sp}{lb}ok{rb}\n{/template}\n{template .other}\n<p>no</p>\n{/template}";
        assertEquals("<label for=\"x\">Topic</label><input id=\"x\" name=\"topic\"> {ok}",
                SoyLite.render(soy, "A.B.form", i18n).orElseThrow());
        assertTrue(SoyLite.render(soy, "A.B.missing", i18n).isEmpty());
    }
}
