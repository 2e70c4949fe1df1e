package org.samraad.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.samraad.council.CouncilZone;
import org.samraad.council.Viewer;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The one gate to a meeting: loads it with its council in one statement and applies the space's permissions and its
 * page's own view permission. A meeting in a space the caller cannot view, or whose page is restricted from the
 * caller, does not exist for the caller (404, nothing in a macro); editing needs space EDIT (403).
 */
@Component
public class MeetingAccess {
    private final MeetingContextQuery query;
    private final SpacePermissions permissions;
    private final PagePermissions pages;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public MeetingAccess(
            MeetingContextQuery query, SpacePermissions permissions, PagePermissions pages, CurrentUser currentUser,
            TimeSource time) {
        this.query = query;
        this.permissions = permissions;
        this.pages = pages;
        this.currentUser = currentUser;
        this.time = time;
    }

    public MeetingContext view(int meetingId) {
        LocalDate today = CouncilZone.todayOfEveryCouncil(time);
        return query.byId(meetingId, currentUser.userKey().orElse(null), today)
                .flatMap(this::visible)
                .orElseThrow(NotFoundException::new);
    }

    public MeetingContext edit(int meetingId) {
        MeetingContext context = view(meetingId);
        requireEdit(context);
        return context;
    }

    /** The meeting recorded for a page, if there is one the caller may see. */
    public Optional<MeetingContext> onPage(long pageId) {
        LocalDate today = CouncilZone.todayOfEveryCouncil(time);
        return query.byPage(pageId, currentUser.userKey().orElse(null), today).flatMap(this::visible);
    }

    private Optional<MeetingContext> visible(MeetingContextQuery.Row row) {
        SpacePermissions.Granted granted = permissions.granted(row.council().spaceKey());
        if (!granted.view() || !pages.canView(row.meeting().pageId())) {
            return Optional.empty();
        }
        boolean administrator = granted.administer();
        boolean editor = granted.edit();
        Viewer viewer = new Viewer(administrator || row.servingInsider(), editor, administrator, row.servingSecretary());
        return Optional.of(row.as(viewer));
    }

    /** A lifecycle step or an answer to an agenda request: 403 unless the caller is the secretariat. */
    public MeetingContext secretariat(int meetingId) {
        MeetingContext context = view(meetingId);
        requireSecretariat(context);
        return context;
    }

    /** For callers that already hold the context: 403 unless the caller is the council's secretariat. */
    public static void requireSecretariat(MeetingContext context) {
        if (!context.viewer().secretariat()) {
            throw new ForbiddenException();
        }
    }

    /** Of meetings in a space the caller may view, those whose page the caller may view too, in their order. */
    public List<Meeting> onViewablePages(List<Meeting> meetings) {
        return pages.viewable(meetings, Meeting::pageId);
    }

    /** For callers that already hold the context: 403 unless the caller may edit the space. */
    public static void requireEdit(MeetingContext context) {
        if (!context.viewer().editor()) {
            throw new ForbiddenException();
        }
    }
}
