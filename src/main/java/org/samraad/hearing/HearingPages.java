package org.samraad.hearing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.samraad.meeting.BoundPages;
import org.samraad.meeting.PageBindings;
import org.springframework.stereotype.Component;

/** A hearing's response page: no meeting and no other hearing may bind it. */
@Component
public class HearingPages implements BoundPages {
    private final ActiveObjects ao;

    public HearingPages(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public PageBindings.Binder binder() {
        return PageBindings.Binder.HEARING;
    }

    @Override
    public boolean bound(long pageId, int exceptId) {
        return ao.count(HearingEntity.class, Query.select().where("PAGE_ID = ? AND ID <> ?", pageId, exceptId)) > 0;
    }
}
