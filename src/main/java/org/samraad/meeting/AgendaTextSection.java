package org.samraad.meeting;

import java.util.List;

/** One text of an item under its own heading (case presentation, recommendation, decision …), as paragraphs. */
public record AgendaTextSection(String kind, String heading, List<String> paragraphs) {
    public AgendaTextSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
