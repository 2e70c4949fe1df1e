package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.samraad.hearing.HearingEntity;
import org.springframework.stereotype.Component;

/**
 * A page is the page of at most one meeting or hearing. Asked inside the write that binds the page, under the
 * lock of the council whose space holds it, so two writers cannot both find the page free.
 */
@Component
public class PageBindings {
    private final ActiveObjects ao;

    public PageBindings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Whether another meeting or hearing than the asking one is bound to the page. Inside the write, through AO:
     * what the rule checks must be what this transaction sees.
     *
     * @param meetingId the meeting that binds the page, if it is a stored meeting
     * @param hearingId the hearing that binds the page, if it is a stored hearing
     */
    public boolean taken(long pageId, Integer meetingId, Integer hearingId) {
        return ao.count(MeetingEntity.class, Query.select().where("PAGE_ID = ? AND ID <> ?", pageId, other(meetingId))) > 0
                || ao.count(HearingEntity.class, Query.select().where("PAGE_ID = ? AND ID <> ?", pageId, other(hearingId))) > 0;
    }

    /** AO ids start at 1, so 0 excludes nobody. */
    private static int other(Integer id) {
        return id == null ? 0 : id;
    }
}
