package org.samraad.meeting;

import org.samraad.platform.PageLinks;
import org.springframework.stereotype.Component;

/** Links the meeting macro prints: pages (see {@link PageLinks}) and a meeting's iCalendar file. */
@Component
public class MeetingLinks {
    private final PageLinks pages;

    public MeetingLinks(PageLinks pages) {
        this.pages = pages;
    }

    public String page(long pageId) {
        return pages.page(pageId);
    }

    /** The council's space home, where its meetings are listed. */
    public String space(String spaceKey) {
        return PageLinks.space(pages.base(), spaceKey);
    }

    public String calendar(int meetingId) {
        return pages.base() + "/rest/samraad/1.0/meetings/" + meetingId + "/calendar.ics";
    }
}
