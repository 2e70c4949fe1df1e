package org.samraad.action;

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
 * The action texts that may name a person: title, description and progress note, and the earlier values of those
 * fields kept in the history. Long texts are never filtered in SQL, so they are read and searched here.
 */
@Component
@Order(2)
public class ActionTextMentions implements PersonMentions {
    private static final List<String> FIELDS = List.of("title", "description", "progressNote");

    private final ReadOnlySql sql;
    private final I18n i18n;

    public ActionTextMentions(ReadOnlySql sql, I18n i18n) {
        this.sql = sql;
        this.i18n = i18n;
    }

    @Override
    public List<TextMention> find(Collection<Integer> councilIds, Collection<String> names) {
        if (councilIds.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        String in = placeholders(councilIds.size());
        List<TextMention> mentions = new ArrayList<>(sql.query("SELECT " + column("ID") + " AS a_id, "
                + column("Title") + " AS title, " + column("Description") + " AS description, " + column("Progress")
                + " AS progressNote FROM " + table(ActionItemEntity.class)
                + " WHERE " + column("CouncilId") + " IN (" + in + ") ORDER BY " + column("ID"),
                List.copyOf(councilIds), rows -> {
                    List<TextMention> found = new ArrayList<>();
                    while (rows.next()) {
                        for (String field : FIELDS) {
                            if (PersonMentions.mentions(rows.getString(field), names)) {
                                found.add(mention("action", rows.getInt("a_id"), rows.getString("title"), field));
                            }
                        }
                    }
                    return found;
                }));
        List<Object> parameters = new ArrayList<>(FIELDS);
        parameters.addAll(councilIds);
        mentions.addAll(sql.query("SELECT a." + column("ID") + " AS a_id, a." + column("Title") + " AS a_title, h."
                + column("ChangeKind") + " AS h_change_kind, h." + column("OldValue") + " AS h_old_value, h."
                + column("NewValue") + " AS h_new_value FROM " + table(ActionHistoryEntity.class)
                + " h JOIN " + table(ActionItemEntity.class) + " a ON a." + column("ID") + " = h." + column("ActionId")
                + " WHERE h." + column("ChangeKind") + " IN (?, ?, ?) AND a." + column("CouncilId") + " IN (" + in
                + ") ORDER BY a." + column("ID") + ", h." + column("ID"), parameters, rows -> {
                    // one mention per action and field, however many changes of it name the person
                    Set<List<Object>> seen = new LinkedHashSet<>();
                    List<TextMention> found = new ArrayList<>();
                    while (rows.next()) {
                        String field = rows.getString("h_change_kind");
                        boolean named = PersonMentions.mentions(rows.getString("h_old_value"), names)
                                || PersonMentions.mentions(rows.getString("h_new_value"), names);
                        if (named && seen.add(List.of(rows.getInt("a_id"), field))) {
                            found.add(mention("actionHistory", rows.getInt("a_id"), rows.getString("a_title"), field));
                        }
                    }
                    return found;
                }));
        return mentions;
    }

    private TextMention mention(String kind, int actionId, String title, String field) {
        String key = kind.equals("action") ? "samraad.privacy.mention.action" : "samraad.privacy.mention.action-history";
        return new TextMention(kind, actionId, null, null, field,
                i18n.text(key, title, i18n.text("samraad.privacy.field." + field)));
    }
}
