package org.samraad.communication;

import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.samraad.council.EntityColumn;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.samraad.meeting.MeetingEntity;
import org.springframework.stereotype.Component;

/**
 * Where meeting communication points at people: the dispatch log's member (it copies nothing of the person: once
 * the member row is anonymised the log reads "unknown") and an agenda request's requester by user key (cleared on
 * erasure), and the guests (people without an account, found by name and by address). Both belong to a council
 * through their meeting.
 */
@Component
public class CommunicationPersonalData implements PersonalDataHolder {
    private static final String THROUGH_MEETING = "x.\"MEETING_ID\" IN (SELECT p.\"ID\" FROM %1$s p WHERE "
            + "p.\"COUNCIL_ID\" IN (%%s))";
    private final ActiveObjects ao;

    public CommunicationPersonalData(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(new PersonalReference<>(DispatchEntity.class, "USER_KEY", d -> d.setUserKey(null)));
    }

    @Override
    public List<PersonalReference<?>> byMemberId() {
        return List.of(new PersonalReference<>(DispatchEntity.class, "MEMBER_ID", d -> { }));
    }

    @Override
    public List<EntityColumn> byName() {
        return List.of(new EntityColumn(GuestEntity.class, "NAME"));
    }

    @Override
    public List<EntityColumn> byEmail() {
        return List.of(new EntityColumn(GuestEntity.class, "EMAIL"));
    }

    @Override
    public String councilScope(Class<? extends RawEntity<?>> type) {
        if (type == DispatchEntity.class || type == GuestEntity.class) {
            return String.format(THROUGH_MEETING, table(MeetingEntity.class));
        }
        return null;
    }

    /**
     * A guest row is nothing but the person (name, organisation, address, consent), so an erased person's guest rows
     * go, found by name or by address (addresses compare without case); the dispatch log then reads "unknown" for
     * them, as it does for an anonymised member. Addresses are compared here rather than in SQL (whose case
     * folding differs between databases); erasure is rare.
     */
    @Override
    public int forget(String person) {
        GuestEntity[] guests = Arrays.stream(ao.find(GuestEntity.class, Query.select()
                        .where("NAME = ? OR EMAIL IS NOT NULL", person)))
                .filter(g -> person.equals(g.getName()) || person.equalsIgnoreCase(g.getEmail()))
                .toArray(GuestEntity[]::new);
        ao.delete(guests);
        return guests.length;
    }
}
