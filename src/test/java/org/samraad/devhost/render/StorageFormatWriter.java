package org.samraad.devhost.render;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Writes DOM nodes back as storage format: prefixed names, no namespace declarations, CDATA kept. */
public final class StorageFormatWriter {
    private StorageFormatWriter() {}

    public static String childrenOf(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        return out.toString();
    }

    static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE -> out.append(escapeText(node.getNodeValue()));
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
            case Node.ELEMENT_NODE -> writeElement((Element) node, out);
            default -> { } // comments and processing instructions are not storage content
        }
    }

    private static void writeElement(Element element, StringBuilder out) {
        out.append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (attribute.getName().startsWith("xmlns")) {
                continue;
            }
            out.append(' ').append(attribute.getName()).append("=\"").append(escapeAttribute(attribute.getValue())).append('"');
        }
        if (!element.hasChildNodes()) {
            out.append(" />");
            return;
        }
        out.append('>');
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        out.append("</").append(element.getTagName()).append('>');
    }

    public static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String escapeAttribute(String value) {
        return escapeText(value).replace("\"", "&quot;");
    }
}
