package org.samraad.devhost.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.samraad.devhost.render.StorageFormat;
import org.samraad.devhost.render.StorageFormatException;
import org.samraad.devhost.render.StorageFormatParser;
import org.samraad.devhost.render.StorageFormatWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fills a {@code <content-template>}'s storage XML as the create-content plugin does: {@code <at:var at:name>}
 * becomes the context value as text (escaped), or as XHTML when {@code at:rawxhtml="true"} (the value must then
 * be well-formed storage); {@code <at:i18n at:key>} becomes the text in the user's language; declarations go.
 */
public final class ContentTemplateRenderer {
    private final I18nResolver i18n;

    public ContentTemplateRenderer(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String render(String templateLocation, Map<String, Object> context) throws StorageFormatException {
        return fill(ClasspathText.read(templateLocation), context);
    }

    public String fill(String template, Map<String, Object> context) throws StorageFormatException {
        Element root = StorageFormatParser.parse(template);
        List<Element> placeholders = new ArrayList<>();
        collect(root, placeholders);
        for (Element placeholder : placeholders) {
            replace(placeholder, context);
        }
        return StorageFormatWriter.childrenOf(root);
    }

    private static void collect(Node node, List<Element> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && StorageFormat.AT.equals(e.getNamespaceURI())) {
                found.add(e);
            } else {
                collect(n, found);
            }
        }
    }

    private void replace(Element placeholder, Map<String, Object> context) throws StorageFormatException {
        Node parent = placeholder.getParentNode();
        switch (placeholder.getLocalName()) {
            case "var" -> {
                Object value = context.get(placeholder.getAttributeNS(StorageFormat.AT, "name"));
                String text = value == null ? "" : value.toString();
                if ("true".equals(placeholder.getAttributeNS(StorageFormat.AT, "rawxhtml"))) {
                    Element fragment = StorageFormatParser.parse(text);
                    for (Node n = fragment.getFirstChild(); n != null; n = n.getNextSibling()) {
                        parent.insertBefore(placeholder.getOwnerDocument().importNode(n, true), placeholder);
                    }
                } else {
                    parent.insertBefore(placeholder.getOwnerDocument().createTextNode(text), placeholder);
                }
            }
            case "i18n" -> parent.insertBefore(placeholder.getOwnerDocument()
                    .createTextNode(i18n.getText(placeholder.getAttributeNS(StorageFormat.AT, "key"))), placeholder);
            default -> { } // at:declarations and anything else: editor-only, dropped
        }
        parent.removeChild(placeholder);
    }
}
