package org.samraad.council;

import java.util.List;
import org.samraad.platform.Paragraphs;

/** What the council overview template shows; plain values only (the template may call nothing else). */
public record CouncilOverviewView(
        int id,
        String name,
        String kind,
        List<String> purposeParagraphs,
        int members,
        int meetings,
        int openActions,
        int openHearings) {

    public CouncilOverviewView {
        purposeParagraphs = List.copyOf(purposeParagraphs);
    }

    static CouncilOverviewView of(Council council, CouncilCounts counts) {
        return new CouncilOverviewView(
                council.id(),
                council.name(),
                council.kind().name(),
                Paragraphs.of(council.purpose()),
                counts.members(),
                counts.meetings(),
                counts.openActions(),
                counts.openHearings());
    }

    /**
     * Short on purpose: Velocity 1.7 calls toString() on each {@code #if($view)} to tell null from not
     * ({@code directive.if.tostring.nullcheck}), and a record's own toString would write out every row of the page.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
