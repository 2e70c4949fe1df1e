package org.samraad.platform;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.stereotype.Component;

/**
 * A page title that no page in the space has yet, for blueprints whose title the plugin sets: the create-content
 * plugin checks only a title typed into the wizard, and saves the context provider's title as it is (an empty one
 * when none is set; create-content 18.7.17 [DF] {@code DefaultBlueprintContentGenerator}). A taken title gets
 * " (2)", " (3)" … as the create-content plugin does for index pages ({@code DefaultIndexPageManager}).
 */
@Component
public class UniquePageTitles {
    private static final int ATTEMPTS = 100;

    private final PageManager pages;

    public UniquePageTitles(@ComponentImport PageManager pages) {
        this.pages = pages;
    }

    @SuppressWarnings("deprecation") // getPage(spaceKey, title) is the one lookup by title, still used on 10.x
    public String unique(String spaceKey, String desired) {
        String title = desired.strip();
        if (spaceKey == null) {
            return title;
        }
        for (int attempt = 2; attempt <= ATTEMPTS && pages.getPage(spaceKey, title) != null; attempt++) {
            title = desired.strip() + " (" + attempt + ")";
        }
        return title;
    }
}
