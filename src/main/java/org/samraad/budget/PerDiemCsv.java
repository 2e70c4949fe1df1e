package org.samraad.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * A year's approved per-diems for payroll, as a spreadsheet: one row per member and meeting, headings in the
 * caller's language, amounts with the language's decimal sign (Danish and Swedish Excel read "350,00").
 * Three statements: the council, the secretariat's check, the lines.
 */
@Component
public class PerDiemCsv {
    private final CouncilService councils;
    private final BudgetService budgets;
    private final PerDiemQuery query;
    private final PerDiemService perDiems;
    private final I18n i18n;

    public PerDiemCsv(CouncilService councils, BudgetService budgets, PerDiemQuery query, PerDiemService perDiems,
            I18n i18n) {
        this.councils = councils;
        this.budgets = budgets;
        this.query = query;
        this.perDiems = perDiems;
        this.i18n = i18n;
    }

    /** The file's text and the year it covers. */
    public record Export(String text, int year) {}

    public Export export(int councilId, String yearText) {
        Council council = councils.get(councilId);
        int year = budgets.year(council, yearText);
        budgets.secretariatRead(council, year);
        ZoneId zone = CouncilZone.forLocale(council.locale());
        CsvWriter csv = new CsvWriter().row(List.of(
                i18n.text("samraad.perdiem.csv.date"),
                i18n.text("samraad.perdiem.csv.meeting"),
                i18n.text("samraad.perdiem.csv.name"),
                i18n.text("samraad.perdiem.csv.substitute"),
                i18n.text("samraad.perdiem.csv.km"),
                i18n.text("samraad.perdiem.csv.per-diem"),
                i18n.text("samraad.perdiem.csv.transport"),
                i18n.text("samraad.perdiem.csv.amount"),
                i18n.text("samraad.perdiem.csv.currency")));
        List<Named> lines = query.payroll(council.id(), year).stream()
                .map(line -> new Named(line, perDiems.name(line.person())))
                .sorted(Comparator.comparing((Named n) -> n.line().startsAt())
                        .thenComparing(n -> n.line().title() == null ? "" : n.line().title())
                        .thenComparing(Named::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        for (Named named : lines) {
            PerDiemQuery.PayrollLine line = named.line();
            PerDiemQuery.Person person = line.person();
            csv.row(Arrays.asList(
                    LocalDate.ofInstant(line.startsAt(), zone).toString(),
                    line.title(),
                    named.name(),
                    i18n.text(person.substitute() ? "samraad.action.yes" : "samraad.action.no"),
                    person.km() == null ? null : String.valueOf(person.km()),
                    amount(person.perDiem()),
                    amount(person.transport()),
                    amount(person.perDiem() + person.transport()),
                    line.currency()));
        }
        return new Export(csv.text(), year);
    }

    /** A line with the person's name as the secretariat reads it, for sorting by name within a meeting. */
    private record Named(PerDiemQuery.PayrollLine line, String name) {}

    private String amount(long minorUnits) {
        return i18n.text("samraad.budget.csv-amount", BigDecimal.valueOf(minorUnits, 2));
    }
}
