package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.PersonMentions;
import org.samraad.council.TextMention;
import org.samraad.platform.I18n;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agenda texts that may name a person: an item's presenter typed as a name, case presentation, recommendation,
 * decision, dissent and easy-read version. Long texts are never filtered in SQL, so the council's items are read
 * and searched here; erasure is rare.
 */
@Component
@Order(1)
public class AgendaTextMentions implements PersonMentions {
    private static final String I = "i.";
    private static final Map<String, String> FIELDS = fields();

    private final ReadOnlySql sql;
    private final I18n i18n;

    public AgendaTextMentions(ReadOnlySql sql, I18n i18n) {
        this.sql = sql;
        this.i18n = i18n;
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("presenterName", "PresenterName");
        fields.put("casePresentation", "CasePresentation");
        fields.put("recommendation", "Recommendation");
        fields.put("decision", "Decision");
        fields.put("dissent", "Dissent");
        fields.put("easyRead", "EasyRead");
        return fields;
    }

    @Override
    public List<TextMention> find(Collection<Integer> councilIds, Collection<String> names) {
        if (councilIds.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>(List.of(I + column("ID") + " AS i_id", I + column("MeetingId")
                + " AS i_meeting_id", "m." + column("Title") + " AS m_title", I + column("Title") + " AS i_title"));
        // each text under the name of its field, which is also its label
        FIELDS.forEach((field, property) -> columns.add(I + column(property) + " AS " + field));
        String query = "SELECT " + String.join(", ", columns) + " FROM " + table(AgendaItemEntity.class) + " i JOIN "
                + table(MeetingEntity.class) + " m ON m." + column("ID") + " = i." + column("MeetingId")
                + " WHERE m." + column("CouncilId") + " IN (" + placeholders(councilIds.size())
                + ") ORDER BY m." + column("StartsAt") + ", m." + column("ID") + ", i." + column("SortOrder") + ", i."
                + column("ID");
        return sql.query(query, List.copyOf(councilIds), rows -> {
            List<TextMention> mentions = new ArrayList<>();
            int meeting = -1;
            int number = 0;
            while (rows.next()) {
                int meetingId = rows.getInt("i_meeting_id");
                number = meetingId == meeting ? number + 1 : 1;
                meeting = meetingId;
                for (String field : FIELDS.keySet()) {
                    if (PersonMentions.mentions(rows.getString(field), names)) {
                        mentions.add(new TextMention("agendaItem", rows.getInt("i_id"), meetingId, number, field,
                                i18n.text("samraad.privacy.mention.agenda-item", rows.getString("m_title"), number,
                                        rows.getString("i_title"), i18n.text("samraad.privacy.field." + field))));
                    }
                }
            }
            return mentions;
        });
    }
}
