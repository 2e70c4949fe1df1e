package org.samraad.devhost.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroModule;
import org.samraad.devhost.services.DemoUsers;

public class StorageFormatRendererTest {
    private final StorageFormatRenderer renderer = new StorageFormatRenderer(new MacroRegistry(List.of(
            module("echo", EchoMacro.class), module("plain", PlainMacro.class), module("failing", FailingMacro.class),
            module("broken", BrokenMacro.class)), type -> {
                try {
                    return type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));

    private String render(String storage) {
        return renderer.render(storage, new HostConversionContext("UDS", 1L, "display"));
    }

    @Test
    public void ordinaryXhtmlPassesThroughWithTextReEscaped() {
        assertEquals("<h2 class=\"x\">A &amp; B &lt;c&gt;</h2><p>x<br>y</p>"
                + "<div class=\"table-wrap\"><table><tbody><tr><td>1</td></tr></tbody></table></div>",
                render("<h2 class=\"x\">A &amp; B &lt;c&gt;</h2><p>x<br/>y</p><table><tbody><tr><td>1</td></tr></tbody></table>"));
    }

    @Test
    public void htmlNamedEntitiesSuchAsNbspAreUnderstood() {
        assertEquals("<p>a\u00a0b \u2014 \u00e5</p>", render("<p>a&nbsp;b &mdash; &aring;</p>"));
    }

    @Test
    public void aMacroIsReplacedByItsOutputWithParametersAndContext() {
        assertEquals("[echo text=hi|&amp; lang=da space=UDS output=display body=]",
                render("<ac:structured-macro ac:name=\"echo\" ac:schema-version=\"1\"><ac:parameter ac:name=\"text\">hi|&amp;"
                        + "</ac:parameter><ac:parameter ac:name=\"lang\">da</ac:parameter></ac:structured-macro>"));
    }

    @Test
    public void aRichTextBodyArrivesRenderedIncludingNestedMacros() {
        assertEquals("[echo space=UDS output=display body=<p>in <b>bold</b></p>[echo space=UDS output=display body=]]",
                render("<ac:structured-macro ac:name=\"echo\"><ac:rich-text-body><p>in <b>bold</b></p>"
                        + "<ac:structured-macro ac:name=\"echo\"/></ac:rich-text-body></ac:structured-macro>"));
    }

    @Test
    public void aPlainTextBodyArrivesAsTheRawCdataText() {
        assertEquals("{<b> &nbsp; </b>}", render("<ac:structured-macro ac:name=\"plain\"><ac:plain-text-body>"
                + "<![CDATA[<b> &nbsp; </b>]]></ac:plain-text-body></ac:structured-macro>"));
    }

    @Test
    public void resourceIdentifierParametersArriveAsKeys() {
        String key = DemoUsers.MEMBER.getKey().getStringValue();
        assertEquals("[echo owner=" + key + " space=UDS output=display body=]",
                render("<ac:structured-macro ac:name=\"echo\"><ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"" + key
                        + "\"/></ac:parameter></ac:structured-macro>"));
    }

    @Test
    public void aMacroExecutionExceptionBecomesAnErrorBoxWithTheMessageEscaped() {
        String html = render("<ac:structured-macro ac:name=\"failing\"/>");
        assertTrue(html, html.contains("Error rendering macro &#39;failing&#39; : &lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.startsWith("<div class=\"error"));
    }

    @Test
    public void anUnexpectedExceptionBecomesAnErrorBoxWithoutDetails() {
        String html = render("<ac:structured-macro ac:name=\"broken\"/>");
        assertTrue(html, html.contains("Error rendering macro &#39;broken&#39;"));
        assertFalse(html, html.contains("secret") || html.contains("at org."));
    }

    @Test
    public void anUnknownMacroBecomesAnErrorBox() {
        assertTrue(render("<ac:structured-macro ac:name=\"nope&lt;\"/>").contains("Unknown macro: &#39;nope&lt;&#39;"));
    }

    @Test
    public void malformedStorageFormatIsAnErrorNotAGuess() {
        assertTrue(render("<p>unclosed").contains("not valid storage format"));
        assertTrue(render("<p>&bogus;</p>").contains("not valid storage format"));
    }

    @Test
    public void aMalformedBodyLeavesTheNextParseOnTheSameThreadAsIfItWereTheFirst() {
        String first = render("<p>Tom &amp; Jerry&nbsp;<![CDATA[&nbsp;]]></p>");
        assertTrue(render("<p>unclosed").contains("not valid storage format"));
        assertEquals(first, render("<p>Tom &amp; Jerry&nbsp;<![CDATA[&nbsp;]]></p>"));
        assertEquals("<p>Tom &amp; Jerry\u00a0&amp;nbsp;</p>", first);
    }

    @Test
    public void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
        assertTrue(render("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>").contains("not valid storage format"));
    }

    @Test
    public void placeholdersAreHiddenInTheView() {
        assertEquals("<p>shown</p>", render("<p><ac:placeholder>hint</ac:placeholder>shown</p>"));
    }

    @Test
    public void pageAndUserLinksBecomeAnchors() {
        String key = DemoUsers.SECRETARY.getKey().getStringValue();
        assertEquals("<a href=\"/display/UDS/Om%20r%C3%A5det\">Om rådet</a> <a href=\"/display/~secretary\">Sofie Sekretær</a>",
                render("<ac:link><ri:page ri:content-title=\"Om rådet\"/></ac:link> <ac:link><ri:user ri:userkey=\"" + key
                        + "\"/></ac:link>"));
    }

    @Test
    public void tasksBecomeAListWithTheirStatus() {
        assertEquals("<ul class=\"inline-task-list\"><li class=\"checked\"><input type=\"checkbox\" disabled checked> Do it</li></ul>",
                render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
                        + "<ac:task-body>Do it</ac:task-body></ac:task></ac:task-list>"));
    }

    @Test
    public void theOutputTypeReachesTheMacro() {
        assertEquals("[echo space=INT output=pdf body=]", renderer.render("<ac:structured-macro ac:name=\"echo\"/>",
                new HostConversionContext("INT", 2L, "pdf")));
    }

    private static MacroModule module(String name, Class<?> type) {
        return new MacroModule(name, name, type.getName(), null, null, List.of(), false, List.of());
    }

    public static class EchoMacro implements Macro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            StringBuilder out = new StringBuilder("[echo");
            parameters.forEach((k, v) -> out.append(' ').append(k).append('=').append(v.replace("&", "&amp;")));
            return out.append(" space=").append(context.getSpaceKey()).append(" output=").append(context.getOutputType())
                    .append(" body=").append(body).append(']').toString();
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    public static class PlainMacro extends EchoMacro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            return "{" + body + "}";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.PLAIN_TEXT;
        }
    }

    public static class FailingMacro extends EchoMacro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            throw new MacroExecutionException("<img src=x onerror=alert(1)>");
        }
    }

    public static class BrokenMacro extends EchoMacro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            throw new IllegalStateException("secret internals");
        }
    }
}
