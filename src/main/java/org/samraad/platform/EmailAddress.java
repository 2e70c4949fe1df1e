package org.samraad.platform;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one rule for an e-mail address a person gives (a member's, an organisation's contact): an internationalised
 * address as RFC 6531 allows it ({@code jørgen@kommune.dk}, {@code åsa.öberg@göteborg.se}), but only the plain
 * form, because the address ends up in {@code mailto:} links of pages anyone may read: letters, digits and marks
 * of any script with {@code . _ + ' -} in the local part (no quotes, spaces, comments or other symbols), and a
 * domain whose IDNA form is a host name with a top-level domain.
 */
public final class EmailAddress {
    static final String KEY = "samraad.error.email";
    /** RFC 5321's limit for a path (254 characters of address), and RFC 6531's 64 octets for the local part. */
    static final int MAX = 254;
    private static final int LOCAL_MAX_OCTETS = 64;

    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_+'-]+(?:\\.[\\p{L}\\p{M}\\p{Nd}_+'-]+)*");
    private static final Pattern ASCII_DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    /** Only the full stop separates labels; IDN would also take the ideographic and full-width ones. */
    private static final Pattern UNICODE_DOMAIN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}.-]+");

    private EmailAddress() {}

    public static boolean isValid(String value) {
        if (value == null || value.length() > MAX || !TextRule.isOneLine(value)) {
            return false;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || value.indexOf('@') != at) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        return LOCAL.matcher(local).matches()
                && local.getBytes(StandardCharsets.UTF_8).length <= LOCAL_MAX_OCTETS
                && isDomain(domain);
    }

    private static boolean isDomain(String domain) {
        if (!UNICODE_DOMAIN.matcher(domain).matches()) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii.toLowerCase(java.util.Locale.ROOT)).matches();
    }
}
