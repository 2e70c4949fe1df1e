package org.samraad.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
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
        return base() + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** Confluence's context path ("" at the root, never a trailing slash). */
    public String base() {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
