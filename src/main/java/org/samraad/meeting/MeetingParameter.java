package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Optional;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.RenderShared;
import org.springframework.stereotype.Component;

/**
 * The {@code meeting} parameter of the meeting macros: a meeting's number, or empty for the meeting recorded for the
 * page being rendered. A bad number or a meeting the reader cannot see is an error box, never someone else's data.
 * One statement either way ({@link MeetingAccess}), and one per page render: the macros of a meeting page (header,
 * agenda requests, attendance, agenda) share the meeting read for the first of them ({@link RenderShared}), with its
 * approved minutes once read, rather than each reading it again.
 */
@Component
public class MeetingParameter {
    private final MeetingAccess access;
    private final I18n i18n;
    private final CurrentUser currentUser;

    public MeetingParameter(MeetingAccess access, I18n i18n, CurrentUser currentUser) {
        this.access = access;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    /** The meeting of a page or of a number, as one reader sees it, within one render. */
    private record Shared(String by, long id, String reader) {}

    /** The meeting, or empty when the parameter is empty and the page has no meeting. */
    public Optional<MeetingContext> resolve(String parameter, ConversionContext context) throws MacroExecutionException {
        if (parameter == null || parameter.isBlank()) {
            ContentEntityObject page = context.getEntity();
            return page == null ? Optional.empty() : RenderShared.of(context).get(
                    new Shared("page", page.getId(), reader()), () -> access.onPage(page.getId()));
        }
        try {
            int meetingId = Integer.parseInt(parameter.trim());
            return Optional.of(RenderShared.of(context).get(new Shared("meeting", meetingId, reader()),
                    () -> access.view(meetingId)));
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.text("samraad.meeting.macro.bad-parameter"));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.meeting.macro.not-found"));
        }
    }

    private String reader() {
        return currentUser.userKey().orElse("");
    }
}
