package org.samraad.devhost.velocity;

import static org.junit.Assert.assertEquals;

import com.atlassian.velocity.htmlsafe.HtmlSafe;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Pins each rule of Confluence's automatic HTML encoding (reference §4.2) as the dev host reproduces it. */
public class VelocityEscapingTest {
    static final String HOSTILE = "<script>alert('x')</script> & \"q\"";
    static final String ENCODED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";

    /** Two JDK calls stand in for the product's broader global list, so the rules can be shown on JDK results too. */
    private static final Set<String> GLOBAL = Set.of("java.util.Map#get(java.lang.Object)", "java.lang.String#toString()");

    private final HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.", Set.of(
            Row.class.getName() + "#getTitle()",
            Row.class.getName() + "#getTitleHtml()",
            Row.class.getName() + "#renderRow()",
            Row.class.getName() + "#getRendered()",
            Row.class.getName() + "#marked()",
            Row.class.getName() + "#inherited()",
            Row.class.getName() + "#titleHtml()"), GLOBAL, false));

    private String render(String template, Object... keysAndValues) {
        Map<String, Object> context = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            context.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return renderer.renderFragment(template, context);
    }

    @Test
    public void aPlainReferenceEncodesTheFiveSpecialCharacters() {
        assertEquals(ENCODED, render("$value", "value", HOSTILE));
        assertEquals("&amp;&lt;&gt;&quot;&#39;", render("$value", "value", "&<>\"'"));
    }

    @Test
    public void textBeforeTheFirstSpecialCharacterAndTextWithoutAnyGoOutAsTheyAre() {
        assertEquals("Rådet &amp; Nordby: &quot;ja&quot;", render("$value", "value", "Rådet & Nordby: \"ja\""));
        assertEquals("Punkt 1 – bilag", render("$value", "value", "Punkt 1 – bilag"));
    }

    @Test
    public void literalTemplateTextIsNotTouched() {
        assertEquals("<b>&amp;</b>", render("<b>&amp;</b>"));
    }

    @Test
    public void quietAndBracedFormsOfAPlainReferenceAreEncodedToo() {
        assertEquals(ENCODED + ENCODED, render("$!{value}${value}", "value", HOSTILE));
    }

    @Test
    public void aScalarReferenceEndingInHtmlIsRawInAnyCase() {
        assertEquals("<i>a</i><i>b</i><i>c</i><i>d</i>", render("$fooHtml$!{barHTML}$html$configAsHtml",
                "fooHtml", "<i>a</i>", "barHTML", "<i>b</i>", "html", "<i>c</i>", "configAsHtml", "<i>d</i>"));
    }

    @Test
    public void theScalarNamesBodyHeadAndXHtmlContentAreRaw() {
        assertEquals("<p>1</p><p>2</p><p>3</p>", render("$body$head$xHtmlContent",
                "body", "<p>1</p>", "head", "<p>2</p>", "xHtmlContent", "<p>3</p>"));
        assertEquals("<p>1</p><p>2</p>", render("$!{body}${head}", "body", "<p>1</p>", "head", "<p>2</p>"));
    }

    @Test
    public void namesThatOnlyResembleTheSafeOnesAreEncoded() {
        assertEquals("&lt;p&gt;|&lt;p&gt;|&lt;p&gt;|&lt;p&gt;", render("$Body|$bodyText|$htm|$htmlx",
                "Body", "<p>", "bodyText", "<p>", "htm", "<p>", "htmlx", "<p>"));
    }

    @Test
    public void aDottedReferenceIsNeverRawBecauseOfItsName() {
        Map<String, Object> map = Map.of("fooHtml", "<i>x</i>", "body", "<i>y</i>");
        assertEquals("&lt;i&gt;x&lt;/i&gt; &lt;i&gt;y&lt;/i&gt;", render("$map.fooHtml $map.body", "map", map));
    }

    @Test
    public void aValueWhoseToStringIsHtmlSafeIsRaw() {
        assertEquals("<em>safe</em>", render("$fragment", "fragment", new Fragment("<em>safe</em>")));
    }

    @Test
    public void aMethodNamedHtmlIsRawWhetherCalledOrReadAsAProperty() {
        Row row = new Row(HOSTILE);
        assertEquals(HOSTILE + "|" + HOSTILE + "|" + HOSTILE,
                render("$row.titleHtml|$row.getTitleHtml()|$row.titleHtml()", "row", row));
    }

    @Test
    public void methodsStartingWithRenderOrGetRenderAreRaw() {
        Row row = new Row(HOSTILE);
        assertEquals(HOSTILE + "|" + HOSTILE + "|" + HOSTILE, render("$row.renderRow()|$row.rendered|$row.getRendered()", "row", row));
    }

    @Test
    public void aMethodAnnotatedHtmlSafeIsRawAndSoIsItsOverride() {
        Row row = new Row(HOSTILE);
        assertEquals(HOSTILE + "|" + HOSTILE, render("$row.marked()|$row.inherited()", "row", row));
    }

    @Test
    public void anOrdinaryGetterIsEncoded() {
        assertEquals(ENCODED, render("$row.title", "row", new Row(HOSTILE)));
    }

    @Test
    public void aCallOnTheResultOfASafeMethodIsEncodedAgain() {
        assertEquals(ENCODED, render("$row.renderRow().toString()", "row", new Row(HOSTILE)));
    }

    /** Confluence keeps the mark through #set; the host encodes, which is stricter (documented). */
    @Test
    public void aSafeResultCopiedWithSetIsEncodedByTheHost() {
        assertEquals(ENCODED, render("#set($copy = $row.renderRow())$copy", "row", new Row(HOSTILE)));
    }

    /** Velocity applies the insertion handler inside "…$x…" too, so such a value is encoded twice when printed. */
    @Test
    public void aReferenceInterpolatedIntoAStringIsEncodedThereAndAgainWhenPrinted() {
        assertEquals("k.&amp;lt;x&amp;gt;", render("#set($key = \"k.$part\")$key", "part", "<x>"));
    }

    @Test
    public void aTemplateWithDisableHtmlEscapingIsRaw() {
        assertEquals("<b>x</b>", render("#disable_html_escaping()$value", "value", "<b>x</b>").trim());
    }

    @Test
    public void aMissingValueShowsTheReferenceOrNothingWhenQuiet() {
        assertEquals("$missing|", render("$missing|$!missing"));
    }

    @Test
    public void templatesLoadFromTheClasspathAndAreEncoded() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        renderer.render("devhost/velocity-test.vm", Map.of("value", HOSTILE, "valueHtml", "<b>ok</b>"), out);
        assertEquals("<p>" + ENCODED + "</p><b>ok</b>\n", out.toString());
    }

    /** Public, as Velocity only calls public methods of public classes. */
    public static final class Row implements Marked {
        private final String title;

        public Row(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }

        public String getTitleHtml() {
            return title;
        }

        public String titleHtml() {
            return title;
        }

        public String renderRow() {
            return title;
        }

        public String getRendered() {
            return title;
        }

        @HtmlSafe
        public String marked() {
            return title;
        }

        @Override
        public String inherited() {
            return title;
        }
    }

    public interface Marked {
        @HtmlSafe
        String inherited();
    }

    public static final class Fragment {
        private final String html;

        public Fragment(String html) {
            this.html = html;
        }

        @HtmlSafe
        @Override
        public String toString() {
            return html;
        }
    }
}
