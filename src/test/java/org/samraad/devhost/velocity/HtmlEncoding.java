package org.samraad.devhost.velocity;

/** The five characters Confluence's HtmlEntities.encode replaces, and nothing else. */
public final class HtmlEncoding {
    private HtmlEncoding() {}

    public static String encode(String text) {
        if (text == null) {
            return "";
        }
        int first = firstSpecial(text);
        // most of a page's values (ids, numbers, names, most texts) have none: they go out as they are, uncopied
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }
}
