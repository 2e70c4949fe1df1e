package org.samraad.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;

/**
 * The meeting header's "Edit meeting" form for whoever may change the meeting (space editors, the rule of
 * {@code PUT /meetings/{id}}): the facts as stored, as the form's inputs take them, and whether "Delete meeting" is
 * offered — only while {@link MeetingService#delete} allows it, i.e. until the minutes are approved.
 *
 * @param title sent back unchanged, so a change of date keeps the title the meeting and its page have
 * @param meetingsHref where a deleted meeting's page sends the reader: the council's space home, with its meetings
 */
public record MeetingEditView(
        String kind,
        List<OptionView> kinds,
        String date,
        String startTime,
        String endTime,
        String place,
        boolean openToPublic,
        String title,
        boolean deletable,
        String deleteConfirm,
        String meetingsHref) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    static MeetingEditView of(Meeting m, String meetingsHref, I18n i18n) {
        List<OptionView> kinds = Arrays.stream(MeetingKind.values())
                .map(k -> new OptionView(k.name(), i18n.text("samraad.meeting.kind." + k.name()))).toList();
        return new MeetingEditView(m.kind().name(), kinds, m.startsAt().toLocalDate().toString(),
                TIME.format(m.startsAt()), m.endsAt() == null ? "" : TIME.format(m.endsAt()),
                m.place() == null ? "" : m.place(), m.openToPublic(), m.title() == null ? "" : m.title(),
                !m.status().decisionsLocked(), i18n.text("samraad.meeting.delete.confirm", m.title()), meetingsHref);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
