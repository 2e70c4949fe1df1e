package org.samraad.meeting;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.springframework.stereotype.Component;

/**
 * Links the meeting macro prints, relative to Confluence's base URL (its context path), as Confluence's own macros
 * build them: a page by id through viewpage.action, and the plugin's REST resources.
 */
@Component
public class MeetingLinks {
    private final ApplicationProperties application;

    public MeetingLinks(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    public String page(long pageId) {
        return base() + "/pages/viewpage.action?pageId=" + pageId;
    }

    public String calendar(int meetingId) {
        return base() + "/rest/samraad/1.0/meetings/" + meetingId + "/calendar.ics";
    }

    private String base() {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
