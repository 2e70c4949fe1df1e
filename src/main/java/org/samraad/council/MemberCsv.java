package org.samraad.council;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The member list as a spreadsheet: the current members as the caller may see them (the same {@link Member}s the
 * macro shows, so the same visibility rules), with headings in the caller's language. The contact columns are
 * always there, so the layout does not depend on who downloads it; for callers who may not see them they are
 * empty. Three statements: council, seats, members.
 */
@Component
public class MemberCsv {
    private final CouncilService councils;
    private final MemberService members;
    private final I18n i18n;

    public MemberCsv(CouncilService councils, MemberService members, I18n i18n) {
        this.councils = councils;
        this.members = members;
        this.i18n = i18n;
    }

    public String export(int councilId) {
        return write(members.memberList(councils.get(councilId)));
    }

    String write(MemberList list) {
        Map<Integer, String> seatNames = list.seats().stream()
                .collect(Collectors.toMap(Seat::id, seat -> SeatLabels.of(seat, i18n)));
        Map<Integer, String> names = list.members().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        CsvWriter csv = new CsvWriter().row(List.of(
                i18n.text("samraad.member.field.name"),
                i18n.text("samraad.member.field.role"),
                i18n.text("samraad.member.field.seat"),
                i18n.text("samraad.member.field.organisation"),
                i18n.text("samraad.member.field.substitute-for"),
                i18n.text("samraad.member.field.term-start"),
                i18n.text("samraad.member.field.term-end"),
                i18n.text("samraad.member.field.per-diem"),
                i18n.text("samraad.member.field.publish-consent"),
                i18n.text("samraad.member.field.email"),
                i18n.text("samraad.member.field.phone"),
                i18n.text("samraad.member.field.postal-address")));
        for (Member m : list.current()) {
            csv.row(Arrays.asList(
                    m.displayName(),
                    i18n.text("samraad.member.role." + m.role().name()),
                    m.seatId() == null ? null : seatNames.get(m.seatId()),
                    m.organisationName(),
                    m.substituteForId() == null ? null : names.get(m.substituteForId()),
                    day(m.termStart()),
                    day(m.termEnd()),
                    yesNo(m.perDiemEligible()),
                    yesNo(m.publishConsent()),
                    m.email(),
                    m.phone(),
                    m.postalAddress()));
        }
        return csv.text();
    }

    private String yesNo(Boolean value) {
        return value == null ? null : i18n.text(value ? "samraad.member.yes" : "samraad.member.no");
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
