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
        return renderer.renderFragment(template, Map.of("item", item, "text", "abc", "list", java.util.List.of(1, 2),
                "map", Map.of("k", "v")));
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
    public void aDecisionMadeOnceHoldsForEveryLaterRenderAndEveryCall() {
        HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.", Set.of(LISTED), false));
        Map<String, Object> context = Map.of("item", new Item("Ada", "secret"), "text", "abc");
        for (int render = 0; render < 3; render++) {
            assertEquals("Ada $item.secret() Ada $item.secret() $text.length()", renderer.renderFragment(
                    "$item.name() $item.secret() $item.name() $item.secret() $text.length()", context));
        }
    }

    @Test
    public void aTemplatesLookupsSharedAcrossRendersStillDecidePerClass() throws Exception {
        HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.", Set.of(LISTED), false));
        for (int render = 0; render < 2; render++) {
            assertEquals("Ada|$item.secret()|", template(renderer, new Item("Ada", "secret")));
            assertEquals("an unlisted class's method of the same name", "$item.name()|$item.secret()|",
                    template(renderer, new Other("Bo", "secret")));
        }
    }

    private static String template(HostTemplateRenderer renderer, Object item) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        renderer.render("devhost/velocity-allowlist-test.vm", Map.of("item", item), out);
        return out.toString();
    }

    /** Like {@link Item}, but none of its methods is listed. */
    public record Other(String name, String secret) {
        public String getShown() {
            return "shown";
        }
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
    public void jdkMethodsAreBlockedUnlessOnTheGlobalList() {
        assertEquals("$text.length() $list.size() $list.isEmpty() $text.toUpperCase()",
                render(false, "$text.length() $list.size() $list.isEmpty() $text.toUpperCase()", new Item("a", "b")));
    }

    @Test
    public void aJdkMapLookupIsBlockedWhetherCalledOrReadAsAProperty() {
        assertEquals("$map.get(\"k\")|", render(false, "$map.get(\"k\")|$!map.k", new Item("a", "b")));
    }

    @Test
    public void aGlobalEntryOnAnInterfaceCoversItsImplementations() {
        HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.", Set.of(),
                Set.of("java.util.Map#get(java.lang.Object)"), false));
        assertEquals("v|v", renderer.renderFragment("$map.get(\"k\")|$map.k", Map.of("map", Map.of("k", "v"))));
    }

    @Test
    public void aPluginEntryCannotOpenAJdkMethod() {
        HostTemplateRenderer renderer = new HostTemplateRenderer(new MethodAllowlist("org.samraad.",
                Set.of("java.util.Map#get(java.lang.Object)", "java.lang.String#length()"), false));
        assertEquals("$map.get(\"k\") $text.length()",
                renderer.renderFragment("$map.get(\"k\") $text.length()", Map.of("map", Map.of("k", "v"), "text", "abc")));
    }

    @Test
    public void theDevHostGrantsNothingFromTheProductsGlobalList() {
        assertEquals(Set.of(), MethodAllowlist.GLOBAL);
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
