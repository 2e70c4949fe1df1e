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
 * order) and its dissenting members (LEFT JOIN with their member rows), its presenter's standing in the council (a
 * scalar subquery over the members: not a member, a member without consent to publication, or one with), and its
 * hearing's response page (a scalar subquery that the hearing feature gives, see {@link AgendaHearings}; same council
 * only); the two subqueries once per item, in a derived table of the meeting's items.
 * Every value is a {@code ?} parameter.
 */
@Component
public class AgendaQuery {
    private static final String I = "i.";
    /** The council is bound at the {@code ?} after the standing's own (the item has no council column). */
    private static final String PRESENTER_STANDING = PersonStanding.sql("p", "?", null,
            I + column("PresenterUserKey"), I + column("PresenterName"));
    /** A dissenter is a member row: its own consent decides (as PersonStanding codes: 1 without, 2 with, 3 anonymised). */
    private static final String DISSENTER_STANDING = "CASE WHEN dm." + column("AnonymisedAt")
            + " IS NOT NULL THEN 3 WHEN dm." + column("PublishConsent") + " = ? THEN 2 ELSE 1 END";

    private static String select(AgendaHearings hearings) {
        // the items with what is worked out once per item, in a derived table: joined with their attachments and
        // dissenters first, HSQLDB worked out the presenter's standing and the hearing's page on every joined row
        String items = "SELECT "
                + String.join(", ", List.of(I + column("ID") + " AS i_id", I + column("MeetingId") + " AS i_meeting_id",
                        I + column("SortOrder") + " AS i_sort_order", I + column("Title") + " AS i_title",
                        I + column("Kind") + " AS i_kind", I + column("StandingKind") + " AS i_standing_kind",
                        I + column("PresenterUserKey") + " AS i_presenter_user_key",
                        I + column("PresenterName") + " AS i_presenter_name",
                        // most items name no presenter, and have no standing to look for among the members
                        "CASE WHEN " + I + column("PresenterUserKey") + " IS NULL AND " + I + column("PresenterName")
                                + " IS NULL THEN NULL ELSE " + PRESENTER_STANDING + " END AS presenter_standing",
                        I + column("DurationMinutes") + " AS i_duration_minutes", I + column("Closed") + " AS i_closed",
                        I + column("CasePresentation") + " AS i_case_presentation",
                        I + column("Recommendation") + " AS i_recommendation", I + column("Decision") + " AS i_decision",
                        I + column("Dissent") + " AS i_dissent", I + column("EasyRead") + " AS i_easy_read",
                        I + column("HearingId") + " AS i_hearing_id", I + column("Version") + " AS i_version",
                        I + column("CaseNumber") + " AS i_case_number",
                        hearings.responsePageSql(I + column("HearingId")) + " AS h_page_id"))
                + " FROM " + table(AgendaItemEntity.class) + " i WHERE i." + column("MeetingId") + " = ?";
        return "SELECT i.*, "
                + String.join(", ", List.of("a." + column("ID") + " AS a_id", "a." + column("Title") + " AS a_title",
                        "a." + column("AttachmentId") + " AS a_attachment_id", "a." + column("Url") + " AS a_url",
                        "a." + column("Closed") + " AS a_closed",
                        "a." + column("DocumentNumber") + " AS a_document_number",
                        "d." + column("MemberId") + " AS d_member_id", "dm." + column("UserKey") + " AS dm_user_key",
                        "dm." + column("Name") + " AS dm_name", DISSENTER_STANDING + " AS dissenter_standing"))
                + " FROM (" + items + ") i LEFT JOIN " + table(AgendaAttachmentEntity.class)
                + " a ON a." + column("AgendaItemId") + " = i.i_id"
                + " LEFT JOIN " + table(AgendaDissenterEntity.class) + " d ON d." + column("AgendaItemId")
                + " = i.i_id LEFT JOIN " + table(MemberEntity.class) + " dm ON dm." + column("ID") + " = d."
                + column("MemberId")
                + " ORDER BY i.i_sort_order, i.i_id, a." + column("SortOrder") + ", a." + column("ID") + ", d."
                + column("ID");
    }

    private final ReadOnlySql sql;
    private final String select;

    public AgendaQuery(ReadOnlySql sql, AgendaHearings hearings) {
        this.sql = sql;
        this.select = select(hearings);
    }

    /** The agenda of a meeting of {@code councilId}, in order. */
    List<AgendaRow> agenda(int meetingId, int councilId) {
        // in the order of the ?s: dissenters' standing, then the items' presenter's standing, the hearing's page,
        // the meeting
        List<Object> parameters = new ArrayList<>(List.of(Boolean.TRUE));
        parameters.addAll(PersonStanding.parameters(false));
        parameters.addAll(List.of(councilId, councilId, meetingId));
        return sql.query(select, parameters, AgendaQuery::read);
    }

    private static List<AgendaRow> read(ResultSet rows) throws SQLException {
        List<AgendaRow> items = new ArrayList<>();
        Builder current = null;
        while (rows.next()) {
            int id = rows.getInt("i_id");
            if (current == null || current.id != id) {
                if (current != null) {
                    items.add(current.build());
                }
                current = new Builder(rows);
            }
            // attachments and dissenters are both joined: each comes once per row of the other
            int attachmentId = rows.getInt("a_id");
            if (!rows.wasNull() && !current.attachments.containsKey(attachmentId)) {
                long confluenceId = rows.getLong("a_attachment_id");
                Long attachment = rows.wasNull() ? null : confluenceId;
                String title = rows.getString("a_title");
                current.attachments.put(attachmentId, new AgendaRow.Attachment(attachmentId, title,
                        attachment, rows.getString("a_url"), rows.getBoolean("a_closed"),
                        rows.getString("a_document_number")));
            }
            int dissenterId = rows.getInt("d_member_id");
            if (!rows.wasNull() && !current.dissenters.containsKey(dissenterId)) {
                current.dissenters.put(dissenterId, new AgendaRow.Dissenter(dissenterId, rows.getString("dm_user_key"),
                        rows.getString("dm_name"), PersonStanding.read(rows, "dissenter_standing")));
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
            id = rows.getInt("i_id");
            PresenterStanding presenter = switch (PersonStanding.read(rows, "presenter_standing")) {
                case NOT_A_MEMBER -> PresenterStanding.NOT_A_MEMBER;
                case PUBLISHED -> PresenterStanding.MEMBER_WITH_CONSENT;
                case UNPUBLISHED, FORMER -> PresenterStanding.MEMBER_WITHOUT_CONSENT;
            };
            int hearing = rows.getInt("i_hearing_id");
            Integer hearingId = rows.wasNull() ? null : hearing;
            long page = rows.getLong("h_page_id");
            Long hearingPageId = rows.wasNull() ? null : page;
            prototype = new AgendaRow(id, rows.getInt("i_meeting_id"), rows.getInt("i_sort_order"),
                    rows.getString("i_title"), AgendaItemKind.valueOf(rows.getString("i_kind")),
                    Validation.parse(rows.getString("i_standing_kind"), StandingKind.class),
                    rows.getString("i_presenter_user_key"), rows.getString("i_presenter_name"), presenter,
                    rows.getInt("i_duration_minutes"), rows.getBoolean("i_closed"),
                    rows.getString("i_case_presentation"), rows.getString("i_recommendation"),
                    rows.getString("i_decision"), rows.getString("i_dissent"), rows.getString("i_easy_read"),
                    hearingId, hearingPageId, List.of(), rows.getInt("i_version"), List.of(),
                    rows.getString("i_case_number"));
        }

        AgendaRow build() {
            AgendaRow p = prototype;
            return new AgendaRow(p.id(), p.meetingId(), p.sortOrder(), p.title(), p.kind(), p.standingKind(),
                    p.presenterUserKey(), p.presenterName(), p.presenterStanding(), p.durationMinutes(), p.closed(),
                    p.casePresentation(), p.recommendation(), p.decision(), p.dissent(), p.easyRead(), p.hearingId(),
                    p.hearingPageId(), List.copyOf(attachments.values()), p.version(),
                    List.copyOf(dissenters.values()), p.caseNumber());
        }
    }
}
