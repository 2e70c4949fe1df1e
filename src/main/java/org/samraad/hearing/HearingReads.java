package org.samraad.hearing;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.ShownName;
import org.samraad.council.CouncilZone;
import org.samraad.meeting.AgendaItemView;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.mail.MailRecipients;
import org.springframework.stereotype.Component;

/**
 * Reading hearings: a council's register with its on-time rate, one hearing, and the one a macro shows. Whoever can
 * view the council's space reads them (404 otherwise), unless the response page is restricted from them; the
 * responsible person is shown as the member list's rule lets the caller see them.
 */
@Component
public class HearingReads {
    private final SpacePermissions permissions;
    private final PagePermissions pages;
    private final CouncilService councils;
    private final HearingsQuery query;
    private final MemberVisibility visibility;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final MinutesApprovalQuery minutesApprovals;
    private final MailRecipients recipients;
    private final org.samraad.platform.PageLinks links;
    private final org.samraad.platform.I18n i18n;

    public HearingReads(
            SpacePermissions permissions,
            PagePermissions pages,
            CouncilService councils,
            HearingsQuery query,
            MemberVisibility visibility,
            CurrentUser currentUser,
            TimeSource time,
            MinutesApprovalQuery minutesApprovals,
            MailRecipients recipients,
            org.samraad.platform.PageLinks links,
            org.samraad.platform.I18n i18n) {
        this.permissions = permissions;
        this.pages = pages;
        this.councils = councils;
        this.query = query;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.time = time;
        this.minutesApprovals = minutesApprovals;
        this.recipients = recipients;
        this.links = links;
        this.i18n = i18n;
    }

    /**
     * One window of a council's register: open hearings first by deadline (the most urgent on top), then answered
     * and declined ones, the latest deadline first. Three statements whatever the number of hearings: the council,
     * every hearing in brief (to filter, count and rate), the full rows of the window.
     */
    public HearingRegister register(int councilId, HearingFilter filter) {
        return register(councils.get(councilId), filter);
    }

    /** The register of a council the caller already resolved (a macro): two statements, the view permission checked again. */
    public HearingRegister register(Council council, HearingFilter filter) {
        permissions.require(Permission.VIEW, council.spaceKey());
        // a hearing whose response page is restricted from the caller is left out, and out of the rate
        List<HearingsQuery.Brief> briefs = pages.viewable(query.briefs(council.id()), HearingsQuery.Brief::pageId);
        LocalDate today = today(council.locale());
        List<HearingsQuery.Brief> matching = briefs.stream()
                .filter(h -> filter.status() == null || h.status() == filter.status())
                .filter(h -> filter.year() == null || h.deadline() != null && h.deadline().getYear() == filter.year())
                .filter(h -> !filter.openOnly() || h.status().isOpen())
                .sorted(REGISTER_ORDER)
                .toList();
        List<Integer> window = matching.stream().skip(filter.offset()).limit(filter.limit())
                .map(HearingsQuery.Brief::id).toList();
        Map<Integer, HearingRow> rows = query.byIds(window, caller(), today).stream()
                .collect(Collectors.toMap(HearingRow::id, Function.identity()));
        List<HearingRow> read = window.stream().map(rows::get).filter(Objects::nonNull).toList();
        List<Hearing> items = read.stream().map(row -> hearing(row, today)).toList();
        int rateYear = filter.rateYear() == null ? today.getYear() : filter.rateYear();
        OnTimeRate rate = OnTimeRate.of(rateYear, briefs.stream()
                .filter(h -> h.deadline() != null)
                .map(h -> new OnTimeRate.Deadlines(h.status(), h.deadline(), h.submittedOn())).toList(), today);
        return new HearingRegister(items, matching.size(), rate, unreached(council, read));
    }

    /**
     * The open hearings of the window whose responsible person the reminders could not mail (no such user, no
     * address, or no view of the space or the response page: {@link MailRecipients}), for those who look after the
     * council: space editors and the council's insiders; nobody else is told. No SQL: users are looked up in
     * Confluence.
     */
    private List<Integer> unreached(Council council, List<HearingRow> rows) {
        boolean servingInsider = rows.stream().anyMatch(HearingRow::callerServingInsider);
        if (rows.isEmpty() || !(servingInsider || permissions.canEdit(council.spaceKey()))) {
            return List.of();
        }
        MailRecipients.Run lookups = recipients.run();
        return rows.stream().filter(row -> row.status().isOpen())
                .filter(row -> lookups.user(row.responsibleUserKey(), row.spaceKey(), row.pageId(),
                        row.councilLocale()).isEmpty())
                .map(HearingRow::id).toList();
    }

    private static final Comparator<HearingsQuery.Brief> REGISTER_ORDER = Comparator
            .comparing((HearingsQuery.Brief h) -> !h.status().isOpen())
            .thenComparing((a, b) -> {
                int byDeadline = Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())
                        .compare(a.deadline(), b.deadline());
                return a.status().isOpen() ? byDeadline : -byDeadline;
            })
            .thenComparingInt(HearingsQuery.Brief::id);

    public Hearing get(int id) {
        HearingRow row = visible(id);
        return hearing(row, today(row.councilLocale()));
    }

    /**
     * The hearing a macro shows — the one whose response page is {@code pageId}, or the one with {@code hearingId}
     * if given — with whether the caller may change it; empty if there is none the caller may see. One statement, and
     * for a hearing in drafting a second: whether approved minutes hold a decision on it (see
     * {@link MinutesApprovalQuery}).
     */
    public Optional<ShownHearing> shown(Integer hearingId, Long pageId) {
        LocalDate anyToday = CouncilZone.todayOfEveryCouncil(time);
        Optional<HearingRow> row = hearingId != null ? query.byId(hearingId, caller(), anyToday)
                : pageId != null ? query.byPage(pageId, caller(), anyToday) : Optional.empty();
        return row.filter(r -> permissions.canView(r.spaceKey()) && pages.canView(r.pageId())).map(r -> {
            LocalDate today = today(r.councilLocale());
            MinutesApprovalQuery.Approval pending = r.status() == HearingStatus.DRAFTING
                    ? minutesApprovals.pending(r.id(), r.councilId()).orElse(null) : null;
            boolean editable = permissions.canEdit(r.spaceKey());
            return new ShownHearing(hearing(r, today), editable, today,
                    r.onLiveAgenda(), pending, r.councilLocale(), agendaLink(r, editable), events(r),
                    r.agendaPlace() == null ? null : r.agendaPlace().meetingTitle());
        });
    }

    /**
     * Where "On a meeting agenda" leads the caller: the meeting's page if they may view it, at the hearing's item
     * if they may see it there — not a closed item to those outside the council's insiders, not an item of a meeting
     * whose agenda is not yet published to those who do not prepare it. Null without a page they may view.
     */
    private String agendaLink(HearingRow r, boolean editor) {
        HearingRow.AgendaPlace place = r.agendaPlace();
        if (place == null || place.meetingPageId() == null || !pages.canView(place.meetingPageId())) {
            return null;
        }
        boolean insider = insider(r);
        boolean itemShown = (!place.closed() || insider)
                && (place.meetingStatus() != org.samraad.meeting.MeetingStatus.PLANNED || editor || insider);
        return links.page(place.meetingPageId()) + (itemShown ? "#" + AgendaItemView.anchor(place.agendaItemId()) : "");
    }

    /** The record of a hearing already read, oldest first: one statement; its makers named by the member list's rule. */
    List<HearingEvent> events(HearingRow hearing) {
        boolean insider = insider(hearing);
        Map<String, String> names = new java.util.HashMap<>();
        return query.events(hearing.id(), hearing.councilId()).stream().map(row -> new HearingEvent(
                row.from(), row.to(), row.at(),
                row.userKey() == null ? org.samraad.platform.UserNames.unknown(i18n)
                        : names.computeIfAbsent(row.userKey() + "|" + row.standing(), k -> visibility.name(
                                row.standing(), row.userKey(), null, insider).name()),
                row.note(),
                row.kind() == null ? HearingEvent.STEP : row.kind(),
                row.detail())).toList();
    }

    /** The stored hearing if the caller may see it (the space and the response page), 404 otherwise. */
    HearingRow visible(int id) {
        HearingRow row = query.byId(id, caller(), CouncilZone.todayOfEveryCouncil(time)).orElseThrow(NotFoundException::new);
        if (!permissions.canView(row.spaceKey()) || !pages.canView(row.pageId())) {
            throw new NotFoundException();
        }
        return row;
    }

    /** The record of a hearing just written, read through the same query as lists. */
    Hearing written(int id) {
        HearingRow row = query.byId(id, caller(), CouncilZone.todayOfEveryCouncil(time)).orElseThrow(NotFoundException::new);
        return hearing(row, today(row.councilLocale()));
    }

    private Hearing hearing(HearingRow row, LocalDate today) {
        return row.shown(responsible(row), today);
    }

    /** Today in the council's zone: deadlines are the council's days. */
    LocalDate today(String councilLocale) {
        return CouncilZone.today(time, councilLocale);
    }

    /** The responsible person as the caller may see them: the member list's rule decides. */
    ShownName responsible(HearingRow row) {
        return visibility.name(row.responsibleStanding(), row.responsibleUserKey(), row.responsibleName(),
                insider(row));
    }

    boolean insider(HearingRow row) {
        return visibility.seesUnpublishedNames(row.spaceKey(), row.callerServingInsider());
    }

    private String caller() {
        return currentUser.userKey().orElse(null);
    }
}
