package org.samraad.devhost.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.samraad.devhost.velocity.HtmlEncoding;

/** Escaping for the host's own pages, which are built in Java (they never go through the plugin's engine). */
public final class Html {
    private Html() {}

    public static String text(String value) {
        return HtmlEncoding.encode(value);
    }

    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Confluence's /display/KEY/Page+Title form. */
    public static String displayPath(String spaceKey, String title) {
        return "/display/" + url(spaceKey) + (title == null ? "" : "/" + url(title));
    }

    public static String viewPath(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }
}
