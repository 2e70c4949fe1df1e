package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.samraad.council.CouncilZone;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * The usual cast of the agenda tests and the rows they start from: in space UDS a secretary (space administrator,
 * so an insider), an editor who is not a council member, a council member who may only view, a reader, and
 * anonymous readers; space INT is closed to all but the secretary. Items are added through the plugin's agenda
 * service as the secretary, whoever the test acts as.
 */
final class AgendaData {
    static final String SECRETARY = "key-secretary";
    static final String EDITOR = "key-editor";
    static final String MEMBER = "key-member";
    static final String SHY_MEMBER = "key-shy";
    static final String READER = "key-reader";
    static final String GUEST = "key-guest";
    static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", EDITOR, "Edvin Editor",
            MEMBER, "Maria Medlem", SHY_MEMBER, "Svend Stille", READER, "Rita Reader", GUEST, "Gustav Gæst");
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final ActiveObjects ao;
    final FakeConfluence confluence;
    private final TestPlugin plugin;
    private final Rows rows;

    AgendaData(TestPlugin plugin, ActiveObjects ao) {
        this.plugin = plugin;
        this.ao = ao;
        this.confluence = plugin.confluence();
        this.rows = new Rows(ao);
    }

    /** The plugin with this cast, acting as the secretary, at {@link #NOW}. */
    static TestPlugin.Builder people(TestPlugin.Builder plugin) {
        return plugin.users(USERS).clock(() -> NOW).confluence(new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(MEMBER, Permission.VIEW, "UDS")
                .grant(SHY_MEMBER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.ADMINISTER, "INT")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(SECRETARY));
    }

    int council(String spaceKey, String name) {
        return rows.council(spaceKey, name);
    }

    int member(int councilId, String userKey, String name, boolean consent) {
        return rows.member(councilId, "MEMBER").user(userKey).name(name).consent(consent).id();
    }

    int organisation(String name, String spaceKey) {
        return rows.organisation(name, spaceKey);
    }

    /** A meeting starting at a wall-clock time in Copenhagen, or without a start when {@code start} is null. */
    int meeting(int councilId, LocalDateTime start, MeetingStatus status, Long pageId) {
        LocalDateTime startsAt = start == null ? LocalDateTime.of(2026, 12, 1, 0, 0) : start;
        MeetingEntity meeting =
                rows.meeting(councilId, status.name(), startsAt.atZone(CouncilZone.COPENHAGEN).toInstant());
        meeting.setTitle("Ordinært møde");
        meeting.setPageId(pageId);
        meeting.setPlace("Rådhuset, mødelokale 2");
        meeting.save();
        return meeting.getID();
    }

    void status(int meetingId, MeetingStatus status) {
        rows.status(meetingId, status.name());
    }

    int action(int councilId, String title, String ownerUserKey, String ownerName, Integer organisationId,
            LocalDate due, String status, Integer meetingId, Integer agendaItemId) {
        return rows.action(councilId, title, ownerUserKey, ownerName, organisationId, due, status, meetingId,
                agendaItemId, NOW);
    }

    /** Adds an item as the secretary (an insider), whoever the test acts as. */
    AgendaItem add(int meetingId, ItemInput input) {
        return plugin.as(SECRETARY, () -> plugin.get(AgendaService.class).add(meetingId, input.build()));
    }

    static ItemInput item(String title) {
        return new ItemInput(title);
    }

    /** A readable builder for {@link AgendaItemInput}. */
    static final class ItemInput {
        String title;
        String kind = "INFORMATION";
        String standingKind;
        String presenterUserKey;
        String presenterName;
        Integer duration;
        Boolean closed;
        String casePresentation;
        String recommendation;
        String decision;
        String dissent;
        String easyRead;
        Integer hearingId;
        List<AgendaAttachmentInput> attachments = List.of();
        Integer version;

        ItemInput(String title) {
            this.title = title;
        }

        ItemInput kind(String value) {
            kind = value;
            return this;
        }

        ItemInput standing(StandingKind value) {
            kind = "STANDING";
            standingKind = value.name();
            return this;
        }

        ItemInput presenterUser(String value) {
            presenterUserKey = value;
            return this;
        }

        ItemInput presenterName(String value) {
            presenterName = value;
            return this;
        }

        ItemInput minutes(int value) {
            duration = value;
            return this;
        }

        private List<Integer> dissenterIds;
        private String caseNumber;

        ItemInput caseNumber(String value) {
            caseNumber = value;
            return this;
        }

        ItemInput closed() {
            closed = true;
            return this;
        }

        ItemInput texts(String casePresentation, String recommendation, String decision, String dissent,
                String easyRead) {
            this.casePresentation = casePresentation;
            this.recommendation = recommendation;
            this.decision = decision;
            this.dissent = dissent;
            this.easyRead = easyRead;
            return this;
        }

        ItemInput hearing(int value) {
            hearingId = value;
            return this;
        }

        ItemInput attachments(AgendaAttachmentInput... values) {
            attachments = List.of(values);
            return this;
        }

        ItemInput version(int value) {
            version = value;
            return this;
        }

        ItemInput dissenters(Integer... memberIds) {
            dissenterIds = List.of(memberIds);
            return this;
        }

        AgendaItemInput build() {
            return new AgendaItemInput(title, kind, standingKind, presenterUserKey, presenterName, duration, closed,
                    casePresentation, recommendation, decision, dissent, easyRead, hearingId, attachments, version,
                    dissenterIds, caseNumber);
        }
    }

    static AgendaAttachmentInput link(String title, String url) {
        return new AgendaAttachmentInput(title, null, url, false);
    }

    static AgendaAttachmentInput closedLink(String title, String url) {
        return new AgendaAttachmentInput(title, null, url, true);
    }
}
