package org.samraad.communication;

import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.samraad.meeting.MeetingEntity;
import org.springframework.stereotype.Component;

/**
 * Where meeting communication points at people: the dispatch log's member (it copies nothing of the person: once
 * the member row is anonymised the log reads "unknown") and its user key (cleared on erasure). It belongs to a
 * council through its meeting. The guests it mails are the meeting's ({@link org.samraad.meeting.GuestEntity}), erased
 * there.
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
    public String councilScope(Class<? extends RawEntity<?>> type) {
        if (type == DispatchEntity.class) {
            return String.format(THROUGH_MEETING, table(MeetingEntity.class));
        }
        return null;
    }
}
