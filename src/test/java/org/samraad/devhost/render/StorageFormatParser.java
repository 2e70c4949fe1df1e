package org.samraad.devhost.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a storage-format body (an XHTML fragment with ac:, ri: and at: elements and HTML named entities such
 * as {@code &nbsp;}) into a DOM under a synthetic root that declares the three namespaces. Strict XML otherwise,
 * like Confluence: a malformed body is an error, not something to guess at. No DTDs, no external entities.
 */
public final class StorageFormatParser {
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, Integer> HTML_ENTITIES = loadEntities();
    /**
     * A builder per thread, reset before each parse: finding and configuring the parser took longer than parsing
     * a home page's body. A builder is not thread-safe and may be reused after {@code reset()}.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final String ROOT_START = "<ac:root xmlns:ac=\"" + StorageFormat.AC + "\" xmlns:ri=\""
            + StorageFormat.RI + "\" xmlns:at=\"" + StorageFormat.AT + "\">";

    private StorageFormatParser() {}

    /** @return the synthetic {@code ac:root} element; its children are the body's top-level nodes */
    public static Element parse(String storage) throws StorageFormatException {
        String xml = ROOT_START + replaceHtmlEntities(storage == null ? "" : storage) + "</ac:root>";
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(new DefaultHandler()); // no stderr noise; errors still throw
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXParseException e) {
            throw new StorageFormatException("Line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage(), e);
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new StorageFormatException(e.getMessage(), e);
        }
    }

    /** {@code &nbsp;} → {@code &#160;} outside CDATA sections; unknown names are left for the parser to reject. */
    static String replaceHtmlEntities(String storage) {
        StringBuilder out = new StringBuilder(storage.length());
        int position = 0;
        while (position < storage.length()) {
            int cdata = storage.indexOf("<![CDATA[", position);
            int end = cdata < 0 ? storage.length() : cdata;
            out.append(replaceIn(storage.substring(position, end)));
            if (cdata < 0) {
                break;
            }
            int close = storage.indexOf("]]>", cdata);
            int after = close < 0 ? storage.length() : close + 3;
            out.append(storage, cdata, after);
            position = after;
        }
        return out.toString();
    }

    private static String replaceIn(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = NAMED_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            Integer codePoint = XML_ENTITIES.contains(name) ? null : HTML_ENTITIES.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(codePoint == null ? m.group() : "&#" + codePoint + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(false); // keep CDATA sections of plain-text bodies
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory;
    }

    private static Map<String, Integer> loadEntities() {
        Properties table = new Properties();
        try (InputStream in = StorageFormatParser.class.getResourceAsStream("/devhost/html-entities.properties")) {
            table.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("devhost/html-entities.properties is missing", e);
        }
        Map<String, Integer> entities = new java.util.HashMap<>();
        table.forEach((name, codePoint) -> entities.put((String) name, Integer.valueOf((String) codePoint)));
        return Map.copyOf(entities);
    }
}
