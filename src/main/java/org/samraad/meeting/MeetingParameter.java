package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Optional;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The {@code meeting} parameter of the meeting macros: a meeting's number, or empty for the meeting recorded for the
 * page being rendered. A bad number or a meeting the reader cannot see is an error box, never someone else's data.
 * One statement either way ({@link MeetingAccess}).
 */
@Component
public class MeetingParameter {
    private final MeetingAccess access;
    private final I18n i18n;

    public MeetingParameter(MeetingAccess access, I18n i18n) {
        this.access = access;
        this.i18n = i18n;
    }

    /** The meeting, or empty when the parameter is empty and the page has no meeting. */
    public Optional<MeetingContext> resolve(String parameter, ConversionContext context) throws MacroExecutionException {
        if (parameter == null || parameter.isBlank()) {
            ContentEntityObject page = context.getEntity();
            return page == null ? Optional.empty() : access.onPage(page.getId());
        }
        try {
            return Optional.of(access.view(Integer.parseInt(parameter.trim())));
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.text("samraad.meeting.macro.bad-parameter"));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.meeting.macro.not-found"));
        }
    }
}
