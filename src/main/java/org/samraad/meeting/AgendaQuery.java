package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.MemberEntity;
import org.samraad.council.PersonStanding;
import org.samraad.meeting.AgendaRow.PresenterStanding;
import org.samraad.platform.Validation;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * A meeting's whole agenda in one statement: the items in order, each with its attachments (LEFT JOIN, in their
 * order) and its dissenting members (LEFT JOIN with their member rows), its presenter's standing in the council (a scalar subquery over the members: not a member, a member
 * without consent to publication, or one with), and its hearing's response page (a scalar subquery that the hearing
 * feature gives, see {@link AgendaHearings}; same council only).
 * Every value is a {@code ?} parameter.
 */
@Component
public class AgendaQuery {
    private static final String I = "i.";
    private static final String PRESENTER_STANDING = "(SELECT MAX(CASE WHEN mb." + column("PublishConsent")
            + " = ? THEN 2 ELSE 1 END) FROM " + table(MemberEntity.class) + " mb WHERE mb." + column("CouncilId")
            + " = ? AND mb." + column("AnonymisedAt") + " IS NULL AND (mb." + column("UserKey") + " = i."
            + column("PresenterUserKey") + " OR (i." + column("PresenterUserKey") + " IS NULL AND mb."
            + column("Name") + " = i." + column("PresenterName") + ")))";
    /** A dissenter is a member row: its own consent decides (as PersonStanding codes: 1 without, 2 with, 3 anonymised). */
    private static final String DISSENTER_STANDING = "CASE WHEN dm." + column("AnonymisedAt")
            + " IS NOT NULL THEN 3 WHEN dm." + column("PublishConsent") + " = ? THEN 2 ELSE 1 END";

    private static String select(AgendaHearings hearings) {
        return "SELECT "
                + String.join(", ", List.of(I + column("ID"), I + column("MeetingId"), I + column("SortOrder"),
                        I + column("Title"), I + column("Kind"), I + column("StandingKind"), I + column("PresenterUserKey"),
                        I + column("PresenterName"), PRESENTER_STANDING, I + column("DurationMinutes"), I + column("Closed"),
                        I + column("CasePresentation"), I + column("Recommendation"), I + column("Decision"),
                        I + column("Dissent"), I + column("EasyRead"), I + column("HearingId"), I + column("Version"),
                        "a." + column("ID"), "a." + column("Title"), "a." + column("AttachmentId"), "a." + column("Url"),
                        "a." + column("Closed"), hearings.responsePageSql(I + column("HearingId")), "d." + column("MemberId"),
                        "dm." + column("UserKey"), "dm." + column("Name"), DISSENTER_STANDING))
                + " FROM " + table(AgendaItemEntity.class) + " i LEFT JOIN " + table(AgendaAttachmentEntity.class)
                + " a ON a." + column("AgendaItemId") + " = i." + column("ID")
                + " LEFT JOIN " + table(AgendaDissenterEntity.class) + " d ON d." + column("AgendaItemId") + " = i."
                + column("ID") + " LEFT JOIN " + table(MemberEntity.class) + " dm ON dm." + column("ID") + " = d."
                + column("MemberId")
                + " WHERE i." + column("MeetingId") + " = ?"
                + " ORDER BY i." + column("SortOrder") + ", i." + column("ID") + ", a." + column("SortOrder") + ", a."
                + column("ID") + ", d." + column("ID");
    }

    private final ReadOnlySql sql;
    private final String select;

    public AgendaQuery(ReadOnlySql sql, AgendaHearings hearings) {
        this.sql = sql;
        this.select = select(hearings);
    }

    /** The agenda of a meeting of {@code councilId}, in order. */
    List<AgendaRow> agenda(int meetingId, int councilId) {
        // in the order of the ?s: presenter's standing, the hearing's page, dissenters' standing, the meeting
        return sql.query(select, List.of(Boolean.TRUE, councilId, councilId, Boolean.TRUE, meetingId),
                AgendaQuery::read);
    }

    private static List<AgendaRow> read(ResultSet rows) throws SQLException {
        List<AgendaRow> items = new ArrayList<>();
        Builder current = null;
        while (rows.next()) {
            int id = rows.getInt(1);
            if (current == null || current.id != id) {
                if (current != null) {
                    items.add(current.build());
                }
                current = new Builder(rows);
            }
            // attachments and dissenters are both joined: each comes once per row of the other
            int attachmentId = rows.getInt(19);
            if (!rows.wasNull() && !current.attachments.containsKey(attachmentId)) {
                long confluenceId = rows.getLong(21);
                current.attachments.put(attachmentId, new AgendaRow.Attachment(attachmentId, rows.getString(20),
                        rows.wasNull() ? null : confluenceId, rows.getString(22), rows.getBoolean(23)));
            }
            int dissenterId = rows.getInt(25);
            if (!rows.wasNull() && !current.dissenters.containsKey(dissenterId)) {
                current.dissenters.put(dissenterId, new AgendaRow.Dissenter(dissenterId, rows.getString(26),
                        rows.getString(27), PersonStanding.read(rows, 28)));
            }
        }
        if (current != null) {
            items.add(current.build());
        }
        return items;
    }

    /** The item columns of the first row of an item, while its attachment rows are collected. */
    private static final class Builder {
        private final int id;
        private final AgendaRow prototype;
        private final Map<Integer, AgendaRow.Attachment> attachments = new LinkedHashMap<>();
        private final Map<Integer, AgendaRow.Dissenter> dissenters = new LinkedHashMap<>();

        Builder(ResultSet rows) throws SQLException {
            id = rows.getInt(1);
            int standing = rows.getInt(9);
            PresenterStanding presenter = rows.wasNull() ? PresenterStanding.NOT_A_MEMBER
                    : standing == 2 ? PresenterStanding.MEMBER_WITH_CONSENT : PresenterStanding.MEMBER_WITHOUT_CONSENT;
            int hearing = rows.getInt(17);
            Integer hearingId = rows.wasNull() ? null : hearing;
            long page = rows.getLong(24);
            Long hearingPageId = rows.wasNull() ? null : page;
            prototype = new AgendaRow(id, rows.getInt(2), rows.getInt(3), rows.getString(4),
                    AgendaItemKind.valueOf(rows.getString(5)), Validation.parse(rows.getString(6), StandingKind.class),
                    rows.getString(7), rows.getString(8), presenter, rows.getInt(10), rows.getBoolean(11),
                    rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16),
                    hearingId, hearingPageId, List.of(), rows.getInt(18), List.of());
        }

        AgendaRow build() {
            AgendaRow p = prototype;
            return new AgendaRow(p.id(), p.meetingId(), p.sortOrder(), p.title(), p.kind(), p.standingKind(),
                    p.presenterUserKey(), p.presenterName(), p.presenterStanding(), p.durationMinutes(), p.closed(),
                    p.casePresentation(), p.recommendation(), p.decision(), p.dissent(), p.easyRead(), p.hearingId(),
                    p.hearingPageId(), List.copyOf(attachments.values()), p.version(),
                    List.copyOf(dissenters.values()));
        }
    }
}
