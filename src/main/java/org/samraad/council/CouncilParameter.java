package org.samraad.council;

import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Optional;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The {@code council} parameter of the council macros: a council's number, or empty for the council of the page's
 * space. A bad number or a council the reader cannot see is an error box, never someone else's data.
 */
@Component
public class CouncilParameter {
    private final CouncilService councils;
    private final I18n i18n;

    public CouncilParameter(CouncilService councils, I18n i18n) {
        this.councils = councils;
        this.i18n = i18n;
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
