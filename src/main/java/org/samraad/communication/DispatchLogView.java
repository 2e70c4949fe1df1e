package org.samraad.communication;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/**
 * The dispatch log as the macro prints it: what went out, to whom, when, and who is on the print pack.
 *
 * @param printPack the print pack's address when the latest agenda or minutes dispatch left someone unreached
 */
public record DispatchLogView(String domId, List<DispatchLogLineView> lines, String printPack) {
    public DispatchLogView {
        lines = List.copyOf(lines);
    }

    public boolean hasLines() {
        return !lines.isEmpty();
    }

    static DispatchLogView of(List<DispatchLogEntry> entries, ZoneId zone, String domId, String printPack, I18n i18n) {
        ReaderDates dates = ReaderDates.of(i18n);
        List<DispatchLogLineView> lines = entries.stream().map(e -> new DispatchLogLineView(
                i18n.text("samraad.communication.kind." + e.kind().name()), e.recipientName(),
                i18n.text("samraad.communication.outcome." + e.outcome().name()),
                e.outcome() == DispatchOutcome.NO_ADDRESS, e.dispatchedAt().toString(),
                dates.shortDayTime(LocalDateTime.ofInstant(e.dispatchedAt(), zone)))).toList();
        return new DispatchLogView(domId, lines, printPack);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
