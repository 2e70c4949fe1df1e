package org.samraad.council;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.samraad.platform.TextRule;

/**
 * The format a directory entry's website must have. It is checked strictly because it ends up in {@code href}
 * attributes of pages anyone may read: only absolute http(s) addresses of a named host (no javascript:, data:,
 * credentials or look-alike characters). Nothing here ever fetches the address. E-mail addresses follow the one
 * rule in {@link org.samraad.platform.EmailAddress}.
 */
public final class ContactFormats {
    private ContactFormats() {}

    /** An absolute http or https URL with a fully qualified host (or IP literal), no user info, a valid port. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.isEmpty() || !TextRule.isOneLine(value) || !isPlainText(value)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.isOpaque()) {
            return false;
        }
        String host = uri.getHost(); // null when the authority is not a valid server name (e.g. non-ASCII, "a b")
        if (host == null || uri.getRawUserInfo() != null) {
            return false;
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            return false;
        }
        // "https://www" and "http://localhost" are typos or internal hosts, not a public organisation's site
        return host.startsWith("[") || (host.contains(".") && !host.endsWith("."));
    }

    /** No white space, control or invisible formatting characters (e.g. right-to-left overrides that disguise a host). */
    private static boolean isPlainText(String value) {
        return value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
