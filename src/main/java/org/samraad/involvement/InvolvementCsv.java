package org.samraad.involvement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The actors as a spreadsheet for Excel (UTF-8 with BOM, semicolons), headings, forms, statuses and the covered
 * target groups and dimensions in the caller's language, under the same visibility rules as the list. Three
 * statements: the council, the process, the actors.
 */
@Component
public class InvolvementCsv {
    private final InvolvementReads reads;
    private final I18n i18n;

    public InvolvementCsv(InvolvementReads reads, I18n i18n) {
        this.reads = reads;
        this.i18n = i18n;
    }

    public String export(int councilId) {
        InvolvementReads.InvolvementProcess process = reads.process(councilId);
        Map<Integer, String> groups = names(process.settings().targetGroups());
        Map<Integer, String> dimensions = names(process.settings().dimensions());
        CsvWriter csv = new CsvWriter().row(List.of(
                i18n.text("samraad.involvement.field.actor"),
                i18n.text("samraad.involvement.field.forms"),
                i18n.text("samraad.involvement.field.status"),
                i18n.text("samraad.involvement.field.planned-on"),
                i18n.text("samraad.involvement.field.held-on"),
                i18n.text("samraad.involvement.field.staff"),
                i18n.text("samraad.involvement.field.contact"),
                i18n.text("samraad.involvement.field.target-groups"),
                i18n.text("samraad.involvement.field.dimensions"),
                i18n.text("samraad.involvement.field.findings"),
                i18n.text("samraad.involvement.field.easy-read")));
        for (InvolvementActor a : process.actors()) {
            csv.row(Arrays.asList(
                    a.title(),
                    a.forms().stream().map(f -> i18n.text("samraad.involvement.form." + f.name()))
                            .collect(Collectors.joining(", ")),
                    i18n.text("samraad.involvement.status." + a.status().name()),
                    day(a.plannedOn()),
                    day(a.heldOn()),
                    a.staffName(),
                    a.contactName(),
                    join(a.targetGroupIds(), groups),
                    join(a.dimensionIds(), dimensions),
                    a.findings(),
                    a.easyRead()));
        }
        return csv.text();
    }

    static Map<Integer, String> names(List<InvolvementTopic> topics) {
        return topics.stream().collect(Collectors.toMap(InvolvementTopic::id, InvolvementTopic::name));
    }

    /** The names of the ids that are still topics of the process, in the actor's order. */
    static String join(List<Integer> ids, Map<Integer, String> names) {
        return ids.stream().map(names::get).filter(name -> name != null).collect(Collectors.joining(", "));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

}
