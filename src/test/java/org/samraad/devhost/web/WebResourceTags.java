package org.samraad.devhost.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.samraad.devhost.descriptor.PluginDescriptor;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.descriptor.PluginDescriptor.WebResourceModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the web resources a request required (by key or by context) into link and script tags, dependencies
 * first, each once, at Confluence's download URLs. A page with scripts gets AUI's {@code ajs} (the real AUI,
 * {@link AuiResources}) whether or not a resource names it, as every Confluence page has it, ahead of every plugin
 * resource; exports get neither AUI nor scripts. A script's URL carries the reader's language, in which the host's
 * jsI18n transformer inlines its literal texts.
 */
public final class WebResourceTags {
    public static final String AJS = "com.atlassian.auiplugin:ajs";
    private static final Logger LOG = LoggerFactory.getLogger(WebResourceTags.class);

    private final PluginDescriptor descriptor;

    public WebResourceTags(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** @param framework AUI's stylesheet, for the head ahead of the product's own styles; empty for exports */
    public record Tags(String framework, String head, String body) {}

    /** @param scripts false for exports: PDF, Word and e-mail run no JavaScript */
    public Tags tags(Set<String> webResources, Set<String> contexts, String language, boolean scripts) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String context : contexts) {
            descriptor.webResources().stream()
                    .filter(w -> w.contexts().contains(context))
                    .forEach(w -> collect(descriptor.completeKey(w.key()), ordered, new LinkedHashSet<>()));
        }
        webResources.forEach(key -> collect(key, ordered, new LinkedHashSet<>()));
        StringBuilder framework = new StringBuilder();
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        if (scripts) {
            stylesheet(framework, AuiResources.stylesheet());
            AuiResources.scripts().forEach(src -> script(body, src));
        }
        for (String key : ordered) {
            if (key.equals(AJS)) {
                continue;
            }
            WebResourceModule module = module(key);
            for (DownloadResource resource : module.resources()) {
                String href = "/download/resources/" + key + "/" + resource.name();
                if (resource.name().endsWith(".css")) {
                    stylesheet(head, href);
                } else if (resource.name().endsWith(".js") && !resource.location().endsWith(".soy")) {
                    script(body, href + "?locale=" + Html.url(language));
                }
            }
        }
        return new Tags(framework.toString(), head.toString(), scripts ? body.toString() : "");
    }

    private void collect(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        if (key.equals(AJS)) {
            ordered.add(key);
            return;
        }
        WebResourceModule module = module(key);
        if (module == null) {
            LOG.warn("Web resource {} is not available on the dev host; ignored", key);
            return;
        }
        module.dependencies().forEach(dependency -> collect(dependency, ordered, visiting));
        ordered.add(key);
    }

    private WebResourceModule module(String completeKey) {
        String prefix = descriptor.key() + ":";
        if (!completeKey.startsWith(prefix)) {
            return null;
        }
        return descriptor.webResource(completeKey.substring(prefix.length())).orElse(null);
    }

    private static void stylesheet(StringBuilder out, String href) {
        out.append("<link rel=\"stylesheet\" href=\"").append(Html.text(href)).append("\">\n");
    }

    private static void script(StringBuilder out, String src) {
        out.append("<script src=\"").append(Html.text(src)).append("\"></script>\n");
    }

    public static List<String> pageContexts() {
        return List.of("atl.general", "page");
    }
}
