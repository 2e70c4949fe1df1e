package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import java.util.List;
import org.samraad.platform.FieldError;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Which page a meeting or hearing may bind: an existing page of its council's space, and one that no other meeting
 * or hearing has. Asked inside the write that binds the page, under the lock of the council whose space holds it, so
 * two writers cannot both find the page free.
 */
@Component
public class PageBindings {
    private final ActiveObjects ao;
    private final PageManager pageManager;
    private final List<BoundPages> others;

    public PageBindings(@ComponentImport ActiveObjects ao, @ComponentImport PageManager pageManager,
            List<BoundPages> others) {
        this.ao = ao;
        this.pageManager = pageManager;
        this.others = List.copyOf(others);
    }

    /** What binds a page, with its messages for a page it may not bind. */
    public enum Binder {
        MEETING("samraad.meeting.error.page-not-in-space", "samraad.meeting.error.page-taken"),
        HEARING("samraad.hearing.error.page-not-in-space", "samraad.hearing.error.page-taken");

        private final String notInSpace;
        private final String taken;

        Binder(String notInSpace, String taken) {
            this.notInSpace = notInSpace;
            this.taken = taken;
        }
    }

    /**
     * Refuses binding {@code pageId} with a field error {@code pageId}: an id that is no page of {@code spaceKey}
     * (no page yet, which could later be created elsewhere, or another space's page), or a page another meeting or
     * hearing has. Nothing to refuse without a page. Call under the council's lock.
     *
     * @param binderId the stored meeting or hearing that binds the page, null for one being created
     */
    public void requireBindable(Binder binder, Integer binderId, String spaceKey, Long pageId) {
        if (pageId == null) {
            return;
        }
        if (!inSpace(pageId, spaceKey)) {
            throw new ValidationException(FieldError.of("pageId", binder.notInSpace));
        }
        if (taken(pageId, binder, binderId)) {
            throw new ValidationException(FieldError.of("pageId", binder.taken));
        }
    }

    private boolean inSpace(long pageId, String spaceKey) {
        @SuppressWarnings("deprecation")
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && spaceKey.equals(page.getSpaceKey());
    }

    /**
     * Whether another meeting or hearing than the asking one is bound to the page. Inside the write, through AO:
     * what the rule checks must be what this transaction sees.
     */
    private boolean taken(long pageId, Binder binder, Integer binderId) {
        return ao.count(MeetingEntity.class, Query.select().where("PAGE_ID = ? AND ID <> ?", pageId,
                        other(binder == Binder.MEETING ? binderId : null))) > 0
                || others.stream().anyMatch(rows -> rows.bound(pageId, other(rows.binder() == binder ? binderId : null)));
    }

    /** AO ids start at 1, so 0 excludes nobody. */
    private static int other(Integer id) {
        return id == null ? 0 : id;
    }
}
