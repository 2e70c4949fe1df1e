package org.samraad.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for a web address a person gives (an organisation's website, a hearing's link, an agenda item's link
 * attachment). It is strict because the address ends up in {@code href} attributes of pages anyone may read: only
 * absolute http(s) addresses of a named host (no javascript:, data:, credentials or look-alike characters). Nothing
 * here ever fetches the address; how long it may be is the column's business, not this rule's.
 */
public final class WebAddress {
    private WebAddress() {}

    /** An absolute http or https URL with a fully qualified host (or IP literal), no user info, a valid port. */
    public static boolean isValid(String value) {
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
        // "https://www" and "http://localhost" are typos or internal hosts, not an address for a page anyone reads
        return host.startsWith("[") || (host.contains(".") && !host.endsWith("."));
    }

    /** No white space, control or invisible formatting characters (e.g. right-to-left overrides that disguise a host). */
    private static boolean isPlainText(String value) {
        return value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
