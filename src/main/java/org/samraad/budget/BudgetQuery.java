package org.samraad.budget;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.ServingMemberSql;
import org.samraad.platform.Validation;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A council's budget of a year in ONE statement: the budget with its lines (none for a year never saved), the sum
 * and count of the year's approved per-diem lists, and whether the caller serves as the council's secretary (the
 * secretariat's check needs it, so reading the budget and deciding who may see it cost the same statement).
 */
@Component
public class BudgetQuery {
    private static final String SQL = "SELECT b." + column("ID") + " AS b_id, b." + column("Currency")
            + " AS b_currency, b." + column("PerDiemRate") + " AS b_per_diem, b." + column("TransportRate")
            + " AS b_transport, b." + column("TransportAmount") + " AS b_transport_amount, b." + column("Version")
            + " AS b_version, l." + column("Category") + " AS l_category, l." + column("Planned") + " AS l_planned, l."
            + column("Spent") + " AS l_spent, (SELECT COALESCE(SUM(pl." + column("PerDiem") + " + pl."
            + column("Transport") + "), 0) FROM " + table(PerDiemLineEntity.class) + " pl JOIN "
            + table(PerDiemListEntity.class) + " p ON p." + column("MeetingId") + " = pl." + column("MeetingId")
            + " WHERE p." + column("CouncilId") + " = c." + column("ID") + " AND p." + column("Approved")
            + " = ? AND p." + column("BudgetYear") + " = ?) AS approved_total, (SELECT COUNT(*) FROM "
            + table(PerDiemListEntity.class) + " q WHERE q." + column("CouncilId") + " = c." + column("ID")
            + " AND q." + column("Approved") + " = ? AND q." + column("BudgetYear") + " = ?) AS approved_meetings, "
            + ServingMemberSql.countOf("cs", "c." + column("ID"), role -> role == MemberRole.SECRETARY)
            + " AS caller_secretary FROM " + table(CouncilEntity.class) + " c LEFT JOIN " + table(BudgetEntity.class)
            + " b ON b." + column("CouncilId") + " = c." + column("ID") + " AND b." + column("BudgetYear")
            + " = ? LEFT JOIN " + table(BudgetLineEntity.class) + " l ON l." + column("BudgetId") + " = b."
            + column("ID") + " WHERE c." + column("ID") + " = ?";

    private final ReadOnlySql sql;

    public BudgetQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** What is stored of a year's budget, as read. */
    record Stored(Integer budgetId, String currency, BudgetRates rates, int version,
            Map<BudgetCategory, BudgetLine> lines, long approvedTotal, int approvedMeetings, boolean callerSecretary) {}

    Stored read(int councilId, int year, String callerKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(Boolean.TRUE, year, Boolean.TRUE, year));
        parameters.addAll(ServingMemberSql.parameters(callerKey, today));
        parameters.add(year);
        parameters.add(councilId);
        return sql.query(SQL, parameters, rows -> {
            Stored stored = null;
            Map<BudgetCategory, BudgetLine> lines = new EnumMap<>(BudgetCategory.class);
            while (rows.next()) {
                if (stored == null) {
                    int id = rows.getInt("b_id");
                    boolean saved = !rows.wasNull();
                    stored = new Stored(saved ? id : null, rows.getString("b_currency"), saved
                            ? new BudgetRates(rows.getLong("b_per_diem"), TransportRate.valueOf(rows.getString(
                                    "b_transport").trim()), rows.getLong("b_transport_amount"))
                            : BudgetRates.NONE, saved ? rows.getInt("b_version") : 0, lines,
                            rows.getLong("approved_total"), rows.getInt("approved_meetings"),
                            rows.getInt("caller_secretary") > 0);
                }
                BudgetCategory category = Validation.parse(rows.getString("l_category"), BudgetCategory.class);
                if (category != null) {
                    lines.put(category, new BudgetLine(category, rows.getLong("l_planned"), rows.getLong("l_spent")));
                }
            }
            return stored;
        });
    }
}
