package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.samraad.meeting.AgendaHearings;
import org.springframework.stereotype.Component;

/** Hearings as the agenda sees them: an item of the hearing's own council links its response page. */
@Component
public class HearingsOnAgenda implements AgendaHearings {
    private final ActiveObjects ao;

    public HearingsOnAgenda(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean isOfCouncil(int hearingId, int councilId) {
        HearingEntity hearing = ao.get(HearingEntity.class, hearingId);
        return hearing != null && hearing.getCouncilId() == councilId;
    }

    @Override
    public String responsePageSql(String hearingId) {
        return "(SELECT h." + column("PageId") + " FROM " + table(HearingEntity.class) + " h WHERE h." + column("ID")
                + " = " + hearingId + " AND h." + column("CouncilId") + " = ?)";
    }
}
