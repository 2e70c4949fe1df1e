package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.I18n;
import org.samraad.platform.LiveContentChangedEvent;
import org.samraad.platform.PageVersions;
import org.samraad.platform.Rows;
import org.samraad.platform.Transactions;
import org.samraad.platform.UniquePageTitles;
import org.samraad.platform.sql.RowLock;
import org.samraad.platform.sql.VersionClaim;
import org.springframework.stereotype.Component;

/**
 * "Make the meeting page": the Confluence page of a meeting planned without one (from a series or the plan), made in
 * one step by whoever may edit the council's space. The page is what the meeting blueprint makes (the blueprint's
 * own content template), titled with the meeting's title (the council's pattern, " (2)" when the space has the
 * title), by the current user, under the page that holds the council's other meeting pages (the parent of its
 * latest meeting page), else at the top of the space, and bound to the meeting.
 *
 * <p>Idempotent under the council's row lock, the lock every page binding takes ({@link PageBindings}): a second or
 * concurrent request waits, finds the page bound and returns the meeting as it is, so no second page and no second
 * meeting are ever made. A page Confluence refuses to save undoes the binding.
 */
@Component
public class MeetingPageMaker {
    static final String TEMPLATE = "templates/blueprints/meeting.xml";

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final RowLock rowLock;
    private final VersionClaim versions;
    private final MeetingAccess access;
    private final PageVersions pageVersions;
    private final PageManager pageManager;
    private final SpaceManager spaces;
    private final UniquePageTitles titles;
    private final I18n i18n;
    private final EventPublisher events;

    public MeetingPageMaker(@ComponentImport ActiveObjects ao, Transactions transactions, RowLock rowLock,
            VersionClaim versions, MeetingAccess access, PageVersions pageVersions,
            @ComponentImport PageManager pageManager, @ComponentImport SpaceManager spaces, UniquePageTitles titles,
            I18n i18n, @ComponentImport EventPublisher events) {
        this.ao = ao;
        this.transactions = transactions;
        this.rowLock = rowLock;
        this.versions = versions;
        this.access = access;
        this.pageVersions = pageVersions;
        this.pageManager = pageManager;
        this.spaces = spaces;
        this.titles = titles;
        this.i18n = i18n;
        this.events = events;
    }

    /** The meeting with its page: made now, or the one it already has. 403 without space EDIT, 404 unseen. */
    public Meeting make(int meetingId) {
        MeetingContext context = access.edit(meetingId);
        Council council = context.council();
        return transactions.inTransaction(() -> {
            rowLock.lock(CouncilEntity.class, council.id());
            MeetingEntity row = Rows.existing(ao, MeetingEntity.class, meetingId);
            if (row.getPageId() != null) {
                return Meeting.of(row, context.zone());
            }
            Space space = spaces.getSpace(council.spaceKey());
            String title = titles.unique(council.spaceKey(), row.getTitle());
            long pageId = pageVersions.createPage(space, meetingsParent(council, meetingId), title, template(),
                    i18n.text(Locale.forLanguageTag(council.locale()), "samraad.meeting.page.made-comment"));
            int version = versions.claim(MeetingEntity.class, meetingId, row.getVersion());
            row.setPageId(pageId);
            row.setVersion(version);
            row.save();
            LiveContentChangedEvent.forPage(pageId).ifPresent(events::publish);
            return Meeting.of(row, context.zone());
        });
    }

    /** Where the council's meeting pages are: the parent of its latest meeting page, if it has one. */
    private Page meetingsParent(Council council, int except) {
        MeetingEntity[] latest = ao.find(MeetingEntity.class, Query.select()
                .where("COUNCIL_ID = ? AND PAGE_ID IS NOT NULL AND ID <> ?", council.id(), except)
                .order("STARTS_AT DESC, ID DESC").limit(1));
        if (latest.length == 0) {
            return null;
        }
        @SuppressWarnings("deprecation")
        AbstractPage page = pageManager.getAbstractPage(latest[0].getPageId());
        return page instanceof Page p && council.spaceKey().equals(p.getSpaceKey()) ? p.getParent() : null;
    }

    /** The meeting blueprint's content template, the body every meeting page starts with. */
    static String template() {
        try (InputStream in = MeetingPageMaker.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
