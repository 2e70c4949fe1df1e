package org.samraad.meeting;

import java.util.Locale;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.Viewer;
import org.samraad.platform.I18n;
import org.samraad.platform.PageVersions;
import org.springframework.stereotype.Component;

/**
 * Approved minutes become page content: on approval the meeting page gets a new version, by the approver, with the
 * minutes as static storage format in place of the live macros ({@link MinutesPageBody}), so Confluence's search,
 * history, watchers, comments and exports see them and a wiki without the plugin still holds the record; reopening
 * puts the live macros back in a new version. Only what a reader of the page may see goes in (the page is read by
 * everyone who may view it); the insiders' full record stays in Active Objects and reaches them through the
 * closed-items macro.
 *
 * <p>{@link MeetingService#transition} calls it inside the approving (or reopening) transaction, and Confluence's page
 * saves join the caller's transaction: if the page cannot be written the step fails and rolls back (409, "try
 * again"), so the plugin never holds approved minutes that the wiki lacks. It is called, not told by an event,
 * because atlassian-event logs a listener's failure and carries on, so a listener could not undo the approval; and a
 * retry queue would leave a window in which the record exists only in the plugin's tables. Writing is idempotent:
 * the same minutes write no second version, and a record section already in the page is replaced, never doubled.
 */
@Component
public class MinutesPageWriter {
    /** What the page's least-privileged reader is: no insider, no editor. */
    private static final Viewer READER = new Viewer(false, false, false, false);

    private final MeetingAccess access;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final PageVersions pages;
    private final I18n i18n;
    private final CouncilService councils;
    private final MemberVisibility visibility;

    public MinutesPageWriter(MeetingAccess access, AgendaService agenda, AttendanceService attendance,
            PageVersions pages, I18n i18n, CouncilService councils, MemberVisibility visibility) {
        this.visibility = visibility;
        this.access = access;
        this.agenda = agenda;
        this.attendance = attendance;
        this.pages = pages;
        this.i18n = i18n;
        this.councils = councils;
    }

    /** The meeting's page gets the approved minutes, as the page's readers may see them. */
    void approved(int meetingId) {
        MeetingContext reader = asReader(access.view(meetingId));
        Long pageId = reader.meeting().pageId();
        if (pageId == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(reader.councilLocale());
        String section = MinutesStorageFormat.pageSection(minutes(reader), texts(locale), locale, agenda::fullName);
        pages.saveNewVersion(pageId, body -> MinutesPageBody.approved(body, section),
                i18n.text(locale, "samraad.minutes.page.approved-comment"));
    }

    /** The meeting's page gets its live macros back; the version comment says why, in the council's language. */
    void reopened(int meetingId, String reason) {
        MeetingContext context = access.view(meetingId);
        Long pageId = context.meeting().pageId();
        if (pageId == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(context.councilLocale());
        pages.saveNewVersion(pageId, MinutesPageBody::reopened, reason == null
                ? i18n.text(locale, "samraad.minutes.page.reopened-comment")
                : i18n.text(locale, "samraad.minutes.page.reopened-comment-reason", reason));
    }

    /**
     * A council that works in a space others cannot see names a publication page in its settings: publishing the
     * minutes writes their public version (closed items by number, only consenting presenters named) to a page of
     * their own under it, "<meeting title> – minutes" in the council's language; publishing again updates it.
     */
    void published(int meetingId) {
        MeetingContext reader = asReader(access.view(meetingId));
        Long parent = councils.get(reader.council().id()).publicationPageId();
        if (parent == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(reader.councilLocale());
        MinutesStorageFormat.Minutes minutes = new MinutesStorageFormat.Minutes(meetingFor(reader),
                attendance.of(reader), agenda.agenda(reader, AgendaAudience.PUBLIC), agenda.followUp(reader));
        String title = i18n.text(locale, "samraad.minutes.page.published-title", reader.meeting().title());
        pages.saveChildPage(parent, title,
                MinutesStorageFormat.minutes(minutes, texts(locale), locale, agenda::fullName),
                i18n.text(locale, "samraad.minutes.page.published-comment"));
    }

    /** The minutes as the meeting's services give them to a reader who is neither insider nor editor. */
    MinutesStorageFormat.Minutes minutes(MeetingContext reader) {
        return new MinutesStorageFormat.Minutes(meetingFor(reader), attendance.of(reader),
                agenda.agenda(reader, AgendaAudience.OUTSIDER), agenda.followUp(reader));
    }

    /** The meeting's facts for the page's reader: the note-taker by the member list's rule, as to any outsider. */
    private Meeting meetingFor(MeetingContext reader) {
        return reader.meeting().withNoteTakerName(
                reader.minutesSigners().noteTakerName(reader.meeting(), false, visibility));
    }

    static MeetingContext asReader(MeetingContext context) {
        // the same approved minutes, laid out for a reader: the snapshot already read is not read again
        return new MeetingContext(context.meeting(), context.council(), context.councilLocale(), READER,
                context.minutesSigners(), context.approvedMinutes());
    }

    MinutesStorageFormat.Texts texts(Locale locale) {
        return (key, arguments) -> i18n.text(locale, key, arguments);
    }
}
