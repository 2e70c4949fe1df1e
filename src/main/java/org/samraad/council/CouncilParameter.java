package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Optional;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.RenderShared;
import org.springframework.stereotype.Component;

/**
 * The {@code council} parameter of the council macros: a council's number, or empty for the council of the page's
 * space. A bad number or a council the reader cannot see is an error box, never someone else's data. The macros of a
 * council's home page (checklist, overview, members, plan, action register, hearings) share the space's council read
 * for the first of them within one render ({@link RenderShared}), rather than each reading it again.
 */
@Component
public class CouncilParameter {
    private final CouncilService councils;
    private final I18n i18n;
    private final CurrentUser currentUser;

    public CouncilParameter(CouncilService councils, I18n i18n, CurrentUser currentUser) {
        this.councils = councils;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    /** The council of a space as one reader sees it, within one render. */
    private record Shared(String spaceKey, String reader) {}

    /**
     * As {@link #resolve(String, String)} for the page being rendered: the council of its space is read once per
     * render and reader, and again by the next render.
     */
    public Optional<Council> resolve(String parameter, ConversionContext context) throws MacroExecutionException {
        String spaceKey = context.getSpaceKey();
        if (parameter != null && !parameter.isBlank() || spaceKey == null) {
            return resolve(parameter, spaceKey);
        }
        return RenderShared.of(context).get(new Shared(spaceKey, currentUser.userKey().orElse("")),
                () -> councils.inSpace(spaceKey));
    }

    public Optional<Council> resolve(String parameter, String spaceKey) throws MacroExecutionException {
        if (parameter == null || parameter.isBlank()) {
            return councils.inSpace(spaceKey);
        }
        try {
            return Optional.of(councils.get(Integer.parseInt(parameter.trim())));
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.bad-parameter"));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.not-found"));
        }
    }
}
