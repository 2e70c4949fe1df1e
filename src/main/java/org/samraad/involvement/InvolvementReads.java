package org.samraad.involvement;

import java.util.List;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * A council's whole process in two statements (the process's row, then its actors), for the coverage, the CSV and
 * the macro; with the council's own look-up, three.
 */
@Component
public class InvolvementReads {
    private final CouncilService councils;
    private final InvolvementSettingsService settings;
    private final InvolvementActors actors;
    private final I18n i18n;

    public InvolvementReads(CouncilService councils, InvolvementSettingsService settings, InvolvementActors actors,
            I18n i18n) {
        this.councils = councils;
        this.settings = settings;
        this.actors = actors;
        this.i18n = i18n;
    }

    /** The process of a council the caller may view (the caller of {@link CouncilService#get} checked it). */
    InvolvementProcess process(Council council) {
        StoredSettings stored = settings.stored(council.id());
        List<ActorRow> rows = actors.rows(council);
        return new InvolvementProcess(council, stored, rows, actors.shownAll(rows),
                CoverageMatrix.of(council.id(), stored, rows, i18n));
    }

    InvolvementProcess process(int councilId) {
        return process(councils.get(councilId));
    }

    public Coverage coverage(int councilId) {
        return process(councilId).coverage();
    }

    /** The process as read for one caller: the actors as the caller may see them, and the coverage. */
    record InvolvementProcess(Council council, StoredSettings settings, List<ActorRow> rows,
            List<InvolvementActor> actors, Coverage coverage) {}
}
