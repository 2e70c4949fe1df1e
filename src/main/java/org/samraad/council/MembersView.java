package org.samraad.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;
import org.samraad.platform.ReaderDates;

/**
 * What the members template shows; plain values only (the template may call nothing else, and every getter it
 * calls is on the Velocity allowlist). Built from a {@link MemberList}, whose members already passed
 * {@link MemberVisibility}: this class never decides what is hidden, it only leaves out columns that would be
 * empty for the viewer.
 *
 * @param domId prefix for the element ids of this macro on the page (a page may show two member lists)
 * @param showPrivate the viewer is an insider: the per-diem and contact columns are shown
 * @param editable display mode and the viewer is a space editor: inline editing is offered
 */
public record MembersView(
        int councilId,
        String domId,
        String heading,
        String statusText,
        boolean complete,
        boolean hasSeats,
        List<SeatLineView> seats,
        String termsEndingHeading,
        List<TermLineView> termsEnding,
        List<ChairLineView> chairs,
        boolean groupedBySeat,
        List<MemberGroupView> groups,
        boolean showPrivate,
        boolean editable,
        boolean administrator,
        boolean interactive,
        String csvPath,
        List<OptionView> roleOptions,
        List<OptionView> seatOptions,
        List<OptionView> organisationOptions,
        List<OptionView> memberOptions,
        List<OptionView> groupOptions) {

    public MembersView {
        seats = List.copyOf(seats);
        termsEnding = List.copyOf(termsEnding);
        chairs = List.copyOf(chairs);
        groups = List.copyOf(groups);
        roleOptions = List.copyOf(roleOptions);
        seatOptions = List.copyOf(seatOptions);
        organisationOptions = List.copyOf(organisationOptions);
        memberOptions = List.copyOf(memberOptions);
        groupOptions = List.copyOf(groupOptions);
    }

    public boolean hasTermsEnding() {
        return !termsEnding.isEmpty();
    }

    public boolean hasChairs() {
        return !chairs.isEmpty();
    }

    public boolean hasGroups() {
        return !groups.isEmpty();
    }

    static MembersView of(MemberList list, boolean groupBySeat, boolean interactive, String domId, I18n i18n) {
        Composition composition = list.composition();
        Map<Integer, Seat> seatsById = list.seats().stream().collect(Collectors.toMap(Seat::id, Function.identity()));
        Map<Integer, Member> membersById = list.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<Member> current = list.current();
        Viewer viewer = list.viewer();
        Lines lines = new Lines(seatsById, membersById, groupBySeat, viewer.insider(), i18n);

        List<SeatLineView> seatLines = composition.seats().stream().map(s -> new SeatLineView(
                s.seatId(),
                SeatLabels.of(s, i18n), s.required(), s.filled(), s.vacancies(),
                i18n.text("samraad.composition.filled-of", s.filled(), s.required()),
                s.vacancies() > 0 ? i18n.text("samraad.composition.seat.vacant", s.vacancies())
                        : s.overFilled() ? i18n.text("samraad.composition.seat.over-filled", s.filled() - s.required())
                        : i18n.text("samraad.composition.seat.filled"))).toList();

        List<TermLineView> terms = composition.termsEndingSoon().stream()
                .filter(t -> membersById.containsKey(t.memberId()))
                .map(t -> new TermLineView(
                        membersById.get(t.memberId()).displayName(),
                        t.seatId() == null || !seatsById.containsKey(t.seatId()) ? null
                                : SeatLabels.of(seatsById.get(t.seatId()), i18n),
                        t.termEnd().toString(),
                        ReaderDates.of(i18n).day(t.termEnd()),
                        t.daysLeft() == 0 ? i18n.text("samraad.composition.ends-today")
                                : i18n.text("samraad.composition.days-left", t.daysLeft())))
                .toList();

        List<ChairLineView> chairs = groupBySeat
                ? current.stream().filter(m -> m.serving() && m.role().isUnique())
                        .map(m -> new ChairLineView(i18n.text("samraad.member.role." + m.role().name()), m.displayName()))
                        .toList()
                : List.of();

        List<MemberGroupView> groups = new ArrayList<>();
        if (groupBySeat) {
            for (Seat seat : list.seats()) {
                addGroup(groups, SeatLabels.of(seat, i18n),
                        current.stream().filter(m -> Objects.equals(m.seatId(), seat.id())).toList(), lines, i18n);
            }
            addGroup(groups, i18n.text("samraad.member.group.no-seat"),
                    current.stream().filter(m -> m.seatId() == null || !seatsById.containsKey(m.seatId())).toList(),
                    lines, i18n);
        } else {
            for (MemberRole role : MemberRole.values()) {
                addGroup(groups, i18n.text("samraad.member.group.role." + role.name()),
                        current.stream().filter(m -> m.role() == role).toList(), lines, i18n);
            }
        }

        String statusText = composition.seats().isEmpty() ? i18n.text("samraad.composition.no-seats")
                : composition.complete() ? i18n.text("samraad.composition.complete", composition.required())
                : i18n.text("samraad.composition.incomplete", composition.vacancies(), composition.required());

        boolean editable = interactive && viewer.editor();
        return new MembersView(
                list.council().id(),
                domId,
                i18n.text("samraad.member.heading", list.council().name()),
                statusText,
                composition.complete(),
                !composition.seats().isEmpty(),
                seatLines,
                i18n.text("samraad.composition.terms-ending", composition.termEndingWithinDays()),
                terms,
                chairs,
                groupBySeat,
                groups,
                viewer.insider(),
                editable,
                editable && viewer.administrator(),
                interactive,
                "/rest/samraad/1.0/councils/" + list.council().id() + "/members.csv",
                editable ? roleOptions(i18n) : List.of(),
                editable ? list.seats().stream().map(s -> new OptionView(String.valueOf(s.id()), SeatLabels.of(s, i18n))).toList()
                        : List.of(),
                editable ? organisationOptions(list) : List.of(),
                editable ? current.stream().map(m -> new OptionView(String.valueOf(m.id()), m.displayName())).toList()
                        : List.of(),
                editable ? groupOptions(i18n) : List.of());
    }

    private static void addGroup(List<MemberGroupView> groups, String heading, List<Member> members, Lines lines, I18n i18n) {
        if (!members.isEmpty()) {
            groups.add(new MemberGroupView(heading, i18n.text("samraad.member.table.caption", heading, members.size()),
                    members.stream().map(lines::of).toList()));
        }
    }

    private static List<OptionView> roleOptions(I18n i18n) {
        return Arrays.stream(MemberRole.values())
                .map(r -> new OptionView(r.name(), i18n.text("samraad.member.role." + r.name())))
                .toList();
    }

    private static List<OptionView> groupOptions(I18n i18n) {
        return Arrays.stream(SeatGroup.values())
                .map(g -> new OptionView(g.name(), i18n.text("samraad.seat.group." + g.name())))
                .toList();
    }

    /** The organisations this list already refers to; the script adds the rest of the directory when it can. */
    private static List<OptionView> organisationOptions(MemberList list) {
        Map<Integer, String> names = new TreeMap<>();
        list.seats().stream().filter(s -> s.organisationId() != null && s.organisationName() != null)
                .forEach(s -> names.put(s.organisationId(), s.organisationName()));
        list.members().stream().filter(m -> m.organisationId() != null && m.organisationName() != null)
                .forEach(m -> names.put(m.organisationId(), m.organisationName()));
        return names.entrySet().stream().map(e -> new OptionView(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    /** Turns members into rows for one grouping. */
    private record Lines(
            Map<Integer, Seat> seats, Map<Integer, Member> members, boolean groupBySeat, boolean insider, I18n i18n) {
        MemberLineView of(Member m) {
            String kind = groupBySeat
                    ? i18n.text("samraad.member.role." + m.role().name())
                    : m.seatId() == null || !seats.containsKey(m.seatId()) ? null : SeatLabels.of(seats.get(m.seatId()), i18n);
            Member principal = m.substituteForId() == null ? null : members.get(m.substituteForId());
            return new MemberLineView(
                    m.id(),
                    m.version(),
                    m.displayName(),
                    m.nameHidden(),
                    kind,
                    m.organisationName(),
                    day(m.termStart()),
                    day(m.termEnd()),
                    principal == null ? null : principal.displayName(),
                    m.perDiemEligible() == null ? null
                            : i18n.text(m.perDiemEligible() ? "samraad.member.yes" : "samraad.member.no"),
                    m.email(),
                    m.phone(),
                    m.postalAddress(),
                    ReaderDates.of(i18n).shortDay(m.termStart()),
                    ReaderDates.of(i18n).shortDay(m.termEnd()));
        }

        private static String day(LocalDate day) {
            return day == null ? null : day.toString();
        }
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
