package org.samraad.devhost.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.samraad.devhost.descriptor.PluginDescriptor.AoModule;
import org.samraad.devhost.descriptor.PluginDescriptor.BlueprintModule;
import org.samraad.devhost.descriptor.PluginDescriptor.ContentTemplateModule;
import org.samraad.devhost.descriptor.PluginDescriptor.DialogPage;
import org.samraad.devhost.descriptor.PluginDescriptor.DownloadResource;
import org.samraad.devhost.descriptor.PluginDescriptor.Extractor2Module;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroModule;
import org.samraad.devhost.descriptor.PluginDescriptor.MacroParameter;
import org.samraad.devhost.descriptor.PluginDescriptor.RestModule;
import org.samraad.devhost.descriptor.PluginDescriptor.ServletModule;
import org.samraad.devhost.descriptor.PluginDescriptor.SpaceBlueprintModule;
import org.samraad.devhost.descriptor.PluginDescriptor.WebItemModule;
import org.samraad.devhost.descriptor.PluginDescriptor.WebResourceModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the descriptor as filtered into target/classes (so {@code ${atlassian.plugin.key}} is resolved). */
public final class PluginDescriptorParser {
    private PluginDescriptorParser() {}

    public static PluginDescriptor fromClasspath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Plugin descriptor " + resource + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        Element root = document(in).getDocumentElement();
        String key = root.getAttribute("key");
        if (key.isBlank() || key.contains("${")) {
            throw new IllegalStateException("Descriptor key is '" + key + "': was atlassian-plugin.xml filtered?");
        }
        List<String> i18n = new ArrayList<>();
        List<DownloadResource> pluginResources = new ArrayList<>();
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n.add(resource.getAttribute("location"));
            } else if ("download".equals(resource.getAttribute("type"))) {
                pluginResources.add(download(resource));
            }
        }
        return new PluginDescriptor(
                key,
                root.getAttribute("name"),
                List.copyOf(i18n),
                List.copyOf(pluginResources),
                ao(root, key),
                children(root, "xhtml-macro").stream().map(PluginDescriptorParser::macro).toList(),
                children(root, "rest").stream().map(PluginDescriptorParser::rest).toList(),
                children(root, "web-resource").stream().map(PluginDescriptorParser::webResource).toList(),
                allowlist(root),
                children(root, "content-template").stream().map(PluginDescriptorParser::contentTemplate).toList(),
                children(root, "blueprint").stream().map(PluginDescriptorParser::blueprint).toList(),
                children(root, "space-blueprint").stream().map(PluginDescriptorParser::spaceBlueprint).toList(),
                children(root, "web-item").stream().map(PluginDescriptorParser::webItem).toList(),
                children(root, "job-config").stream().map(PluginDescriptorParser::jobConfig).toList(),
                children(root, "extractor2").stream().map(PluginDescriptorParser::extractor).toList(),
                children(root, "servlet").stream().map(PluginDescriptorParser::servlet).toList());
    }

    private static AoModule ao(Element root, String pluginKey) {
        List<Element> modules = children(root, "ao");
        if (modules.isEmpty()) {
            return new AoModule(pluginKey, List.of());
        }
        Element ao = modules.get(0);
        String namespace = ao.getAttribute("namespace");
        return new AoModule(namespace.isBlank() ? pluginKey : namespace, texts(ao, "entity"));
    }

    private static MacroModule macro(Element e) {
        List<MacroParameter> parameters = new ArrayList<>();
        for (Element group : children(e, "parameters")) {
            for (Element p : children(group, "parameter")) {
                parameters.add(new MacroParameter(
                        p.getAttribute("name"),
                        attribute(p, "type", "string"),
                        Boolean.parseBoolean(p.getAttribute("required")),
                        Boolean.parseBoolean(p.getAttribute("multiple")),
                        p.hasAttribute("default") ? p.getAttribute("default") : null,
                        children(p, "value").stream().map(v -> v.getAttribute("name")).toList(),
                        children(p, "alias").stream().map(v -> v.getAttribute("name")).toList()));
            }
        }
        Element description = first(e, "description");
        return new MacroModule(
                e.getAttribute("key"),
                e.getAttribute("name"),
                e.getAttribute("class"),
                description == null ? null : description.getAttribute("key"),
                e.getAttribute("icon"),
                children(e, "category").stream().map(c -> c.getAttribute("name")).toList(),
                Boolean.parseBoolean(e.getAttribute("hidden")),
                List.copyOf(parameters));
    }

    private static RestModule rest(Element e) {
        return new RestModule(e.getAttribute("key"), e.getAttribute("path"), e.getAttribute("version"), texts(e, "package"));
    }

    private static WebResourceModule webResource(Element e) {
        return new WebResourceModule(
                e.getAttribute("key"),
                texts(e, "dependency"),
                children(e, "resource").stream()
                        .filter(r -> "download".equals(r.getAttribute("type")))
                        .map(PluginDescriptorParser::download)
                        .toList(),
                texts(e, "context"),
                children(e, "transformation").stream()
                        .filter(t -> "js".equals(t.getAttribute("extension")))
                        .flatMap(t -> children(t, "transformer").stream())
                        .map(t -> t.getAttribute("key"))
                        .toList());
    }

    private static Set<String> allowlist(Element root) {
        Set<String> methods = new LinkedHashSet<>();
        for (Element list : children(root, "velocity-allowlist")) {
            for (String method : texts(list, "method")) {
                methods.add(method.replaceAll("\\s+", ""));
            }
        }
        return Set.copyOf(methods);
    }

    private static ContentTemplateModule contentTemplate(Element e) {
        String location = children(e, "resource").stream()
                .filter(r -> "template".equals(r.getAttribute("name")))
                .map(r -> r.getAttribute("location"))
                .findFirst()
                .orElse(null);
        Element provider = first(e, "context-provider");
        return new ContentTemplateModule(
                e.getAttribute("key"),
                e.getAttribute("i18n-name-key"),
                location,
                provider == null ? null : provider.getAttribute("class"));
    }

    private static BlueprintModule blueprint(Element e) {
        List<String> templates = new ArrayList<>();
        if (e.hasAttribute("content-template-key")) {
            templates.add(e.getAttribute("content-template-key"));
        }
        children(e, "content-template").forEach(t -> templates.add(t.getAttribute("ref")));
        return new BlueprintModule(
                e.getAttribute("key"),
                e.getAttribute("index-key"),
                e.getAttribute("i18n-name-key"),
                List.copyOf(templates),
                attribute(e, "create-result", "edit"),
                wizardPages(e));
    }

    private static SpaceBlueprintModule spaceBlueprint(Element e) {
        List<String> templates = new ArrayList<>();
        children(e, "content-template").forEach(t -> templates.add(t.getAttribute("ref")));
        List<String> promoted = new ArrayList<>();
        for (Element group : children(e, "promoted-blueprints")) {
            children(group, "blueprint").forEach(b -> promoted.add(b.getAttribute("ref")));
        }
        return new SpaceBlueprintModule(
                e.getAttribute("key"),
                e.getAttribute("i18n-name-key"),
                e.getAttribute("category"),
                List.copyOf(templates),
                List.copyOf(promoted),
                wizardPages(e));
    }

    private static List<DialogPage> wizardPages(Element e) {
        List<DialogPage> pages = new ArrayList<>();
        for (Element wizard : children(e, "dialog-wizard")) {
            for (Element page : children(wizard, "dialog-page")) {
                pages.add(new DialogPage(
                        page.getAttribute("id"),
                        page.getAttribute("template-key"),
                        page.getAttribute("title-key"),
                        page.getAttribute("description-header-key"),
                        page.getAttribute("description-content-key"),
                        Boolean.parseBoolean(page.getAttribute("last"))));
            }
        }
        return List.copyOf(pages);
    }

    private static WebItemModule webItem(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        children(e, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
        Element description = first(e, "description");
        String icon = children(e, "resource").stream()
                .filter(r -> "icon".equals(r.getAttribute("name")))
                .map(r -> r.getAttribute("location"))
                .findFirst()
                .orElse(null);
        return new WebItemModule(
                e.getAttribute("key"),
                e.getAttribute("section"),
                e.getAttribute("i18n-name-key"),
                description == null ? null : description.getAttribute("key"),
                Map.copyOf(params),
                icon,
                first(e, "link") == null ? null : first(e, "link").getTextContent().strip());
    }

    private static ServletModule servlet(Element e) {
        return new ServletModule(e.getAttribute("key"), e.getAttribute("class"), texts(e, "url-pattern"));
    }

    private static JobConfigModule jobConfig(Element e) {
        Element job = first(e, "job");
        Element schedule = first(e, "schedule");
        return new JobConfigModule(
                e.getAttribute("key"),
                e.getAttribute("name"),
                e.getAttribute("i18n-name-key"),
                job == null ? null : job.getAttribute("key"),
                schedule == null ? null : schedule.getAttribute("cron-expression"),
                job != null && Boolean.parseBoolean(job.getAttribute("perClusterJob")));
    }

    /** Confluence's default priority is 1000 and its own content extractors run below it (lower runs first). */
    private static Extractor2Module extractor(Element e) {
        return new Extractor2Module(e.getAttribute("key"), e.getAttribute("class"),
                Integer.parseInt(attribute(e, "priority", "1000")),
                Boolean.parseBoolean(attribute(e, "requires-latest-version", "false")));
    }

    private static DownloadResource download(Element e) {
        return new DownloadResource(e.getAttribute("name"), e.getAttribute("location"));
    }

    private static Document document(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("atlassian-plugin.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getTagName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static String attribute(Element e, String name, String fallback) {
        return e.hasAttribute(name) ? e.getAttribute(name) : fallback;
    }
}
