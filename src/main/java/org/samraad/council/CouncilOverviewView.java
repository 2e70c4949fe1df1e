package org.samraad.council;

import java.util.Arrays;
import java.util.List;

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
                paragraphs(council.purpose()),
                counts.members(),
                counts.meetings(),
                counts.openActions(),
                counts.openHearings());
    }

    /** Blank lines separate paragraphs, so plain text typed by a secretary reads as written. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
    }
}
