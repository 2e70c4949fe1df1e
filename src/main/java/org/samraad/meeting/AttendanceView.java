package org.samraad.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.samraad.council.MemberRole;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;
import org.samraad.platform.ReaderDates;

/**
 * What the attendance template shows; plain values only (every getter it calls is on the Velocity allowlist).
 * Texts with numbers and names are formatted here, in the reader's language.
 *
 * @param domId prefix for this macro's element ids (a page may show two)
 * @param version the attendance version the page was rendered with; a save sends it back
 * @param spaceKey the council's space, where the inline editor looks for guests' organisations
 * @param editable the live page view and the viewer may edit the council's space
 * @param invitedGuests the invited guests as {@link Guest}'s rule words them for the reader (never an address)
 * @param presentText who was present (substitutes named with whom they came for); null for nobody recorded
 * @param apologiesText who sent apologies, or null when nobody did
 * @param bodies the member rows under each body's heading (one "Members" part unless the meeting is joint)
 */
public record AttendanceView(
        int meetingId,
        String domId,
        String heading,
        String caption,
        int version,
        String spaceKey,
        boolean editable,
        List<AttendanceRowView> rows,
        List<GuestRowView> guests,
        List<String> invitedGuests,
        String quorumText,
        boolean quorate,
        List<OrganisationAttendanceView> byOrganisation,
        List<OptionView> statusOptions,
        String presentText,
        String apologiesText,
        List<AttendanceBodyView> bodies) {
    public AttendanceView {
        bodies = List.copyOf(bodies);
        rows = List.copyOf(rows);
        guests = List.copyOf(guests);
        invitedGuests = List.copyOf(invitedGuests);
        byOrganisation = List.copyOf(byOrganisation);
        statusOptions = List.copyOf(statusOptions);
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    public boolean hasGuests() {
        return !guests.isEmpty();
    }

    public boolean hasInvitedGuests() {
        return !invitedGuests.isEmpty();
    }

    /** Anything is recorded: the editor's button says "Change attendance" rather than "Record attendance". */
    public boolean recorded() {
        return !guests.isEmpty() || rows.stream().anyMatch(row -> !row.status().isEmpty());
    }

    public boolean hasByOrganisation() {
        return !byOrganisation.isEmpty();
    }

    static AttendanceView of(MeetingContext context, Attendance attendance, boolean editable, String domId, I18n i18n) {
        String title = context.meeting().title();
        String heading = title == null || title.isBlank() ? i18n.text("samraad.attendance.macro.heading-untitled")
                : i18n.text("samraad.attendance.macro.heading", title);
        Integer noteTaker = context.meeting().noteTaker();
        List<AttendanceRowView> rows = attendance.members().stream()
                .map(line -> row(line, attendance.members(), editable, noteTaker, i18n)).toList();
        String caption = i18n.text("samraad.attendance.macro.caption", ReaderDates.of(i18n).day(attendance.date()));
        List<AttendanceBodyView> bodies = new ArrayList<>();
        if (!attendance.joint()) {
            bodies.add(new AttendanceBodyView(i18n.text("samraad.attendance.macro.members"), domId + "-members",
                    caption, rows));
        } else {
            for (AttendanceBody body : attendance.bodies()) {
                List<AttendanceRowView> own = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (Integer.valueOf(body.councilId()).equals(attendance.members().get(i).councilId())) {
                        own.add(rows.get(i));
                    }
                }
                bodies.add(new AttendanceBodyView(i18n.text("samraad.attendance.macro.body", body.name()),
                        domId + "-members-" + body.councilId(),
                        i18n.text("samraad.attendance.macro.body-caption", body.name(),
                                ReaderDates.of(i18n).day(attendance.date())),
                        own));
            }
        }
        List<GuestRowView> guests = attendance.guests().stream().map(guest -> new GuestRowView(guest.displayName(),
                guest.organisationName(), text(guest.userKey()), text(guest.name()), text(guest.organisationId())))
                .toList();
        List<OrganisationAttendanceView> byOrganisation = attendance.byOrganisation().stream()
                .map(o -> new OrganisationAttendanceView(o.organisationName(), String.join(", ", o.people()))).toList();
        List<OptionView> statusOptions = new ArrayList<>();
        if (editable) {
            statusOptions.add(new OptionView("", i18n.text("samraad.attendance.status.none")));
            Arrays.stream(AttendanceStatus.values()).filter(s -> s != AttendanceStatus.GUEST)
                    .forEach(s -> statusOptions.add(new OptionView(s.name(), statusText(s, i18n))));
        }
        // the attendance reads first, as minutes do: who was there and who sent apologies, then the table
        return new AttendanceView(context.meeting().id(), domId, heading, caption, attendance.version(),
                context.spaceKey(), editable, rows, guests,
                attendance.invitedGuests().stream().map(Guest::displayName).toList(),
                quorumText(attendance.quorum(), i18n),
                attendance.quorum().quorate(), byOrganisation, statusOptions,
                present(attendance.members(), i18n),
                names(attendance.members(), AttendanceStatus.APOLOGIES), bodies);
    }

    /** Members present in their own right, then each substitute who came, "Sofie (for Per)". Null for nobody. */
    private static String present(List<AttendanceLine> members, I18n i18n) {
        List<String> names = new ArrayList<>();
        members.stream().filter(line -> line.status() == AttendanceStatus.PRESENT)
                .forEach(line -> names.add(line.displayName()));
        members.stream().filter(line -> line.status() == AttendanceStatus.SUBSTITUTE_ATTENDED
                        && line.substituteName() != null)
                .forEach(line -> names.add(i18n.text("samraad.attendance.macro.substitute-for", line.substituteName(),
                        line.displayName())));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String names(List<AttendanceLine> members, AttendanceStatus status) {
        List<String> names = members.stream().filter(line -> line.status() == status)
                .map(AttendanceLine::displayName).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** "7 of 12 voting members present, including 1 substitute: enough voting members are present to make decisions." */
    static String quorumText(Quorum quorum, I18n i18n) {
        return quorumText(quorum, i18n::text);
    }

    /** As above, in the texts given (the council's language for what is written into a page). */
    static String quorumText(Quorum quorum, MinutesStorageFormat.Texts i18n) {
        if (quorum.members() == 0) {
            return i18n.text("samraad.attendance.quorum.no-members");
        }
        String present = quorum.substitutes() == 0
                ? i18n.text("samraad.attendance.quorum.present", quorum.present(), quorum.members())
                : quorum.substitutes() == 1
                ? i18n.text("samraad.attendance.quorum.present-one-substitute", quorum.present(), quorum.members())
                : i18n.text("samraad.attendance.quorum.present-substitutes", quorum.present(), quorum.members(),
                        quorum.substitutes());
        String verdict = quorum.quorate() ? i18n.text("samraad.attendance.quorum.quorate")
                : i18n.text("samraad.attendance.quorum.not-quorate", quorum.required());
        return i18n.text("samraad.attendance.quorum.sentence", present, verdict);
    }

    private static AttendanceRowView row(AttendanceLine line, List<AttendanceLine> all, boolean editable,
            Integer noteTaker, I18n i18n) {
        List<OptionView> options = new ArrayList<>();
        if (editable) {
            // the member's personal substitutes first, then the council's other substitutes
            options.add(new OptionView("", i18n.text("samraad.attendance.substitute.none")));
            all.stream().filter(other -> line.memberId().equals(other.substituteForId()))
                    .forEach(other -> options.add(option(other)));
            all.stream().filter(other -> other.role() == MemberRole.SUBSTITUTE
                    && java.util.Objects.equals(other.councilId(), line.councilId())
                    && !line.memberId().equals(other.memberId()) && !line.memberId().equals(other.substituteForId()))
                    .forEach(other -> options.add(option(other)));
        }
        String status = line.status() == null ? "" : line.status().name();
        String statusText = line.status() == null ? i18n.text("samraad.attendance.status.none")
                : statusText(line.status(), i18n);
        return new AttendanceRowView(line.memberId(), line.displayName(), line.nameHidden(),
                i18n.text("samraad.member.role." + line.role().name()), line.organisationName(), status, statusText,
                text(line.substituteId()), line.substituteName(), options,
                i18n.text("samraad.attendance.macro.status-of", line.displayName()),
                i18n.text("samraad.attendance.macro.substitute-of", line.displayName()),
                line.alsoIn().isEmpty() ? null
                        : i18n.text("samraad.attendance.macro.also-in", String.join(", ", line.alsoIn())),
                line.memberId().equals(noteTaker) ? i18n.text("samraad.attendance.macro.note-taker") : null);
    }

    private static OptionView option(AttendanceLine member) {
        return new OptionView(String.valueOf(member.memberId()), member.displayName());
    }

    static String statusText(AttendanceStatus status, I18n i18n) {
        return i18n.text("samraad.attendance.status." + status.name());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
