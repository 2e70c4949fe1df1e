package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.samraad.council.PersonMentions;
import org.samraad.council.TextMention;
import org.samraad.platform.I18n;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The hearing texts that may name a person: summary, the council's response, dissenting views, the easy-read
 * summary, the outcome, and the notes of the workflow's moves. Read and searched here (long texts are never
 * filtered in SQL).
 */
@Component
@Order(3)
public class HearingTextMentions implements PersonMentions {
    private static final List<String> FIELDS = List.of("summary", "response", "dissent", "easyRead", "outcome");

    private final ReadOnlySql sql;
    private final I18n i18n;

    public HearingTextMentions(ReadOnlySql sql, I18n i18n) {
        this.sql = sql;
        this.i18n = i18n;
    }

    @Override
    public List<TextMention> find(Collection<Integer> councilIds, Collection<String> names) {
        if (councilIds.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        String in = placeholders(councilIds.size());
        return sql.query("SELECT h." + column("ID") + " AS h_id, h." + column("Subject") + " AS h_subject, h."
                + column("Summary") + " AS summary, h." + column("Response") + " AS response, h." + column("Dissent")
                + " AS dissent, h." + column("EasyRead") + " AS easyRead, h." + column("Outcome") + " AS outcome, e."
                + column("Note") + " AS e_note FROM " + table(HearingEntity.class) + " h LEFT JOIN "
                + table(HearingEventEntity.class) + " e ON e." + column("HearingId") + " = h." + column("ID")
                + " WHERE h." + column("CouncilId") + " IN (" + in + ") ORDER BY h." + column("ID") + ", e."
                + column("ID"), List.copyOf(councilIds), rows -> {
                    // a hearing's own fields repeat on each of its event rows: one mention per hearing and field
                    Set<List<Object>> seen = new LinkedHashSet<>();
                    List<TextMention> found = new ArrayList<>();
                    while (rows.next()) {
                        int id = rows.getInt("h_id");
                        for (String field : FIELDS) {
                            if (PersonMentions.mentions(rows.getString(field), names) && seen.add(List.of(id, field))) {
                                found.add(mention(id, rows.getString("h_subject"), field));
                            }
                        }
                        if (PersonMentions.mentions(rows.getString("e_note"), names) && seen.add(List.of(id, "eventNote"))) {
                            found.add(mention(id, rows.getString("h_subject"), "eventNote"));
                        }
                    }
                    return found;
                });
    }

    private TextMention mention(int hearingId, String subject, String field) {
        return new TextMention("hearing", hearingId, null, null, field, i18n.text("samraad.privacy.mention.hearing",
                subject, i18n.text("samraad.privacy.field." + field)));
    }
}
