package org.samraad.devhost.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a storage-format body, as a search index takes them: the text between the tags, entities decoded.
 * Macro parameters (a meeting id, a view name) are settings, not text anyone reads, so they are left out; what a
 * macro shows comes into the index through the plugin's search extractor.
 */
final class StorageText {
    private static final Pattern PARAMETER = Pattern.compile("<ac:parameter\\b[^>]*>.*?</ac:parameter>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private StorageText() {}

    static String of(String storage) {
        String text = TAG.matcher(PARAMETER.matcher(storage).replaceAll(" ")).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(decoded);
        return SPACE.matcher(decoded).replaceAll(" ").strip();
    }

    private static String decode(String name) {
        if (name.startsWith("#x")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "ndash" -> "–";
            case "mdash" -> "—";
            default -> " ";
        };
    }
}
