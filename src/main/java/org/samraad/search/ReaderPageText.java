package org.samraad.search;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.samraad.meeting.ActionSummary;
import org.samraad.council.Viewer;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingStatus;
import org.samraad.meeting.AgendaAttachment;
import org.samraad.meeting.AgendaAudience;
import org.samraad.meeting.AgendaDissenter;
import org.samraad.meeting.AgendaItem;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingContext;
import org.samraad.meeting.MeetingContextQuery;
import org.samraad.meeting.MeetingDisclosure;
import org.samraad.meeting.StandingKind;
import org.samraad.council.CouncilZone;
import org.samraad.platform.TimeSource;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The plugin's live text on a page, as a <em>reader</em> sees it: someone who may view the page but is neither an
 * insider nor an editor of its space (anonymous visitors on a public space see the same). The search index keeps one
 * document per page and shows a hit to everyone who may view the page, so it may hold only what the least-privileged
 * viewer reads there: the agenda once it is published, decisions, dissent and the actions items gave once the minutes
 * are approved ({@link MeetingDisclosure}), never a closed item or a closed attachment (not even their titles), and
 * only the names {@code MemberVisibility} shows to others. A page the plugin shows nothing on gives no text.
 *
 * <p>At most three statements: the meeting bound to the page, its agenda and its actions; a page without a meeting
 * costs the meeting lookup and the hearing lookup. A hearing's response page gives the hearing's facts and, once
 * the council approved it, its response, dissent and easy-read summary.
 */
@Component
public class ReaderPageText {
    /** What a reader is: no insider, no editor, no administrator, no secretary. */
    static final Viewer READER = new Viewer(false, false, false, false);
    private static final String HEARING = "SELECT " + column("Subject") + ", " + column("IssuingBody") + ", "
            + column("IssuerReference") + ", " + column("Summary") + ", " + column("Outcome") + ", " + column("Status")
            + ", " + column("Response") + ", " + column("Dissent") + ", " + column("EasyRead") + ", "
            + column("CaseNumber") + " FROM "
            + table(HearingEntity.class) + " WHERE " + column("PageId") + " = ? ORDER BY " + column("ID");

    private final MeetingContextQuery meetings;
    private final AgendaService agenda;
    private final ReadOnlySql sql;
    private final TimeSource time;

    public ReaderPageText(MeetingContextQuery meetings, AgendaService agenda, ReadOnlySql sql, TimeSource time) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.sql = sql;
        this.time = time;
    }

    /** The text, one piece a line; empty when the plugin shows nothing searchable on the page. */
    public String of(long pageId) {
        Optional<MeetingContext> meeting = meetings.byPage(pageId, null, CouncilZone.todayOfEveryCouncil(time))
                .map(row -> row.as(READER));
        List<String> pieces = meeting.map(this::meetingText).orElseGet(() -> hearingText(pageId));
        return String.join("\n", pieces.stream().filter(Objects::nonNull).filter(text -> !text.isBlank()).toList());
    }

    private List<String> meetingText(MeetingContext context) {
        List<AgendaItem> items = agenda.agenda(context, AgendaAudience.OUTSIDER);
        if (items.isEmpty()) {
            return List.of();
        }
        boolean record = MeetingDisclosure.of(context).record();
        Set<Integer> shownItems = new HashSet<>();
        boolean followUp = false;
        Stream.Builder<String> text = Stream.builder();
        for (AgendaItem item : items) {
            if (item.restricted()) {
                continue;
            }
            shownItems.add(item.id());
            followUp |= item.standingKind() == StandingKind.FOLLOW_UP;
            Stream.of(item.title(), item.presenterName(), item.casePresentation(), item.recommendation(),
                    item.decision(), item.dissent(), item.easyRead(), item.caseNumber()).forEach(text);
            item.attachments().stream().filter(a -> !a.restricted()).map(AgendaAttachment::title).forEach(text);
            // a case or document number is what people search by ("2009-20169", "64637/19")
            item.attachments().stream().filter(a -> !a.restricted()).map(AgendaAttachment::documentNumber)
                    .forEach(text);
            item.dissenters().stream().filter(d -> !d.nameHidden()).map(AgendaDissenter::name).forEach(text);
        }
        if (record || followUp) {
            // as the agenda shows them: under the (open) item they came from once the minutes are approved, and the
            // council's other open actions under follow-up
            int meetingId = context.meeting().id();
            for (ActionSummary action : agenda.actions(context)) {
                boolean shown = Integer.valueOf(meetingId).equals(action.meetingId())
                        ? record && action.agendaItemId() != null && shownItems.contains(action.agendaItemId())
                        : followUp && !action.closed();
                if (shown) {
                    text.add(action.title());
                }
            }
        }
        return text.build().toList();
    }

    private List<String> hearingText(long pageId) {
        return sql.query(HEARING, List.of(pageId), rows -> {
            if (!rows.next()) {
                return List.of();
            }
            List<String> facts = new java.util.ArrayList<>(java.util.Arrays.asList(rows.getString(1),
                    rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(10)));
            // only the council's approved record: a draft response still changes with every save
            if (HearingStatus.valueOf(rows.getString(6)).responseFrozen()) {
                facts.addAll(java.util.Arrays.asList(rows.getString(7), rows.getString(8), rows.getString(9)));
            }
            return facts;
        });
    }
}
