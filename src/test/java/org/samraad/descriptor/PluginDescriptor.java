package org.samraad.descriptor;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The filtered atlassian-plugin.xml from the classpath, as Confluence reads it. */
final class PluginDescriptor {
    final Element root;

    private PluginDescriptor(Element root) {
        this.root = root;
    }

    static PluginDescriptor load() throws Exception {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return new PluginDescriptor(document.getDocumentElement());
        }
    }

    List<Element> all(String tagName) {
        return elements(root.getElementsByTagName(tagName));
    }

    /** Direct children only: the top-level modules. */
    List<Element> modules() {
        List<Element> modules = new ArrayList<>();
        for (int i = 0; i < root.getChildNodes().getLength(); i++) {
            if (root.getChildNodes().item(i) instanceof Element e) {
                modules.add(e);
            }
        }
        return modules;
    }

    static List<Element> children(Element parent, String tagName) {
        return elements(parent.getElementsByTagName(tagName));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
