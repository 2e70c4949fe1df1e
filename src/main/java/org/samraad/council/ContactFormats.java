package org.samraad.council;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The formats a directory entry's website and e-mail address must have. Both are checked strictly because they
 * end up in {@code href} attributes of pages anyone may read: only absolute http(s) addresses of a named host
 * (no javascript:, data:, credentials or look-alike characters), and e-mail addresses that a mailto: link
 * cannot turn into something else. Nothing here ever fetches the address.
 */
public final class ContactFormats {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9_+'-]+(?:\\.[A-Za-z0-9_+'-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final int EMAIL_LOCAL_MAX = 64;

    private ContactFormats() {}

    /** An absolute http or https URL with a fully qualified host (or IP literal), no user info, a valid port. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.isEmpty() || !isPlainText(value)) {
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

    static boolean isEmailAddress(String value) {
        if (value == null || !EMAIL.matcher(value).matches()) {
            return false;
        }
        return value.indexOf('@') <= EMAIL_LOCAL_MAX;
    }

    /** No white space, control or invisible formatting characters (e.g. right-to-left overrides that disguise a host). */
    private static boolean isPlainText(String value) {
        return value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
