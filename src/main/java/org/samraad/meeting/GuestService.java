package org.samraad.meeting;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.TextLengths;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The guests invited to a meeting (seed 000 invites politicians; seed 002 names the other forum's members). Whoever
 * may view the meeting reads its guests by {@link Guest}'s rule: those who prepare it in full, others a consenting
 * guest's name and organisation, anyone else's organisation only; space editors add and remove guests. One statement per list after the meeting's.
 */
@Component
public class GuestService {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final MeetingAccess access;

    private final I18n i18n;

    public GuestService(@ComponentImport ActiveObjects ao, Transactions transactions, MeetingAccess access,
            I18n i18n) {
        this.ao = ao;
        this.transactions = transactions;
        this.access = access;
        this.i18n = i18n;
    }

    /** The meeting's guests as the caller may see them ({@link Guest}'s rule). */
    public List<Guest> list(int meetingId) {
        return of(access.view(meetingId));
    }

    /** The guests of a meeting the caller was allowed to view, as they may see them: one statement. */
    List<Guest> of(MeetingContext context) {
        boolean prepares = MeetingDisclosure.prepares(context.viewer());
        return rows(context.meeting().id()).stream().map(row -> Guest.shown(row, prepares, i18n::text)).toList();
    }

    /**
     * Every guest of the meeting as stored, name and address, for the dispatch (no permission check: the caller
     * has one; it words a guest to others through {@link Guest#shown}'s rule itself).
     */
    public List<Guest> all(int meetingId) {
        return rows(meetingId).stream().map(row -> Guest.shown(row, true, i18n::text)).toList();
    }

    private List<GuestEntity> rows(int meetingId) {
        return Arrays.asList(ao.find(GuestEntity.class, Query.select().where("MEETING_ID = ?", meetingId)
                .order("ID")));
    }

    public Guest add(int meetingId, GuestInput raw) {
        access.edit(meetingId);
        if (raw == null) {
            throw new ValidationException(List.of());
        }
        String name = blankToNull(raw.name());
        String organisation = blankToNull(raw.organisation());
        String email = blankToNull(raw.email());
        new Validation().required("name", name).line("name", name, TextLengths.LINE)
                .line("organisation", organisation, TextLengths.LINE)
                .email("email", email, TextLengths.LINE).throwIfInvalid();
        return transactions.inTransaction(() -> {
            GuestEntity row = ao.create(GuestEntity.class, new DBParam("MEETING_ID", meetingId),
                    new DBParam("NAME", name));
            row.setOrganisation(organisation);
            row.setEmail(email);
            row.setPublishConsent(Boolean.TRUE.equals(raw.publishConsent()));
            row.save();
            return Guest.shown(row, true, i18n::text);
        });
    }

    public void remove(int guestId) {
        GuestEntity row = ao.get(GuestEntity.class, guestId);
        if (row == null) {
            throw new NotFoundException();
        }
        access.edit(row.getMeetingId());
        transactions.inTransaction(() -> {
            ao.deleteWithSQL(GuestEntity.class, "ID = ?", guestId);
        });
    }
}
