package org.samraad.involvement;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.PersonMentions;
import org.samraad.council.TextMention;
import org.samraad.platform.I18n;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The involvement texts that may name a person although nothing about individual citizens belongs there: what we
 * heard from an actor and its easy-read version. Read and searched here (long texts are never filtered in SQL).
 */
@Component
@Order(4)
public class InvolvementTextMentions implements PersonMentions {
    private static final List<String> FIELDS = List.of("findings", "easyRead");

    private final ReadOnlySql sql;
    private final I18n i18n;

    public InvolvementTextMentions(ReadOnlySql sql, I18n i18n) {
        this.sql = sql;
        this.i18n = i18n;
    }

    @Override
    public List<TextMention> find(Collection<Integer> councilIds, Collection<String> names) {
        if (councilIds.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        return sql.query("SELECT a." + column("ID") + " AS a_id, COALESCE(o." + column("Name") + ", a."
                + column("Name") + ") AS a_title, a." + column("Findings") + " AS findings, a." + column("EasyRead")
                + " AS easyRead FROM " + table(InvolvementActorEntity.class) + " a LEFT JOIN "
                + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = a."
                + column("OrganisationId") + " WHERE a." + column("CouncilId") + " IN ("
                + placeholders(councilIds.size()) + ") ORDER BY a." + column("ID"), List.copyOf(councilIds), rows -> {
                    List<TextMention> found = new ArrayList<>();
                    while (rows.next()) {
                        for (String field : FIELDS) {
                            if (PersonMentions.mentions(rows.getString(field), names)) {
                                found.add(new TextMention("involvement", rows.getInt("a_id"), null, null, field,
                                        i18n.text("samraad.privacy.mention.involvement", rows.getString("a_title"),
                                                i18n.text("samraad.privacy.field." + field))));
                            }
                        }
                    }
                    return found;
                });
    }
}
