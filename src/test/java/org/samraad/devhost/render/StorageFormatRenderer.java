package org.samraad.devhost.render;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.velocity.HtmlEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Storage format → view HTML, as Confluence's renderer does for the parts the plugin meets: each
 * {@code ac:structured-macro} becomes its macro's output (or an error box), links, tasks, layouts and images
 * get plain HTML equivalents, placeholders vanish, and ordinary XHTML passes through (page content is trusted).
 */
public final class StorageFormatRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatRenderer.class);
    private static final Set<String> VOID_ELEMENTS =
            Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final String REQUIRES_FORMAT =
            "com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat";
    private static final int MAX_MACRO_DEPTH = 16;

    private final MacroRegistry macros;

    public StorageFormatRenderer(MacroRegistry macros) {
        this.macros = macros;
    }

    public String render(String storage, HostConversionContext context) {
        try {
            return render(StorageFormatParser.parse(storage), context);
        } catch (StorageFormatException e) {
            return MacroErrorBox.invalidBody(e.getMessage());
        }
    }

    public String render(Element root, HostConversionContext context) {
        StringBuilder out = new StringBuilder();
        children(root, context, out, 0);
        return out.toString();
    }

    private void children(Node parent, HostConversionContext context, StringBuilder out, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            node(n, context, out, depth);
        }
    }

    private void node(Node node, HostConversionContext context, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(HtmlEncoding.encode(node.getNodeValue()));
            case Node.ELEMENT_NODE -> element((Element) node, context, out, depth);
            default -> { }
        }
    }

    private void element(Element e, HostConversionContext context, StringBuilder out, int depth) {
        String ns = e.getNamespaceURI();
        if (ns == null) {
            html(e, context, out, depth);
        } else if (ns.equals(StorageFormat.AC)) {
            confluenceElement(e, context, out, depth);
        } else {
            children(e, context, out, depth); // ri:/at: outside their usual parents: keep any text
        }
    }

    private void html(Element e, HostConversionContext context, StringBuilder out, int depth) {
        String tag = e.getTagName();
        if (tag.equals("table") && "display".equals(context.getOutputType())) {
            // as Confluence's view does: a page's table scrolls sideways in its own box, not the page
            out.append("<div class=\"table-wrap\">");
            htmlElement(tag, e, context, out, depth);
            out.append("</div>");
        } else {
            htmlElement(tag, e, context, out, depth);
        }
    }

    private void htmlElement(String tag, Element e, HostConversionContext context, StringBuilder out, int depth) {
        out.append('<').append(tag);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            out.append(' ').append(a.getName()).append("=\"").append(HtmlEncoding.encode(a.getValue())).append('"');
        }
        out.append('>');
        if (VOID_ELEMENTS.contains(tag)) {
            return;
        }
        children(e, context, out, depth);
        out.append("</").append(tag).append('>');
    }

    private void confluenceElement(Element e, HostConversionContext context, StringBuilder out, int depth) {
        switch (e.getLocalName()) {
            case "structured-macro", "macro" -> out.append(macro(e, context, depth));
            case "placeholder", "parameter" -> { } // editor hints; parameters outside a macro mean nothing
            case "link" -> link(e, context, out, depth);
            case "task-list" -> {
                out.append("<ul class=\"inline-task-list\">");
                children(e, context, out, depth);
                out.append("</ul>");
            }
            case "task" -> task(e, context, out, depth);
            case "layout" -> wrap("div", "contentLayout2", e, context, out, depth);
            case "layout-section" -> wrap("div", "columnLayout " + attr(e, "type"), e, context, out, depth);
            case "layout-cell" -> wrap("div", "cell", e, context, out, depth);
            case "image" -> image(e, out);
            case "emoticon" -> out.append("<span class=\"emoticon\">").append(HtmlEncoding.encode(attr(e, "name"))).append("</span>");
            default -> children(e, context, out, depth);
        }
    }

    private String macro(Element e, HostConversionContext context, int depth) {
        String name = attr(e, "name");
        Optional<Macro> found = macros.macro(name);
        if (found.isEmpty() && name.equals("anchor")) {
            return anchor(e);
        }
        if (found.isEmpty()) {
            return MacroErrorBox.unknown(name);
        }
        if (depth >= MAX_MACRO_DEPTH) {
            return MacroErrorBox.failed(name, "macros are nested too deeply");
        }
        Macro macro = found.get();
        Map<String, String> parameters = new LinkedHashMap<>();
        Element richBody = null;
        Element plainBody = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && StorageFormat.AC.equals(child.getNamespaceURI())) {
                switch (child.getLocalName()) {
                    case "parameter" -> parameters.put(attr(child, "name"), parameterValue(child));
                    case "rich-text-body" -> richBody = child;
                    case "plain-text-body" -> plainBody = child;
                    default -> { }
                }
            }
        }
        String body = "";
        if (macro.getBodyType() == Macro.BodyType.RICH_TEXT && richBody != null) {
            if (requiresStorageFormat(macro)) {
                body = StorageFormatWriter.childrenOf(richBody);
            } else {
                StringBuilder rendered = new StringBuilder();
                children(richBody, context, rendered, depth + 1);
                body = rendered.toString();
            }
        } else if (macro.getBodyType() == Macro.BodyType.PLAIN_TEXT && plainBody != null) {
            body = plainBody.getTextContent();
        }
        try {
            String output = macro.execute(parameters, body, context);
            return output == null ? "" : output;
        } catch (MacroExecutionException ex) {
            return MacroErrorBox.failed(name, ex.getMessage());
        } catch (RuntimeException ex) {
            LOG.error("Macro '{}' failed", name, ex);
            return MacroErrorBox.failed(name, ex.getClass().getSimpleName());
        }
    }

    /**
     * Confluence's own {@code anchor} macro (bundled with every Confluence, so the host has it too): an empty link
     * target named by its default parameter, visible to nobody.
     */
    private static String anchor(Element e) {
        String name = "";
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && StorageFormat.AC.equals(child.getNamespaceURI())
                    && child.getLocalName().equals("parameter") && attr(child, "name").isEmpty()) {
                name = child.getTextContent().strip();
            }
        }
        return "<span class=\"confluence-anchor-link\" id=\"" + HtmlEncoding.encode(name) + "\"></span>";
    }

    /** A parameter's value is its text, or the key/title of a resource identifier inside it. */
    private static String parameterValue(Element parameter) {
        for (Node n = parameter.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element ri && StorageFormat.RI.equals(ri.getNamespaceURI())) {
                return switch (ri.getLocalName()) {
                    case "user" -> riAttr(ri, "userkey");
                    case "space" -> riAttr(ri, "space-key");
                    case "page" -> riAttr(ri, "content-title");
                    default -> ri.getTextContent();
                };
            }
        }
        return parameter.getTextContent();
    }

    private static boolean requiresStorageFormat(Macro macro) {
        try {
            Method execute = macro.getClass().getMethod("execute", Map.class, String.class,
                    com.atlassian.confluence.content.render.xhtml.ConversionContext.class);
            for (Annotation a : execute.getAnnotations()) {
                if (a.annotationType().getName().equals(REQUIRES_FORMAT)) {
                    return String.valueOf(a.annotationType().getMethod("value").invoke(a)).equals("Storage");
                }
            }
        } catch (ReflectiveOperationException ignored) {
            // no annotation: view format
        }
        return false;
    }

    private void link(Element e, HostConversionContext context, StringBuilder out, int depth) {
        String href = null;
        String text = null;
        Element linkBody = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            if (StorageFormat.RI.equals(child.getNamespaceURI())) {
                switch (child.getLocalName()) {
                    case "page" -> {
                        String space = riAttr(child, "space-key");
                        String title = riAttr(child, "content-title");
                        space = space.isEmpty() ? context.getSpaceKey() : space;
                        href = "/display/" + encode(space) + "/" + encode(title);
                        text = title;
                    }
                    case "user" -> {
                        Optional<HostUser> user = DemoUsers.byKey(riAttr(child, "userkey"));
                        href = user.map(u -> "/display/~" + u.getUsername()).orElse(null);
                        text = user.map(HostUser::getFullName).orElse("Unknown user");
                    }
                    case "space" -> {
                        href = "/display/" + encode(riAttr(child, "space-key"));
                        text = riAttr(child, "space-key");
                    }
                    case "url" -> {
                        href = riAttr(child, "value");
                        text = href;
                    }
                    default -> { }
                }
            } else if (StorageFormat.AC.equals(child.getNamespaceURI())
                    && (child.getLocalName().equals("plain-text-link-body") || child.getLocalName().equals("link-body"))) {
                linkBody = child;
            }
        }
        StringBuilder label = new StringBuilder();
        if (linkBody != null && linkBody.getLocalName().equals("link-body")) {
            children(linkBody, context, label, depth);
        } else {
            label.append(HtmlEncoding.encode(linkBody != null ? linkBody.getTextContent() : text == null ? "" : text));
        }
        if (href == null) {
            out.append("<span class=\"unresolved\">").append(label).append("</span>");
        } else {
            out.append("<a href=\"").append(HtmlEncoding.encode(href)).append("\">").append(label).append("</a>");
        }
    }

    private void task(Element e, HostConversionContext context, StringBuilder out, int depth) {
        String status = "";
        Element body = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && StorageFormat.AC.equals(child.getNamespaceURI())) {
                if (child.getLocalName().equals("task-status")) {
                    status = child.getTextContent().trim();
                } else if (child.getLocalName().equals("task-body")) {
                    body = child;
                }
            }
        }
        out.append("<li").append(status.equals("complete") ? " class=\"checked\"" : "").append('>');
        out.append("<input type=\"checkbox\" disabled").append(status.equals("complete") ? " checked" : "").append("> ");
        if (body != null) {
            children(body, context, out, depth);
        }
        out.append("</li>");
    }

    private void image(Element e, StringBuilder out) {
        String alt = attr(e, "alt");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element ri && StorageFormat.RI.equals(ri.getNamespaceURI()) && ri.getLocalName().equals("url")) {
                out.append("<img src=\"").append(HtmlEncoding.encode(riAttr(ri, "value"))).append("\" alt=\"")
                        .append(HtmlEncoding.encode(alt)).append("\">");
                return;
            }
        }
        out.append("<span class=\"unresolved\">[image").append(alt.isEmpty() ? "" : ": " + HtmlEncoding.encode(alt)).append("]</span>");
    }

    private void wrap(String tag, String cssClass, Element e, HostConversionContext context, StringBuilder out, int depth) {
        out.append('<').append(tag).append(" class=\"").append(HtmlEncoding.encode(cssClass.trim())).append("\">");
        children(e, context, out, depth);
        out.append("</").append(tag).append('>');
    }

    private static String attr(Element e, String localName) {
        return e.getAttributeNS(StorageFormat.AC, localName);
    }

    private static String riAttr(Element e, String localName) {
        return e.getAttributeNS(StorageFormat.RI, localName);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
