package org.samraad.devhost.velocity;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Confluence 9+'s method allowlist: the plugin's own classes only through listed methods. */
public class VelocityAllowlistTest {
    private static final String LISTED = Item.class.getName() + "#name()";

    private String render(boolean debugOnly, String template, Object item) {
        HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.", Set.of(LISTED), debugOnly));
        return renderer.renderFragment(template, Map.of("item", item, "text", "abc", "list", java.util.List.of(1, 2)));
    }

    @Test
    public void aListedMethodOfAPluginClassCanBeCalled() {
        assertEquals("Ada", render(false, "$item.name()", new Item("Ada", "secret")));
    }

    @Test
    public void anUnlistedMethodOfAPluginClassIsBlocked() {
        assertEquals("$item.secret()|", render(false, "$item.secret()|$!item.secret()", new Item("Ada", "secret")));
    }

    @Test
    public void propertyAccessIsCheckedLikeACall() {
        assertEquals("|", render(false, "$!item.shown|", new Item("Ada", "secret")));
    }

    @Test
    public void recordToStringAndEqualsOfPluginClassesAreBlockedToo() {
        assertEquals("$item.toString()", render(false, "$item.toString()", new Item("Ada", "secret")));
    }

    @Test
    public void jdkMethodsRemainCallable() {
        assertEquals("3 2 ABC", render(false, "$text.length() $list.size() $text.toUpperCase()", new Item("a", "b")));
    }

    @Test
    public void reflectionIsNeverCallable() {
        assertEquals("$text.getClass()|", render(false, "$text.getClass()|$!text.class.name", new Item("a", "b")));
    }

    @Test
    public void theDebugSwitchLogsButDoesNotBlock() {
        assertEquals("secret", render(true, "$item.secret()", new Item("Ada", "secret")));
    }

    public record Item(String name, String secret) {
        public String getShown() {
            return "shown";
        }
    }
}
