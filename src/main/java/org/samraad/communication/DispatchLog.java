package org.samraad.communication;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.samraad.council.MemberRow;
import org.samraad.council.MembersQuery;
import org.samraad.meeting.MeetingAccess;
import org.samraad.meeting.MeetingContext;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.I18n;
import org.samraad.platform.UserNames;
import org.springframework.stereotype.Component;

/**
 * A meeting's dispatch log for insiders (space administrators and serving council members other than observers;
 * 403 for other readers): every mail queued and every person it could not reach, oldest first, with names as
 * insiders see them. Three statements: the meeting, its dispatch rows, the council's members.
 */
@Component
public class DispatchLog {
    private final ActiveObjects ao;
    private final MeetingAccess access;
    private final MembersQuery members;
    private final GuestService guests;
    private final UserAccessor users;
    private final I18n i18n;

    public DispatchLog(@ComponentImport ActiveObjects ao, MeetingAccess access, MembersQuery members,
            GuestService guests, @ComponentImport UserAccessor users, I18n i18n) {
        this.ao = ao;
        this.access = access;
        this.members = members;
        this.guests = guests;
        this.users = users;
        this.i18n = i18n;
    }

    public List<DispatchLogEntry> list(int meetingId) {
        MeetingContext context = insiders(meetingId);
        List<DispatchEntity> rows = rows(meetingId);
        Map<String, String> names = names(context, rows);
        return rows.stream().map(row -> new DispatchLogEntry(DispatchKind.valueOf(row.getKind()), row.getSequence(),
                row.getRecipient(), names.getOrDefault(row.getRecipient(), UserNames.unknown(i18n)),
                DispatchOutcome.valueOf(row.getOutcome()), row.getAudience(), row.getDispatchedAt().toInstant()))
                .toList();
    }

    /** The meeting, for insiders only. */
    MeetingContext insiders(int meetingId) {
        MeetingContext context = access.view(meetingId);
        if (!context.viewer().insider()) {
            throw new ForbiddenException();
        }
        return context;
    }

    List<DispatchEntity> rows(int meetingId) {
        return Arrays.asList(ao.find(DispatchEntity.class, Query.select().where("MEETING_ID = ?", meetingId)
                .order("DISPATCHED_AT, ID")));
    }

    /** Recipient keys to names, as insiders see them (only what the rows need is looked up). */
    Map<String, String> names(MeetingContext context, List<DispatchEntity> rows) {
        Map<String, String> names = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.getRecipient().startsWith("member:"))) {
            for (MemberRow row : members.ofCouncil(context.council().id())) {
                names.put("member:" + row.id(), row.userKey() != null
                        ? UserNames.fullName(users, i18n, row.userKey())
                        : row.name() == null ? UserNames.unknown(i18n) : row.name());
            }
        }
        if (rows.stream().anyMatch(r -> r.getRecipient().startsWith("guest:"))) {
            guests.all(context.meeting().id()).forEach(g -> names.put("guest:" + g.id(), g.name()));
        }
        rows.stream().filter(r -> r.getRecipient().startsWith("user:")).forEach(r -> names.put(r.getRecipient(),
                UserNames.fullName(users, i18n, r.getRecipient().substring("user:".length()))));
        return names;
    }
}
