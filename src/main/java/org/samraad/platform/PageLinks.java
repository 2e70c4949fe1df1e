package org.samraad.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Links the plugin prints, relative to Confluence's base URL (its context path), as Confluence's own macros build
 * them: a page by id through viewpage.action, and the base for the plugin's REST resources.
 */
@Component
public class PageLinks {
    private final ApplicationProperties application;

    public PageLinks(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    public String page(long pageId) {
        return page(base(), pageId);
    }

    /** Confluence's context path ("" at the root, never a trailing slash). */
    public String base() {
        return withoutTrailingSlash(application.getBaseUrl(UrlMode.RELATIVE));
    }

    /** A page under a base URL: relative on pages, absolute (Confluence's canonical base) in mail. */
    public static String page(String base, long pageId) {
        return withoutTrailingSlash(base) + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** A space's home under a base URL, as Confluence's {@code /display/KEY}. */
    public static String space(String base, String spaceKey) {
        return withoutTrailingSlash(base) + "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
    }

    public static String withoutTrailingSlash(String base) {
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
